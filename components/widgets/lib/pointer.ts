/**
 * Turns a pointer event on a Plot figure into data coordinates, for figures a reader can click
 * (give every such figure a keyboard twin: a slider for the same value).
 *
 * PlotFigure puts the Plot's SVG element in its container; Plot attaches `scale(name)` to that
 * element, whose `invert` maps a pixel back to data.
 */
interface PlotScale {
  invert?: (pixel: number) => unknown;
}

type PlotElement = Element & { scale?: (name: string) => PlotScale | undefined };

/** The data value under the pointer along `axis`, or null (no figure yet, or not a continuous scale). */
export function dataAt(container: Element, event: { clientX: number; clientY: number }, axis: 'x' | 'y'): number | null {
  const plot = container.querySelector('svg') as PlotElement | null;
  const scale = plot?.scale?.(axis);
  if (!plot || !scale?.invert) return null;
  const rect = plot.getBoundingClientRect();
  // The SVG may be drawn at a different size than its box (CSS width: 100%): rescale the pixel.
  const viewWidth = Number(plot.getAttribute('width')) || rect.width;
  const viewHeight = Number(plot.getAttribute('height')) || rect.height;
  const pixel = axis === 'x' ? ((event.clientX - rect.left) * viewWidth) / rect.width : ((event.clientY - rect.top) * viewHeight) / rect.height;
  const value = Number(scale.invert(pixel));
  return Number.isFinite(value) ? value : null;
}

/**
 * Like `dataAt`, for a click that may come before the figure is drawn in the browser: a widget
 * that just hydrated may still show the build's static frame, which has no Plot scales, while Plot
 * loads (plot.ts). Then this waits for the drawn figure (up to 3 s) and reads the same pixel.
 */
export async function dataAtWhenDrawn(container: Element, event: { clientX: number; clientY: number }, axis: 'x' | 'y'): Promise<number | null> {
  const point = { clientX: event.clientX, clientY: event.clientY };
  for (let waited = 0; waited <= 3000; waited += 50) {
    if ((container.querySelector('svg') as PlotElement | null)?.scale) return dataAt(container, point, axis);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return null;
}
