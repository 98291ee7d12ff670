/** The learning-rate sweep beside the race: final loss against lr for each selected optimizer. */
import { optimizerNames } from '../../../src/optim/index.ts';
import type { OptimizerName } from '../../../src/optim/index.ts';
import { logSpace } from '../../../src/sim/field.ts';
import { lrSweep } from '../../../src/sim/index.ts';
import { specOf } from '../lib/optimizer-settings.ts';
import type { RaceInput } from './model.ts';

/** 21 learning rates, four per decade from 1e-4 to 10. */
export const sweepLrs = logSpace(1e-4, 10, 21);

export interface SweepRow {
  name: OptimizerName;
  lr: number;
  finalLoss: number;
  diverged: boolean;
}

export interface SweepResult {
  key: string;
  rows: SweepRow[];
  /** Per optimizer, the lr with the lowest final loss among runs that did not diverge. */
  best: SweepRow[];
}

export function computeSweep(input: RaceInput): SweepResult {
  const rows: SweepRow[] = [];
  const best: SweepRow[] = [];
  const noise = input.noise > 0 ? { sigma: input.noise, seed: input.seed } : undefined;
  for (const name of optimizerNames.filter((n) => input.selected.includes(n))) {
    let points;
    try {
      points = lrSweep(input.surface, specOf(name, input.settings[name]), sweepLrs, input.steps, noise ? { start: input.start, noise } : { start: input.start });
    } catch {
      continue;
    }
    let top: SweepRow | null = null;
    for (const p of points) {
      const row = { name, lr: p.lr, finalLoss: p.finalLoss, diverged: p.diverged };
      rows.push(row);
      if (!row.diverged && (top === null || row.finalLoss < top.finalLoss)) top = row;
    }
    if (top) best.push(top);
  }
  return { key: '', rows, best };
}
