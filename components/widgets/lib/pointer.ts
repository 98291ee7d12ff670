/**
 * Turns a pointer event on a figure into data coordinates, for figures a reader can click (give
 * every such figure a keyboard twin: a slider for the same value).
 *
 * The figure's scales are the overlay's (OverlayFigure's `scales`, as `fallbackScales` computes
 * them for a width): the same margins and domains as its base, so they hold for the build's static
 * frame, a figure the page drew and one a figure worker drew alike. No Plot needs to be loaded, or
 * a figure drawn, before a click can be read.
 */
import type { Scales } from './scales.ts';

/** The base shown in `container`: the first of its figures' SVG elements with a box (a static frame for another screen has none). */
function shownFigure(container: Element): SVGSVGElement | null {
  for (const svg of container.querySelectorAll<SVGSVGElement>('.plot-figure > svg')) {
    if (svg.getBoundingClientRect().width > 0) return svg;
  }
  return null;
}

/**
 * The data value under the pointer along `axis`, or null (nothing shown yet, or the value is not a
 * number). `scalesAt(width)`: the figure's scales when drawn `width` px wide (its viewBox's width;
 * the SVG may be shown at another size, CSS `width: 100%`).
 */
export function dataAtFigure(
  container: Element,
  event: { clientX: number; clientY: number },
  axis: 'x' | 'y',
  scalesAt: (width: number) => Scales,
): number | null {
  const svg = shownFigure(container);
  if (!svg) return null;
  const rect = svg.getBoundingClientRect();
  const view = svg.viewBox?.baseVal;
  const width = view?.width || Number(svg.getAttribute('width')) || rect.width;
  const height = view?.height || Number(svg.getAttribute('height')) || rect.height;
  if (!(rect.width > 0 && rect.height > 0)) return null;
  const scales = scalesAt(width);
  const value =
    axis === 'x'
      ? scales.invertX(((event.clientX - rect.left) * width) / rect.width)
      : scales.invertY(((event.clientY - rect.top) * height) / rect.height);
  return Number.isFinite(value) ? value : null;
}
