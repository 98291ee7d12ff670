/**
 * The decision-boundary panels: the grid of inputs each network is asked about, and the theme's
 * colours as RGB for the canvas (the pixels themselves: `shadeProbabilities` in model.ts).
 */

/** A data set's domain: [[x0, x1], [y0, y1]]. */
type Domain2 = readonly [readonly [number, number], readonly [number, number]];

/** Pixels per side of a panel's canvas (the browser scales it up). */
export const gridSize = 40;

/**
 * The centres of a size × size grid of pixels over the data's domain, as (x, y) pairs, row 0 at
 * the top (the highest y), as a canvas is laid out.
 */
export function inputGrid([[x0, x1], [y0, y1]]: Domain2, size: number = gridSize): Float64Array {
  const X = new Float64Array(size * size * 2);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const k = j * size + i;
      X[2 * k] = x0 + ((i + 0.5) / size) * (x1 - x0);
      X[2 * k + 1] = y1 - ((j + 0.5) / size) * (y1 - y0);
    }
  }
  return X;
}

/** A CSS colour (a var() resolved on the page) as [r, g, b], read back through a canvas context. */
export function rgbOf(
  context: Pick<CanvasRenderingContext2D, 'fillStyle'>,
  cssColor: string,
): [number, number, number] {
  context.fillStyle = '#000';
  context.fillStyle = cssColor;
  const text = String(context.fillStyle);
  if (text.startsWith('#') && text.length === 7)
    return [parseInt(text.slice(1, 3), 16), parseInt(text.slice(3, 5), 16), parseInt(text.slice(5, 7), 16)];
  const m = /(\d+)\D+(\d+)\D+(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [128, 128, 128];
}

/** A panel position (0 to 100 on both axes, y down) of a data point. */
export const toPanel = ([[x0, x1], [y0, y1]]: Domain2, x: number, y: number) =>
  [((x - x0) / (x1 - x0)) * 100, ((y1 - y) / (y1 - y0)) * 100] as const;
