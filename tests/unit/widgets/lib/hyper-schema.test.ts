import { describe, expect, it } from 'vitest';
import { schema as race } from '../../../../components/widgets/Race/schema.ts';
import { schema as trainer } from '../../../../components/widgets/Trainer/schema.ts';
import { hyperKeysOf, hyperSchemaFor } from '../../../../components/widgets/lib/hyper-schema.ts';

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);

describe('hyper', () => {
  it('each optimizer takes exactly the keys it reads', () => {
    expect(hyperKeysOf('sgd')).toEqual(['lr']);
    expect(hyperKeysOf('adam')).toEqual(['lr', 'beta1', 'beta2', 'eps', 'biasCorrection']);
    expect(hyperSchemaFor('rmsprop').safeParse({ lr: 0.01, decay: 0.9, eps: 1e-8 }).success).toBe(true);
    expect(issues(hyperSchemaFor('momentum').safeParse({ learningRate: 0.1 }))).toEqual([
      ': Unrecognized key "learningRate"; momentum takes lr, momentum',
    ]);
  });

  it('refuses, on Race and Trainer alike, settings that would do nothing', () => {
    for (const schema of [race, trainer]) {
      expect(issues(schema.safeParse({ optimizers: ['sgd'], hyper: { sgd: { beta1: 0.9 } } }))).toEqual([
        'hyper.sgd: Unrecognized key "beta1"; sgd takes lr',
      ]);
      expect(issues(schema.safeParse({ optimizers: ['sgd', 'sgd'] }))[0]).toMatch(/^optimizers: lists sgd twice/);
      expect(issues(schema.safeParse({ optimizers: ['sgd'], hyper: { adam: { lr: 0.1 } } }))).toEqual([
        'hyper.adam: adam is not in optimizers (sgd), so its settings do nothing; add it to optimizers or remove it from hyper',
      ]);
      expect(
        issues(schema.safeParse({ optimizers: ['sgd', 'adam'], hyper: { adam: { lr: 0.1, biasCorrection: false } } })),
      ).toEqual([]);
    }
  });

  it('Race takes racers instead of optimizers and hyper, one entry per run', () => {
    expect(
      issues(
        race.safeParse({
          racers: [
            { optimizer: 'adam', lr: 0.001 },
            { optimizer: 'adam', lr: 0.1, label: 'big' },
          ],
        }),
      ),
    ).toEqual([]);
    expect(issues(race.safeParse({ racers: [{ optimizer: 'sgd', beta1: 0.5 }] }))).toEqual([
      'racers.0: Unrecognized key "beta1"; a sgd racer takes optimizer, label, lr',
    ]);
    expect(issues(race.safeParse({ racers: [{ optimizer: 'adamw' }] }))[0]).toMatch(
      /^racers\.0\.optimizer: each racer needs optimizer: one of sgd/,
    );
    expect(issues(race.safeParse({ racers: [{ optimizer: 'sgd' }], hyper: { sgd: { lr: 0.1 } } }))).toEqual([
      'racers: racers replaces optimizers and hyper: give each racer its settings, and leave optimizers and hyper out',
    ]);
  });
});
