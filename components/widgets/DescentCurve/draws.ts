import { createQuadratic1d } from '../../../src/engine/problems/index.ts';
import { curveSamples } from '../../../src/engine/sim/index.ts';
import { fmt } from '../lib/format.ts';
import type { DrawContext } from '../lib/PlotFigure.tsx';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, colors, defaultMargins } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';

/**
 * DescentCurve's base, the curve L(w) = ½λw², as a function of plain data: the island draws it at
 * build time and, if its figure worker cannot, on the page; figures.worker.ts draws it in the
 * worker (figure-client.ts). Only λ changes it: the run's path and the point are the overlay.
 */

/** The w axis's domain. */
export const xDomain = [-2, 2] as const;

/** The loss axis's domain for curvature λ: up to L(±2) = 2λ, with a little room below 0. */
export function yDomainOf(curvature: number): readonly [number, number] {
  const top = 2 * curvature;
  return [-0.06 * top, top];
}

export interface QuadraticBase {
  label: string;
  description: string;
  lossAxis: string;
  /** λ, the curve's second derivative. */
  curvature: number;
}

export function drawQuadraticBase({ label, description, lossAxis, curvature }: QuadraticBase, context: DrawContext): Element {
  const samples = curveSamples(createQuadratic1d(curvature), 121, xDomain);
  return Plot.plot({
    ...basePlotOptions(context, label, description),
    ...plotMargins(defaultMargins),
    x: { domain: [...xDomain], label: 'w' },
    y: { domain: [...yDomainOf(curvature)], label: lossAxis, grid: true, tickFormat: (v: number) => fmt(v) },
    clip: true,
    marks: [
      Plot.ruleY([0], { stroke: colors.grid }),
      Plot.line(samples, { x: 'w', y: 'loss', stroke: colors.soft, strokeWidth: 2 }),
    ],
  });
}
