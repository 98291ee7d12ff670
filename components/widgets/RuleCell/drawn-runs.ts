/**
 * What the cell's figures draw: the surface's map (its sampled grid and contour levels, kept per
 * surface), each run's loss rows (for the chart) and path (for the map), made once per set of
 * runs, and the part of them up to the step shown. A step or a played frame then takes a prefix
 * of arrays already made, instead of making an object for every point of every run again.
 */
import type { Surface } from '../../../src/engine/problems/index.ts';
import { contourLevels, sampleGrid } from '../../../src/engine/sim/index.ts';
import type { Grid } from '../../../src/engine/sim/index.ts';
import { pathPoints } from '../lib/contour.ts';
import type { PathPoint } from '../lib/contour.ts';
import type { CellRun } from './model.ts';

/** The most points a path on the map is drawn with (pathPoints thins a longer one). */
const maxPathPoints = 400;

/** A run's loss rows for the chart (the log scale's floor applied) and, on a map, its whole path. */
export function drawnRun(run: CellRun, onMap: boolean): { rows: { k: number; loss: number }[]; path: PathPoint[] } {
  return {
    rows: Array.from(run.losses.subarray(0, run.steps + 1), (loss, k) => ({
      k,
      loss: Math.max(Math.abs(loss), 1e-16),
    })),
    path: onMap ? pathPoints(run.points, run.steps) : [],
  };
}

/**
 * The path up to step `count`, as `pathPoints(run.points, count, maxPathPoints)` gives it: a
 * prefix of the whole path while it has no more points than that (no thinning), else thinned.
 */
export function shownPath(run: CellRun, path: readonly PathPoint[], count: number): PathPoint[] {
  return count + 1 <= maxPathPoints ? path.slice(0, count + 1) : pathPoints(run.points, count, maxPathPoints);
}

const maps = new WeakMap<Surface, { grid: Grid; levels: number[] }>();

/**
 * A surface's map, sampled once per surface (a surface shown before keeps its grid, so its
 * contours, kept by the grid in ContourFigure, are not traced again). The island samples a new
 * surface's map in a task of its own (useAfterPaint's stages): in the figures' render it was
 * 40-45 ms of a surface change at 4x CPU slow-down.
 */
export function surfaceMap(surface: Surface): { grid: Grid; levels: number[] } {
  let map = maps.get(surface);
  if (map === undefined) {
    const grid = sampleGrid(surface.f, surface.domain, { nx: 80 });
    maps.set(surface, (map = { grid, levels: contourLevels(grid, { count: 14 }) }));
  }
  return map;
}
