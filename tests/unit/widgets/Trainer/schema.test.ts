import { describe, expect, it } from 'vitest';
import { schema as trainerSchema } from '../../../../components/widgets/Trainer/schema.ts';

describe('Trainer author props', () => {
  it('accepts the documented examples', () => {
    expect(
      trainerSchema.parse({ dataset: 'moons', sizes: [2, 8, 8, 1], optimizers: ['sgd', 'adam'], batchSize: 10 })
        .dataset,
    ).toBe('moons');
  });

  it('refuses unknown datasets and sizes', () => {
    expect(trainerSchema.safeParse({ dataset: 'mnist' }).success).toBe(false);
    expect(trainerSchema.safeParse({ sizes: [3, 4, 1] }).success).toBe(false);
  });
});

describe('Trainer racers: built-ins and rules', () => {
  const messages = (props: unknown) => {
    const result = trainerSchema.safeParse(props);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  const sign = 'param lr = 0.01\nw = w - lr * sign(g)';

  it('takes built-in entries with their settings next to rule entries', () => {
    const props = trainerSchema.parse({
      racers: [
        { optimizer: 'adam', lr: 0.02 },
        { rule: sign, params: { lr: 0.05 }, label: 'signSGD' },
      ],
    });
    expect(props.racers).toHaveLength(2);
  });

  it('fails a rule that does not compile, a param it does not declare, and settings given twice', () => {
    expect(messages({ racers: [{ rule: 'w = w - lr * g' }] })[0]).toMatch(/^racers\.0\.rule: in the rule: /);
    expect(messages({ racers: [{ rule: sign, params: { mu: 0.9 } }] })).toEqual([
      'racers.0.params.mu: the rule has no param mu (it declares lr)',
    ]);
    expect(messages({ racers: [{ rule: sign }], hyper: { sgd: { lr: 0.1 } } })[0]).toMatch(
      /racers replaces optimizers and hyper/,
    );
    expect(messages({ racers: [{ optimizer: 'sgd' }, { optimizer: 'sgd', lr: 0.1 }] })).toEqual([
      'racers: lists sgd twice; the Trainer trains each optimizer once (a rule may race it at other settings)',
    ]);
  });
});
