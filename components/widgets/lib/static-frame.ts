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
  for (const group of figure.querySelectorAll('g[aria-label]')) {
    if (axisMarks.has(group.getAttribute('aria-label')!)) mergeSegments(group);
  }
  for (const group of figure.querySelectorAll('g')) hoistPaint(group);
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

/** Plot's axis marks: one short segment (a tick) or one line (a grid line) per value, painted by their group. */
const axisMarks = new Set(['x-axis tick', 'y-axis tick', 'x-grid', 'y-grid']);
const segmentPath = /^M(-?[\d.]+),(-?[\d.]+)L(-?[\d.]+),(-?[\d.]+)$/;
const translation = /^translate\((-?[\d.]+),(-?[\d.]+)\)$/;

/**
 * Draws an axis mark's segments as one path, each a subpath moved by its element's translation:
 * `<path d="M0,0L-6,0" transform="translate(42,376.1)">` nine times becomes one `d`. The group
 * carries the paint, the segments never overlap (one per tick value), so the picture is the same.
 * A group with any other child, or a child with any other attribute, is left as it is.
 */
function mergeSegments(group: Element): void {
  const children = [...group.children];
  const parts: string[] = [];
  for (const child of children) {
    const names = child.getAttributeNames();
    let segment: number[] | undefined;
    if (child.tagName.toLowerCase() === 'path' && names.every((n) => n === 'd' || n === 'transform')) {
      const d = segmentPath.exec(child.getAttribute('d') ?? '');
      const shift = child.hasAttribute('transform')
        ? translation.exec(child.getAttribute('transform')!)
        : ['', '0', '0'];
      if (d && shift) segment = [1, 2, 3, 4].map((i) => Number(d[i]) + Number(shift[i % 2 === 1 ? 1 : 2]));
    } else if (child.tagName.toLowerCase() === 'line' && names.every((n) => ['x1', 'y1', 'x2', 'y2'].includes(n))) {
      segment = ['x1', 'y1', 'x2', 'y2'].map((n) => Number(child.getAttribute(n) ?? 0));
    }
    if (!segment?.every(Number.isFinite)) return;
    parts.push(`M${segment[0]},${segment[1]}L${segment[2]},${segment[3]}`);
  }
  if (parts.length < 2) return;
  const path = group.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', parts.join(''));
  group.replaceChildren(path);
}

/**
 * A paint every child of a group sets alike (Plot writes `stroke="var(--series-2)"` on each of a
 * trajectory's 200 dots) is set once on the group instead: the children inherit it, the same.
 */
function hoistPaint(group: Element): void {
  const children = [...group.children];
  if (children.length < 2) return;
  for (const name of ['stroke', 'fill']) {
    const value = children[0]!.getAttribute(name);
    if (value === null || group.hasAttribute(name) || !children.every((c) => c.getAttribute(name) === value)) continue;
    group.setAttribute(name, value);
    for (const child of children) child.removeAttribute(name);
  }
}
