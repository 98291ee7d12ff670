import { describe, expect, it } from 'vitest';
import { hyperByOptimizerSchema } from '../../../../components/widgets/lib/hyper-schema.ts';

describe('the hyper author prop', () => {
  it('accepts weight decay, a schedule and AdamW', () => {
    const hyper = {
      adamw: { lr: 0.01, weightDecay: 0.05, schedule: { name: 'warmup-cosine', warmupSteps: 10, tMax: 300 } },
    };
    expect(hyperByOptimizerSchema.parse(hyper)).toEqual(hyper);
    expect(hyperByOptimizerSchema.parse({ sgd: { schedule: { name: 'constant' } } })).toEqual({
      sgd: { schedule: { name: 'constant' } },
    });
  });

  it('refuses a bad value, naming the field', () => {
    const bad = hyperByOptimizerSchema.safeParse({
      adam: { weightDecay: 2, schedule: { name: 'step', stepSize: 0.5 } },
    });
    expect(bad.success).toBe(false);
    expect([...new Set(bad.error?.issues.map((i) => i.path.join('.')))]).toEqual([
      'adam.weightDecay',
      'adam.schedule.stepSize',
    ]);
    expect(hyperByOptimizerSchema.safeParse({ adam: { schedule: { name: 'linear' } } }).success).toBe(false);
  });

  it('an unknown key is an error naming the allowed keys, at every level', () => {
    const messages = (value: unknown) =>
      hyperByOptimizerSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];
    expect(messages({ lion: {} })).toEqual([
      'unknown key "lion"; the allowed keys are sgd, momentum, nag, adagrad, rmsprop, adam, adamw',
    ]);
    expect(messages({ adam: { wd: 0.1 } })[0]).toMatch(
      /^unknown key "wd"; the allowed keys are lr, .*weightDecay, schedule$/,
    );
    expect(messages({ adam: { schedule: { name: 'cosine', gamma: 0.5 } } })).toEqual([
      'unknown key "gamma"; the allowed keys are name, tMax, minLr',
    ]);
  });
});
