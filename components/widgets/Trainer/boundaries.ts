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

/** The radius of a data point on the 100-unit panel. */
export const pointRadius = 1.5;

/**
 * Points of one group (train or test, one class) as a single SVG path of circles of
 * `pointRadius`, each placed to 0.1 of the 100-unit panel (a quarter pixel on the widest panel).
 * One path per group instead of one `<circle>` per point: another seed or data set changes four
 * `d` attributes, where 300 circles took 600 attribute writes and an SVG layout of 300 shapes
 * (37-56 ms of the render and the frame after it at 4x CPU slow-down, of a seed key's 100-200).
 * Each circle is two half-circle arcs from its leftmost point, closed, as a `<circle>` is drawn.
 * The circles go left to right, each moved to from the last (`m`): the steps are short numbers,
 * 0.5 KB less gzipped on a page than every point's own position. One path paints all its fills,
 * then all its outlines, so the order of its circles does not show.
 */
export function circlesPath(points: readonly (readonly [number, number])[]): string {
  const r = Math.round(pointRadius * 10);
  const tenths = points.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)] as const);
  tenths.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const arcs = `a${r / 10} ${r / 10} 0 1 0 ${(2 * r) / 10} 0a${r / 10} ${r / 10} 0 1 0 ${(-2 * r) / 10} 0z`;
  let d = '';
  tenths.forEach(([x, y], i) => {
    const [px, py] = i === 0 ? [r, 0] : tenths[i - 1]!;
    d += `${i === 0 ? 'M' : 'm'}${(x - px) / 10} ${(y - py) / 10}${arcs}`;
  });
  return d;
}
