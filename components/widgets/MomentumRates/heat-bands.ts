/**
 * The rate map's coloured bands, traced by d3-contour exactly as Plot's contour mark traced them
 * (the same grid, thresholds and smoothing), and written as SVG paths for the map's overlay.
 *
 * Why not Plot's contour mark: a κ key redrew the whole map as a Plot, about 210 ms of CPU per key
 * at 4x slowdown (bench/profile.ts): Plot's contour mark, its geo streams over every polygon, the
 * garbage they leave, and the thinning of every path after the draw. Tracing the grid is 3 ms of
 * that at full speed; the paths are written once per κ, in the wide build frame's pixels, and any
 * other width shows them through a transform (the bands are filled, never stroked, so a scale
 * changes nothing but their size).
 */
import { contours } from 'd3-contour';
import { fallbackScales, type Scales } from '../lib/scales.ts';
import { frameWidths } from '../lib/PlotFigure.tsx';
import { polylinePath } from '../lib/svg-path.ts';
import { xAxisRoom } from '../lib/plot-theme.ts';
import { heat, heatMap, mapDomain } from './model.ts';

/** The map's margins (its base Plot's and its overlay's). */
export const mapMargins = { top: 22, right: 14, bottom: xAxisRoom, left: 40 } as const;
/** Height over width of the map. */
export const mapAspect = 0.62;

/**
 * Each threshold's colour: Plot's linear viridis scale, reversed (bright is fast), over
 * [0, heat.slowest], at that threshold (a unit test checks them against `Plot.scale`).
 */
export const bandColors = [
  '#fde725',
  '#c8e020',
  '#90d743',
  '#5ec962',
  '#35b779',
  '#20a486',
  '#21918c',
  '#287c8e',
  '#31688e',
  '#3b528b',
  '#443983',
  '#481f70',
] as const;
/** The diverging region's grey. */
export const divergedColor = '#9a9a9a';

/** A ring in grid units: x in [0, nx], y in [0, ny], sample (i, j) at (i + ½, j + ½). */
export type Ring = [number, number][];

/** One filled region: where the value is at least its threshold. */
export interface Band {
  fill: string;
  rings: Ring[];
}

/** The bands of a grid `nx` × `ny` samples wide and high. */
export interface Traced {
  nx: number;
  ny: number;
  bands: Band[];
}

/**
 * The map for a κ as bands, lowest threshold first (each covers those before it where it is
 * faster), then the diverging region, traced from the rate itself (continuous, so its edge is
 * smooth) as the grey band over them.
 */
export function traceBands(kappa: number): Traced {
  const map = heatMap(kappa);
  const trace = contours().size([map.nx, map.ny]);
  const bands = trace
    .thresholds([...heat.thresholds])(map.heat)
    .map((region, i): Band => ({ fill: bandColors[i]!, rings: region.coordinates.flat() }));
  const [diverged] = trace.thresholds([1])(map.values);
  bands.push({ fill: divergedColor, rings: diverged!.coordinates.flat() });
  return { nx: map.nx, ny: map.ny, bands };
}

/** A band as it is drawn: its fill and its path, in the pixels of the wide build frame. */
export interface BandPath {
  fill: string;
  d: string;
}

/** The scales of the wide build frame, in whose pixels the band paths are written. */
export const wideScales = (): Scales =>
  fallbackScales(mapDomain.alpha, mapDomain.mu, mapAspect, mapMargins, 'linear', 'linear', frameWidths.wide);

/**
 * The bands' paths in the wide frame's pixels, thinned as a build frame's (within half a pixel,
 * relative moves in tenths: svg-path.ts), each ring closed.
 */
export function bandPaths({ nx, ny, bands }: Traced): BandPath[] {
  const s = wideScales();
  const [a0, a1] = mapDomain.alpha;
  const [m0, m1] = mapDomain.mu;
  const px = (gx: number) => s.x(a0 + ((a1 - a0) * gx) / nx);
  const py = (gy: number) => s.y(m0 + ((m1 - m0) * gy) / ny);
  return bands.map(({ fill, rings }) => ({
    fill,
    d: rings.map((ring) => `${polylinePath(ring.map(([gx, gy]) => [px(gx), py(gy)] as const))}Z`).join(''),
  }));
}

/**
 * The transform that shows paths written in the wide frame's pixels in a frame with `scales`
 * (undefined for the wide frame itself): the plot area onto the plot area.
 */
export function bandTransform(scales: Scales): string | undefined {
  const wide = wideScales();
  const [a0, a1] = mapDomain.alpha;
  const [m0, m1] = mapDomain.mu;
  const sx = (scales.x(a1) - scales.x(a0)) / (wide.x(a1) - wide.x(a0));
  const sy = (scales.y(m1) - scales.y(m0)) / (wide.y(m1) - wide.y(m0));
  const ex = scales.x(a0) - sx * wide.x(a0);
  const ey = scales.y(m0) - sy * wide.y(m0);
  if (sx === 1 && sy === 1 && ex === 0 && ey === 0) return undefined;
  const r = (v: number) => Math.round(v * 1e6) / 1e6;
  return `matrix(${r(sx)},0,0,${r(sy)},${r(ex)},${r(ey)})`;
}
