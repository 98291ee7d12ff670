import { describe, expect, it } from 'vitest';
import { defaultSettings, specOf } from '../../../../components/widgets/lib/optimizer-settings.ts';
import { raceLrs } from '../../../../components/widgets/Race/model.ts';
import {
  collectSweep,
  computeSweep,
  decodeSweep,
  encodeSweep,
  startSweep,
  sweepLrs,
  sweepPlan,
} from '../../../../components/widgets/Race/sweep.ts';
import { problems } from '../../../../src/engine/problems/index.ts';
import type { RaceInput } from '../../../../components/widgets/Race/model.ts';
import { surfaceFromFormula } from '../../../../src/engine/expr/index.ts';
import { classicOptimizerNames } from '../../../../src/engine/optim/index.ts';
import { lrSweep } from '../../../../src/engine/sim/index.ts';
import { manual } from '../helpers.ts';
import { fingerprint } from '../../../../components/widgets/lib/fingerprint.ts';

describe('the learning-rate sweep', () => {
  it('sweeps learning rates and marks the best one', () => {
    const sweep = computeSweep({
      surface: problems.illConditioned,
      start: [-2.5, -0.5],
      steps: 100,
      noise: 0,
      seed: 1,
      selected: ['sgd'],
      settings: defaultSettings(raceLrs),
    });
    expect(sweep.rows).toHaveLength(21);
    const best = sweep.best[0]!;
    // Gradient descent on eigenvalues 1 and 20 diverges above lr = 0.1; the best lr sits just below.
    expect(best.lr).toBeLessThan(0.1);
    expect(sweep.rows.filter((r) => !r.diverged).every((r) => r.finalLoss >= best.finalLoss)).toBe(true);
    expect(sweep.rows.find((r) => r.lr > 0.11)?.diverged).toBe(true);
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
      points = lrSweep(
        input.surface,
        specOf(name, input.settings[name]),
        sweepLrs,
        input.steps,
        noise ? { start: input.start, noise } : { start: input.start },
      );
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
    [
      'Rosenbrock, six optimizers',
      { surface: problems.rosenbrock, start: [-1.2, 1], steps: 120, noise: 0, seed: 1, selected: all, settings },
    ],
    [
      'noisy gradients',
      {
        surface: problems.himmelblau,
        start: [0, 0],
        steps: 80,
        noise: 0.5,
        seed: 7,
        selected: ['momentum', 'adam'],
        settings,
      },
    ],
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
    const input: RaceInput = {
      surface: formula.surface,
      start: [-1, 1],
      steps: 20,
      noise: 0,
      seed: 1,
      selected: ['sgd', 'adam'],
      settings,
    };
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

describe("the build's sweep in the markup", () => {
  const settings = defaultSettings(raceLrs);
  const inputs: [string, RaceInput][] = [
    // Runs diverge at the larger rates in both: the text keeps which did.
    [
      'six optimizers, some runs diverge',
      {
        surface: problems.rosenbrock,
        start: [-1.2, 1],
        steps: 150,
        noise: 0,
        seed: 1,
        selected: [...classicOptimizerNames],
        settings,
      },
    ],
    [
      'noisy gradients',
      {
        surface: problems.himmelblau,
        start: [0, 0],
        steps: 60,
        noise: 0.5,
        seed: 7,
        selected: ['momentum', 'adam'],
        settings,
      },
    ],
  ];
  for (const [title, input] of inputs) {
    it(`reads back to the same sweep, bit for bit: ${title}`, () => {
      const sweep = { ...computeSweep(input), key: 'k' };
      const read = decodeSweep(encodeSweep(sweep), 'k');
      expect(read).toEqual(sweep);
      // The chart's build frame is kept only when the fingerprint of what it shows matches.
      expect(fingerprint(read)).toBe(fingerprint(sweep));
      expect(sweep.rows.some((r) => r.diverged)).toBe(true);
    });
  }

  it('reads an empty sweep (no optimizer could run) and rejects text that is not a sweep', () => {
    expect(decodeSweep(encodeSweep({ key: '', rows: [], best: [] }), 'k')).toEqual({ key: 'k', rows: [], best: [] });
    expect(decodeSweep('sgd:1,2,3', 'k')).toBeNull();
    expect(decodeSweep(`nope:${Array(21).fill('1').join(',')}`, 'k')).toBeNull();
    expect(decodeSweep(`sgd:${Array(21).fill('one').join(',')}`, 'k')).toBeNull();
  });
});
