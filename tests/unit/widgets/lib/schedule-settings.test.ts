import { describe, expect, it } from 'vitest';
import {
  clampField,
  decodeSchedule,
  defaultSchedule,
  encodeSchedule,
  patchSchedule,
  scheduleFields,
  scheduleLabels,
} from '../../../../components/widgets/lib/schedule-settings.ts';
import { createOptimizer, scheduleNames } from '../../../../src/engine/optim/index.ts';

describe('schedule settings', () => {
  it('every schedule a reader can pick is one the engine accepts, for short and long runs', () => {
    for (const horizon of [10, 300, 2000, 100000])
      for (const name of scheduleNames) {
        const schedule = defaultSchedule(name, horizon);
        expect(Object.keys(schedule).sort()).toEqual(['name', ...scheduleFields[name]].sort());
        expect(() => createOptimizer({ name: 'sgd', lr: 0.1, schedule }, 1)).not.toThrow();
      }
    expect(defaultSchedule('cosine', 300)).toEqual({ name: 'cosine', tMax: 300, minLr: 0 });
    expect(defaultSchedule('warmup-cosine', 300)).toEqual({
      name: 'warmup-cosine',
      warmupSteps: 15,
      tMax: 300,
      startFactor: 1 / 3,
      minLr: 0,
    });
  });

  it('clamps and rounds fields, and keeps T above W for warm-up + cosine', () => {
    expect(clampField('stepSize', 12.6)).toBe(13);
    expect(clampField('gamma', 5)).toBe(1);
    expect(clampField('weightDecay', -1)).toBe(0);
    const wc = defaultSchedule('warmup-cosine', 300);
    expect(patchSchedule(wc, { warmupSteps: 400 })).toMatchObject({ warmupSteps: 400, tMax: 401 });
    expect(patchSchedule(wc, { tMax: 10 })).toMatchObject({ warmupSteps: 9, tMax: 10 });
    expect(patchSchedule(defaultSchedule('step', 300), { tMax: 5 })).toEqual(defaultSchedule('step', 300));
  });

  it('round-trips through a link, whatever the order of its fields', () => {
    const schedule = patchSchedule(defaultSchedule('warmup-cosine', 300), { warmupSteps: 20, minLr: 0.001 });
    const pairs = encodeSchedule(schedule).map((f) => f.split('=') as [string, string]);
    expect(pairs.map((p) => p.join('='))).toEqual(['sch=warmup-cosine', 'W=20', 'T=300', 'f=0.333333', 'min=0.001']);
    const read = decodeSchedule([...pairs].reverse(), { name: 'constant' }, 300);
    expect(read.problems).toEqual([]);
    expect(read.schedule).toEqual({ ...schedule, startFactor: 0.333333 });
    expect(encodeSchedule({ name: 'constant' })).toEqual(['sch=constant']);
  });

  it('reports a bad name, a field the schedule lacks, a bad or outside number', () => {
    const read = decodeSchedule(
      [
        ['sch', 'cosine'],
        ['T', '99999'],
        ['min', 'abc'],
        ['ss', '3'],
      ],
      { name: 'constant' },
      300,
    );
    expect(read.schedule).toEqual({ name: 'cosine', tMax: 20000, minLr: 0 });
    expect(read.problems).toEqual([
      { kind: 'outside', short: 'T', raw: '99999', min: 2, max: 20000, using: 20000 },
      { kind: 'notNumber', short: 'min', raw: 'abc', using: 0 },
      { kind: 'noField', raw: 'ss' },
    ]);
    expect(decodeSchedule([['sch', 'linear']], { name: 'constant' }, 300).problems).toEqual([
      { kind: 'badName', raw: 'linear', using: 'constant' },
    ]);
  });

  it('names every schedule and field in both languages', () => {
    for (const words of Object.values(scheduleLabels)) {
      expect(Object.keys(words.names).sort()).toEqual([...scheduleNames].sort());
      expect(Object.keys(words.fields).sort()).toEqual([...new Set(Object.values(scheduleFields).flat())].sort());
    }
  });
});
