import type { DecayComparison } from '../../../src/engine/sim/index.ts';
import { decayScales } from '../../../src/engine/sim/index.ts';
import type { Specs } from '../lib/url-state.ts';

export const decayCompareSpecs = (steps: number) =>
  ({
    lr: { kind: 'number', default: 0.01, min: 0.001, max: 0.1 },
    wd: { kind: 'number', default: 0.5, min: 0, max: 1 },
    step: { kind: 'number', default: 0, min: 0, max: steps, integer: true },
  }) satisfies Specs;

export type Method = 'adam-l2' | 'adamw';

export interface WeightRow {
  /** The weight's gradient scale h_i, as the x category ("×10"). */
  scale: string;
  method: Method;
  /** w_i at the step shown. */
  value: number;
  /** The fraction of w_i the decay removed at the step shown (at step 0: at step 1). */
  decay: number;
}

/** How a gradient scale is labelled on the axis and in the status line. */
export const scaleLabel = (h: number): string => `×${h}`;

/**
 * One row per weight and method at `step` (clamped to the shorter run), for the two dot charts:
 * the weights' values and the decay each received. Before the first step the decay shown is
 * step 1's, so the figure is never empty.
 */
export function weightRows(comparison: DecayComparison, step: number): WeightRow[] {
  const n = decayScales.length;
  const rows: WeightRow[] = [];
  for (const [method, { run, decay }] of [
    ['adam-l2', comparison.adamL2],
    ['adamw', comparison.adamw],
  ] as const) {
    const k = Math.min(step, run.steps);
    const d = Math.max(0, Math.min(k, run.steps) - 1);
    decayScales.forEach((h, i) => {
      rows.push({ scale: scaleLabel(h), method, value: run.points[k * n + i]!, decay: decay[d * n + i] ?? 0 });
    });
  }
  return rows;
}

/**
 * The decay axis: whole decades around every positive decay of both runs at every step, so the
 * axis stays put while a run plays. `null` when nothing is decayed (λ = 0).
 */
export function decayDomain(comparison: DecayComparison): [number, number] | null {
  let lo = Infinity;
  let hi = 0;
  for (const { decay } of [comparison.adamL2, comparison.adamw]) {
    for (const d of decay) {
      if (d > 0 && d < lo) lo = d;
      if (d > hi) hi = d;
    }
  }
  if (hi === 0) return null;
  return [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))];
}
