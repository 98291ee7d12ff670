/**
 * The part of d3-contour (4.x) the widgets call (AdamTrainer's decision map, MomentumRates' rate
 * bands); the package ships no types and the project installs no `@types/d3-contour` for one function.
 */
declare module 'd3-contour' {
  /** A region as GeoJSON: polygons, each an outer ring then its holes, each ring `[x, y]` points, closed. */
  export interface ContourMultiPolygon {
    type: 'MultiPolygon';
    value: number;
    coordinates: [number, number][][][];
  }
  export interface Contours {
    (values: ArrayLike<number>): ContourMultiPolygon[];
    size(size: [number, number]): this;
    thresholds(thresholds: readonly number[]): this;
  }
  export function contours(): Contours;
}
