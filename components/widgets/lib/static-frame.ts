/**
 * What the build does to a figure before it ships as a static frame (PlotFigure's serverFrames):
 * the same picture in fewer bytes. A chapter ships two frames per figure (a laptop's and a
 * phone's), and Plot writes what a browser needs to draw once, not what a page should carry:
 * every point of a contour band or a loss curve, and coordinates to 15 digits.
 */
import { thinPath } from './svg-path.ts';

/** Attributes that hold one length in pixels (a dot's centre, a rectangle's corner and size, a rule's ends). */
const lengths = ['cx', 'cy', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height'] as const;
const plainNumber = /^-?\d*\.?\d+(?:e-?\d+)?$/;
const number = /-?\d*\.?\d+(?:e-?\d+)?/g;

/** A number of pixels to a tenth (0.05 px at most: no screen shows it), as the shortest text. */
const tenth = (text: string): string => String(Math.round(Number(text) * 10) / 10);

/**
 * Thins every path (thinPath: within a quarter pixel) and rounds every position to a tenth of a
 * pixel: lengths, and the offsets in `translate(...)` transforms. Units other than pixels
 * ("0.32em", "100%") are left as they are.
 */
export function lightenStaticFrame(figure: Element): void {
  for (const element of [figure, ...figure.querySelectorAll('*')]) {
    const d = element.getAttribute('d');
    if (d !== null) element.setAttribute('d', thinPath(d));
    for (const name of lengths) {
      const value = element.getAttribute(name);
      if (value !== null && plainNumber.test(value)) element.setAttribute(name, tenth(value));
    }
    const transform = element.getAttribute('transform');
    if (transform !== null && /^translate\([^)]*\)$/.test(transform))
      element.setAttribute('transform', transform.replace(number, tenth));
  }
}
