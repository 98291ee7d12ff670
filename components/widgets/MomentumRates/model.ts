import {
  criticalMomentum,
  damping,
  directionPath,
  optimalGradientDescent,
  optimalMomentum,
  quadraticRate,
  rateMap,
  stepsToShrink,
  type Damping,
  type RateMap,
} from '../../../src/engine/sim/index.ts';
import { fmt } from '../lib/format.ts';
import type { Specs } from '../lib/url-state.ts';

/**
 * The quadratic is measured in units of its steepest curvature: λmax = 1 and λmin = 1/κ. The rate
 * depends on α only through αλ, so this loses nothing, and the map's α axis stays put as κ moves.
 */
export const lambdaMax = 1;
export const lambdaMinOf = (kappa: number): number => lambdaMax / kappa;

/** The ranges of the controls (and of the link parameters and the author's props). */
export const rateLimits = {
  // Four decades on a 400-position logarithmic slider: κ = 10, 100 and 1000 are positions of it.
  kappa: { min: 1, max: 10000 },
  alpha: { min: 0.01, max: 4 },
  mu: { min: 0, max: 0.99 },
} as const;

export const momentumRatesSpecs = {
  kappa: { kind: 'number', default: 20, ...rateLimits.kappa },
  lr: { kind: 'number', default: 1.6, ...rateLimits.alpha },
  mu: { kind: 'number', default: 0.6, ...rateLimits.mu },
} satisfies Specs;

/** The map's axes: α over [0, 4] (momentum converges only for αλmax < 2(1 + μ) < 4), μ over [0, 1]. */
export const mapDomain = { alpha: [0, 4] as const, mu: [0, 1] as const };

/** How many steps the direction paths show. */
export const pathSteps = 60;

/**
 * What the map colours: log10 of the steps it takes to cut the error tenfold, capped at
 * `slowest`; a diverging pair gets `divergedValue`, drawn in a colour of its own.
 */
export const heat = {
  slowest: 3,
  divergedValue: 4,
  thresholds: [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 2.75],
} as const;
export function heatValue(rate: number): number {
  if (!(rate < 1)) return heat.divergedValue;
  const steps = Math.log(10) / -Math.log(Math.max(rate, 1e-12));
  return Math.min(heat.slowest, Math.max(0, Math.log10(steps)));
}

/** The rate map for a κ, turned into heat values (row 0 the lowest μ). */
export function heatMap(kappa: number, nx = 80, ny = 60): RateMap & { heat: number[] } {
  const map = rateMap(lambdaMinOf(kappa), lambdaMax, mapDomain.alpha, mapDomain.mu, nx, ny);
  return { ...map, heat: Array.from(map.values, heatValue) };
}

/** Points of the critical-damping curve μ = (1 − √(αλ))² across the map, for one curvature. */
export function criticalCurve(lambda: number, n = 120): { alpha: number; mu: number }[] {
  const out: { alpha: number; mu: number }[] = [];
  for (let i = 1; i <= n; i++) {
    const alpha = (mapDomain.alpha[1] * i) / n;
    if (alpha * lambda < 4) out.push({ alpha, mu: criticalMomentum(alpha, lambda) });
  }
  return out;
}

export interface RatesSummary {
  rate: number;
  /** Steps to cut the error tenfold at this rate (Infinity if it never does). */
  tenfold: number;
  slow: Damping;
  steep: Damping;
  best: { alpha: number; mu: number; rate: number; tenfold: number };
  gd: { alpha: number; rate: number; tenfold: number };
}

/** Everything the status line says about the reader's point, from the engine. */
export function summarize(kappa: number, alpha: number, mu: number): RatesSummary {
  const lambdaMin = lambdaMinOf(kappa);
  const rate = quadraticRate(alpha, mu, lambdaMin, lambdaMax);
  const best = optimalMomentum(lambdaMin, lambdaMax);
  const gd = optimalGradientDescent(lambdaMin, lambdaMax);
  return {
    rate,
    tenfold: stepsToShrink(rate, 10),
    slow: damping(alpha, mu, lambdaMin),
    steep: damping(alpha, mu, lambdaMax),
    best: { ...best, tenfold: stepsToShrink(best.rate, 10) },
    gd: { ...gd, tenfold: stepsToShrink(gd.rate, 10) },
  };
}

/**
 * The flattest and the steepest direction's coordinate x_t / x_0 over `pathSteps` steps, as points
 * (x: the step, y: the coordinate) for the line chart's two lines.
 */
export function directionPaths(
  kappa: number,
  alpha: number,
  mu: number,
): Record<'slow' | 'steep', { x: number; y: number }[]> {
  const points = (path: Float64Array) => Array.from(path, (y, t) => ({ x: t, y }));
  return {
    slow: points(directionPath(alpha, mu, lambdaMinOf(kappa), pathSteps)),
    steep: points(directionPath(alpha, mu, lambdaMax, pathSteps)),
  };
}

/** Snaps a value picked on the map to the sliders' grid (0.01) and range. */
export function snap(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value * 100) / 100));
}

/** A rate for the status line: rates just below 1 get more digits, so 0.9998 never reads as 1. */
export const rateText = (rate: number): string => fmt(rate, rate >= 0.99 && rate < 1 ? 5 : 3);
