/**
 * Learning-rate schedules (src/engine/optim/schedule.ts) against the values PyTorch's schedulers
 * gave (tests/golden/trajectories.json, "schedules"), their validation, and how an optimizer
 * uses them. Trajectories under a schedule are in tests/unit/optim-golden.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createOptimizer, scheduledLr, scheduleNames } from '../../../../src/engine/optim/index.ts';
import type { GradFn, OptimizerSpec, ScheduleSpec } from '../../../../src/engine/optim/index.ts';
import { resolveSchedule } from '../../../../src/engine/optim/schedule.ts';
import { rosenbrock } from '../../../../src/engine/problems/index.ts';

interface ScheduleCase {
  id: string;
  schedule: ScheduleSpec;
  lr: number;
  steps: number;
  values: number[];
}

const goldenPath = fileURLToPath(new URL('../../../golden/trajectories.json', import.meta.url));
const golden = JSON.parse(readFileSync(goldenPath, 'utf8')) as { schedules: ScheduleCase[] };

const rosenbrockGrad: GradFn = (at, out) => rosenbrock.grad(at, out);

describe("schedules vs PyTorch's schedulers", () => {
  it('has a table with every schedule', () => {
    expect([...new Set(golden.schedules.map((c) => c.schedule.name))].sort()).toEqual([...scheduleNames].sort());
  });

  for (const c of golden.schedules) {
    it(`${c.id}: the rate of each step is torch's within 1e-12`, () => {
      const spec: OptimizerSpec = { name: 'sgd', lr: c.lr, schedule: c.schedule };
      const optimizer = createOptimizer(spec, 2);
      const w = Float64Array.of(-1.2, 1);
      expect(optimizer.inspect().lr).toBe(c.values[0]);
      for (let k = 1; k <= c.steps; k++) {
        const expected = c.values[k - 1]!;
        expect(Math.abs(scheduledLr(spec, k) - expected), `step ${k}`).toBeLessThanOrEqual(1e-12);
        optimizer.step(w, rosenbrockGrad);
        // The rate in force after step k is the one step k used.
        expect(optimizer.inspect().lr).toBe(scheduledLr(spec, k));
        expect(optimizer.inspect().effectiveStep![0]).toBe(scheduledLr(spec, k));
      }
    });
  }
});

describe('the rate in force', () => {
  it('starts at lr, follows the schedule, and reset() brings it back', () => {
    const opt = createOptimizer({ name: 'adam', lr: 0.1, schedule: { name: 'step', stepSize: 2, gamma: 0.5 } }, 2);
    const w = Float64Array.of(-1.2, 1);
    const seen = [opt.inspect().lr];
    for (let k = 0; k < 5; k++) {
      opt.step(w, rosenbrockGrad);
      seen.push(opt.inspect().lr);
    }
    expect(seen).toEqual([0.1, 0.1, 0.1, 0.05, 0.05, 0.025]);
    opt.reset();
    expect(opt.inspect().lr).toBe(0.1);
  });

  it('is not one of the enumerable state views', () => {
    const state = createOptimizer({ name: 'sgd', lr: 0.1 }, 2).inspect();
    expect(Object.keys(state)).not.toContain('lr');
    expect(state.lr).toBe(0.1);
  });

  it('a constant schedule is the same path as no schedule, bit for bit', () => {
    for (const name of ['sgd', 'momentum', 'nag', 'adagrad', 'rmsprop', 'adam', 'adamw'] as const) {
      const run = (spec: OptimizerSpec) => {
        const opt = createOptimizer(spec, 2);
        const w = Float64Array.of(-1.2, 1);
        for (let k = 0; k < 50; k++) opt.step(w, rosenbrockGrad);
        return [...w];
      };
      expect(run({ name, lr: 1e-4, schedule: { name: 'constant' } })).toEqual(run({ name, lr: 1e-4 }));
    }
  });
});

describe('filling and validation', () => {
  it('fills the optional fields with the defaults (PyTorch where it has one)', () => {
    expect(resolveSchedule(undefined)).toEqual({ name: 'constant' });
    expect(resolveSchedule({ name: 'step', stepSize: 3 })).toEqual({ name: 'step', stepSize: 3, gamma: 0.1 });
    expect(resolveSchedule({ name: 'cosine', tMax: 10 })).toEqual({ name: 'cosine', tMax: 10, minLr: 0 });
    expect(resolveSchedule({ name: 'warmup' })).toEqual({ name: 'warmup', warmupSteps: 5, startFactor: 1 / 3 });
    expect(resolveSchedule({ name: 'warmup-cosine', warmupSteps: 2, tMax: 9 })).toEqual({
      name: 'warmup-cosine',
      warmupSteps: 2,
      tMax: 9,
      startFactor: 1 / 3,
      minLr: 0,
    });
    const spec = createOptimizer({ name: 'sgd', lr: 0.1, schedule: { name: 'exponential', gamma: 0.9 } }, 1).spec;
    expect(spec.schedule).toEqual({ name: 'exponential', gamma: 0.9 });
    expect(Object.isFrozen(spec.schedule)).toBe(true);
  });

  const bad: [string, unknown][] = [
    ['name', { name: 'linear' }],
    ['name', 'cosine'],
    ['name', null],
    ['stepSize', { name: 'step' }],
    ['stepSize', { name: 'step', stepSize: 0 }],
    ['stepSize', { name: 'step', stepSize: 2.5 }],
    ['gamma', { name: 'step', stepSize: 2, gamma: 0 }],
    ['gamma', { name: 'exponential' }],
    ['gamma', { name: 'exponential', gamma: NaN }],
    ['tMax', { name: 'cosine' }],
    ['tMax', { name: 'cosine', tMax: -1 }],
    ['minLr', { name: 'cosine', tMax: 5, minLr: -0.1 }],
    ['minLr', { name: 'cosine', tMax: 5, minLr: Infinity }],
    ['warmupSteps', { name: 'warmup', warmupSteps: 0 }],
    ['startFactor', { name: 'warmup', startFactor: 0 }],
    ['startFactor', { name: 'warmup', startFactor: 1.5 }],
    ['warmupSteps', { name: 'warmup-cosine', tMax: 10 }],
    ['tMax', { name: 'warmup-cosine', warmupSteps: 10 }],
    ['tMax', { name: 'warmup-cosine', warmupSteps: 10, tMax: 10 }],
    ['minLr', { name: 'warmup-cosine', warmupSteps: 1, tMax: 10, minLr: NaN }],
  ];
  for (const [field, schedule] of bad) {
    it(`rejects ${field} in ${JSON.stringify(schedule)}`, () => {
      const spec = { name: 'sgd', lr: 0.1, schedule } as OptimizerSpec;
      expect(() => createOptimizer(spec, 2)).toThrow(RangeError);
      expect(() => createOptimizer(spec, 2)).toThrow(new RegExp(`^schedule\\.${field} `));
    });
  }

  it('the unknown-name error lists the schedules', () => {
    expect(() => resolveSchedule({ name: 'linear' } as unknown as ScheduleSpec)).toThrow(
      /constant, step, exponential, cosine, warmup, warmup-cosine/,
    );
  });
});
