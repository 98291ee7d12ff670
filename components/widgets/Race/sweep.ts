/**
 * The learning-rate sweep beside the race: final loss against lr for each selected optimizer.
 *
 * A sweep is many independent runs (up to 6 optimizers × 21 learning rates × up to 1000 steps:
 * about 100 ms of work), so the browser computes it in slices (`startSweep`, a run or a few per
 * animation frame) rather than in one task; the build computes it in one go (`computeSweep`) for
 * the static first frame. Both assemble the same runs in the same order: the same numbers.
 */
import { optimizerNames } from '../../../src/engine/optim/index.ts';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import { logSpace, lrSweep } from '../../../src/engine/sim/index.ts';
import { specOf } from '../lib/optimizer-settings.ts';
import { runInSlices } from '../lib/slices.ts';
import type { SliceOptions, SlicedJob } from '../lib/slices.ts';
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

export const emptySweep: SweepResult = { key: '', rows: [], best: [] };

/** The runs of a sweep, in order: each selected optimizer (in `optimizerNames` order) at each learning rate. */
export function sweepPlan(input: Pick<RaceInput, 'selected'>): { name: OptimizerName; lr: number }[] {
  return optimizerNames
    .filter((n) => input.selected.includes(n))
    .flatMap((name) => Array.from(sweepLrs, (lr) => ({ name, lr })));
}

/** One run of the sweep, or null when it cannot run (e.g. the loss is undefined at the start point). */
export function sweepRun(input: RaceInput, name: OptimizerName, lr: number): SweepRow | null {
  const noise = input.noise > 0 ? { sigma: input.noise, seed: input.seed } : undefined;
  try {
    const [point] = lrSweep(
      input.surface,
      specOf(name, input.settings[name]),
      [lr],
      input.steps,
      noise ? { start: input.start, noise } : { start: input.start },
    );
    return point ? { name, lr: point.lr, finalLoss: point.finalLoss, diverged: point.diverged } : null;
  } catch {
    return null;
  }
}

/** The sweep from its runs (`rows[i]` is the run of `plan[i]`); an optimizer with a run that could not run is left out. */
export function collectSweep(
  plan: readonly { name: OptimizerName }[],
  rows: readonly (SweepRow | null)[],
): SweepResult {
  const failed = new Set(plan.filter((_, i) => !rows[i]).map((p) => p.name));
  const kept = rows.filter((row): row is SweepRow => row !== null && !failed.has(row.name));
  const best: SweepRow[] = [];
  for (const name of optimizerNames) {
    let top: SweepRow | null = null;
    for (const row of kept)
      if (row.name === name && !row.diverged && (top === null || row.finalLoss < top.finalLoss)) top = row;
    if (top) best.push(top);
  }
  return { key: '', rows: kept, best };
}

/**
 * The sweep as text, for the build's markup (`data-sweep`): per optimizer, its name and the final
 * loss at each of `sweepLrs` in order (`x` for a run that diverged), every number written so that
 * it reads back to the same bits. The browser takes the build's sweep from it instead of computing
 * it again (`decodeSweep`); the key is the markup's `data-sweep-key`.
 */
export function encodeSweep(sweep: SweepResult): string {
  const names = optimizerNames.filter((n) => sweep.rows.some((r) => r.name === n));
  return names
    .map((name) => {
      const rows = sweep.rows.filter((r) => r.name === name);
      return `${name}:${rows.map((r) => (r.diverged ? `x${r.finalLoss === Infinity ? '' : String(r.finalLoss)}` : String(r.finalLoss))).join(',')}`;
    })
    .join(';');
}

/** The sweep `encodeSweep` wrote, with `key`; null when the text is not one (then the browser computes it). */
export function decodeSweep(text: string, key: string): SweepResult | null {
  const rows: SweepRow[] = [];
  for (const part of text === '' ? [] : text.split(';')) {
    const [name, losses] = part.split(':');
    const values = losses?.split(',') ?? [];
    if (!optimizerNames.includes(name as OptimizerName) || values.length !== sweepLrs.length) return null;
    for (const [i, value] of values.entries()) {
      const diverged = value.startsWith('x');
      const finalLoss = diverged && value === 'x' ? Infinity : Number(diverged ? value.slice(1) : value);
      if (value === '' || (Number.isNaN(finalLoss) && value !== 'NaN' && value !== 'xNaN')) return null;
      rows.push({ name: name as OptimizerName, lr: sweepLrs[i]!, finalLoss, diverged });
    }
  }
  return { ...collectSweep(rows, rows), key };
}

/** The whole sweep in one go (the build's static frame; tests). */
export function computeSweep(input: RaceInput): SweepResult {
  const plan = sweepPlan(input);
  return collectSweep(
    plan,
    plan.map((p) => sweepRun(input, p.name, p.lr)),
  );
}

/**
 * The sweep in slices of at most `budget` ms (see `runInSlices`); `onDone` receives the same
 * result as `computeSweep`. Cancel the job when the inputs change again: its result is stale.
 */
export function startSweep(
  input: RaceInput,
  options: Omit<SliceOptions, 'onDone'> & { onDone: (result: SweepResult) => void },
): SlicedJob & { readonly runs: number } {
  const plan = sweepPlan(input);
  const rows: (SweepRow | null)[] = [];
  const failed = new Set<OptimizerName>();
  const job = runInSlices(
    plan.length,
    (i) => {
      const { name, lr } = plan[i]!;
      // A run that cannot start fails for every learning rate: skip the rest of that optimizer's runs.
      const row = failed.has(name) ? null : sweepRun(input, name, lr);
      if (!row) failed.add(name);
      rows[i] = row;
    },
    { ...options, onDone: () => options.onDone(collectSweep(plan, rows)) },
  );
  return {
    cancel: () => job.cancel(),
    get done() {
      return job.done;
    },
    runs: plan.length,
  };
}
