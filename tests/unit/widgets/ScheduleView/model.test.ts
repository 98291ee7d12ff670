import { describe, expect, it } from 'vitest';
import {
  scheduleFields,
  scheduleSpec,
  scheduleViewSpecs,
  tailMean,
} from '../../../../components/widgets/ScheduleView/model.ts';
import type { ScheduleViewState } from '../../../../components/widgets/ScheduleView/model.ts';
import { resolveSpec, scheduleNames } from '../../../../src/engine/optim/index.ts';

const specs = scheduleViewSpecs(300, 'cosine', 0.1);
const defaults = Object.fromEntries(
  Object.entries(specs).map(([key, spec]) => [key, spec.default]),
) as ScheduleViewState;

describe('ScheduleView model', () => {
  it('every schedule has a valid engine spec at the defaults and at the sliders’ extremes', () => {
    for (const name of scheduleNames) {
      for (const end of ['min', 'max'] as const) {
        const state = { ...defaults, name };
        for (const field of scheduleFields[name]) state[field] = specs[field][end];
        expect(() => resolveSpec({ name: 'sgd', lr: state.lr, schedule: scheduleSpec(state) })).not.toThrow();
      }
    }
  });

  it('passes each field to the engine by its name', () => {
    expect(
      scheduleSpec({ ...defaults, name: 'warmup-cosine', warmup: 20, tMax: 200, startFactor: 0.5, minLr: 0.01 }),
    ).toEqual({
      name: 'warmup-cosine',
      warmupSteps: 20,
      tMax: 200,
      startFactor: 0.5,
      minLr: 0.01,
    });
  });

  it('keeps the warm-up shorter than T and the floor below α', () => {
    expect(scheduleSpec({ ...defaults, name: 'warmup-cosine', warmup: 100, tMax: 20 })).toMatchObject({
      warmupSteps: 19,
      tMax: 20,
    });
    expect(scheduleSpec({ ...defaults, name: 'cosine', lr: 0.02, minLr: 0.05 })).toMatchObject({ minLr: 0.01 });
  });

  it('tailMean averages the last n values (all of them when there are fewer)', () => {
    expect(tailMean([1, 2, 3, 4], 2)).toBe(3.5);
    expect(tailMean([2, 4], 10)).toBe(3);
  });
});
