import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../components/widgets/lib/slices.ts';
import { defaultSettings } from '../../components/widgets/lib/optimizer-settings.ts';
import { raceLrs } from '../../components/widgets/Race/model.ts';
import type { RaceInput } from '../../components/widgets/Race/model.ts';
import { collectSweep, computeSweep, startSweep, sweepLrs, sweepPlan } from '../../components/widgets/Race/sweep.ts';
import { surfaceFromFormula } from '../../src/engine/expr/index.ts';
import { classicOptimizerNames } from '../../src/engine/optim/index.ts';
import { specOf } from '../../components/widgets/lib/optimizer-settings.ts';
import { problems } from '../../src/engine/problems/index.ts';
import { lrSweep } from '../../src/engine/sim/index.ts';

/** A hand-driven scheduler and clock: `flush()` runs what was scheduled, one slice at a time. */
function manual() {
  let queue: (() => void)[] = [];
  let time = 0;
  return {
    schedule: (next: () => void) => {
      queue.push(next);
      return () => {
        queue = queue.filter((f) => f !== next);
      };
    },
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
    pending: () => queue.length,
    /** Runs one scheduled callback; false when nothing was scheduled. */
    tick: () => {
      const next = queue.shift();
      next?.();
      return next !== undefined;
    },
  };
}

describe('runInSlices', () => {
  it('runs every item in order, as many per slice as fit in the budget, never splitting one', () => {
    const clock = manual();
    const seen: number[] = [];
    const slices: [number, number][] = [];
    let done = 0;
    const job = runInSlices(
      10,
      (i) => {
        seen.push(i);
        clock.advance(3);
      },
      { budget: 8, schedule: clock.schedule, now: clock.now, onSlice: (n, start, end) => slices.push([n, end - start]), onDone: () => done++ },
    );
    // Nothing runs in the caller's task.
    expect(seen).toEqual([]);
    while (clock.tick());
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // 3 ms per item, 8 ms budget: three items per slice (the third ends past the budget), then one.
    expect(slices).toEqual([
      [3, 9],
      [6, 9],
      [9, 9],
      [10, 3],
    ]);
    expect(done).toBe(1);
    expect(job.done).toBe(true);
  });

  it('an item longer than the budget runs alone in its slice', () => {
    const clock = manual();
    const perSlice: number[] = [];
    runInSlices(3, () => clock.advance(40), { budget: 8, schedule: clock.schedule, now: clock.now, onSlice: (n) => perSlice.push(n), onDone: () => undefined });
    while (clock.tick());
    expect(perSlice).toEqual([1, 2, 3]);
  });

  it('cancel stops between items and onDone never comes', () => {
    const clock = manual();
    const seen: number[] = [];
    let done = false;
    const job = runInSlices(
      10,
      (i) => {
        seen.push(i);
        clock.advance(5);
      },
      { budget: 8, schedule: clock.schedule, now: clock.now, onDone: () => (done = true) },
    );
    clock.tick();
    expect(seen).toEqual([0, 1]);
    job.cancel();
    expect(clock.pending()).toBe(0);
    while (clock.tick());
    expect(seen).toEqual([0, 1]);
    expect(done).toBe(false);
    expect(job.done).toBe(false);
    job.cancel();
  });

  it('cancel from inside an item stops at once', () => {
    const clock = manual();
    const seen: number[] = [];
    const job = runInSlices(
      10,
      (i) => {
        seen.push(i);
        if (i === 1) job.cancel();
      },
      { budget: 100, schedule: clock.schedule, now: clock.now, onDone: () => expect.unreachable() },
    );
    while (clock.tick());
    expect(seen).toEqual([0, 1]);
  });

  it('no items: done after one scheduled turn', () => {
    const clock = manual();
    let done = false;
    runInSlices(0, () => expect.unreachable(), { schedule: clock.schedule, now: clock.now, onDone: () => (done = true) });
    expect(done).toBe(false);
    clock.tick();
    expect(done).toBe(true);
  });

  it('uses timers when there is no requestAnimationFrame (Node)', async () => {
    const seen: number[] = [];
    await new Promise<void>((resolve) => runInSlices(5, (i) => seen.push(i), { budget: 0, onDone: resolve }));
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });
});

/** The sweep as it was computed before slicing: one lrSweep per optimizer, an optimizer that throws left out. */
function referenceSweep(input: RaceInput) {
  const rows = [];
  const best = [];
  const noise = input.noise > 0 ? { sigma: input.noise, seed: input.seed } : undefined;
  for (const name of classicOptimizerNames.filter((n) => input.selected.includes(n))) {
    let points;
    try {
      points = lrSweep(input.surface, specOf(name, input.settings[name]), sweepLrs, input.steps, noise ? { start: input.start, noise } : { start: input.start });
    } catch {
      continue;
    }
    let top = null;
    for (const p of points) {
      const row = { name, lr: p.lr, finalLoss: p.finalLoss, diverged: p.diverged };
      rows.push(row);
      if (!row.diverged && (top === null || row.finalLoss < top.finalLoss)) top = row;
    }
    if (top) best.push(top);
  }
  return { key: '', rows, best };
}

function sliced(input: RaceInput) {
  const clock = manual();
  let result: ReturnType<typeof computeSweep> | null = null;
  let slices = 0;
  const job = startSweep(input, {
    budget: 5,
    schedule: clock.schedule,
    now: () => {
      clock.advance(1); // every clock read is 1 ms: a handful of runs per slice
      return clock.now();
    },
    onSlice: () => slices++,
    onDone: (r) => (result = r),
  });
  while (clock.tick());
  return { result, slices, runs: job.runs };
}

describe('the learning-rate sweep in slices', () => {
  const settings = defaultSettings(raceLrs);
  const all = [...classicOptimizerNames];
  const cases: [string, RaceInput][] = [
    ['Rosenbrock, six optimizers', { surface: problems.rosenbrock, start: [-1.2, 1], steps: 120, noise: 0, seed: 1, selected: all, settings }],
    ['noisy gradients', { surface: problems.himmelblau, start: [0, 0], steps: 80, noise: 0.5, seed: 7, selected: ['momentum', 'adam'], settings }],
  ];
  for (const [title, input] of cases) {
    it(`gives the same numbers as the sweep in one go and as before: ${title}`, () => {
      const { result, slices, runs } = sliced(input);
      expect(runs).toBe(input.selected.length * sweepLrs.length);
      expect(slices).toBeGreaterThan(1);
      expect(result).toEqual(computeSweep(input));
      expect(result).toEqual(referenceSweep(input));
    });
  }

  it('leaves out an optimizer whose runs cannot start, like before', () => {
    const formula = surfaceFromFormula('log(x) + y^2');
    if (!formula.ok) throw new Error('formula must parse');
    const input: RaceInput = { surface: formula.surface, start: [-1, 1], steps: 20, noise: 0, seed: 1, selected: ['sgd', 'adam'], settings };
    const reference = referenceSweep(input);
    expect(reference.rows).toEqual([]);
    expect(sliced(input).result).toEqual(reference);
    expect(computeSweep(input)).toEqual(reference);
  });

  it('plans each selected optimizer at each learning rate, in the engine order', () => {
    const plan = sweepPlan({ selected: ['adam', 'sgd'] });
    expect(plan).toHaveLength(42);
    expect(plan[0]).toEqual({ name: 'sgd', lr: sweepLrs[0] });
    expect(plan[21]).toEqual({ name: 'adam', lr: sweepLrs[0] });
    expect(collectSweep([], [])).toEqual({ key: '', rows: [], best: [] });
  });
});
