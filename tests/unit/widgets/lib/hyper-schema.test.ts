import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schema as race } from '../../../../components/widgets/Race/schema.ts';
import { schema as trainer } from '../../../../components/widgets/Trainer/schema.ts';
import {
  formulaSchema,
  hyperByOptimizerSchema,
  hyperKeysOf,
  hyperSchemaFor,
  optimizerListSchema,
  racerOrRuleSchema,
  racersOrHyper,
  ruleRacerSchema,
} from '../../../../components/widgets/lib/hyper-schema.ts';

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);

describe('hyper', () => {
  it('each optimizer takes exactly the keys it reads', () => {
    expect(hyperKeysOf('sgd')).toEqual(['lr', 'weightDecay', 'schedule']);
    expect(hyperKeysOf('adam')).toEqual(['lr', 'beta1', 'beta2', 'eps', 'biasCorrection', 'weightDecay', 'schedule']);
    expect(hyperSchemaFor('rmsprop').safeParse({ lr: 0.01, decay: 0.9, eps: 1e-8 }).success).toBe(true);
    expect(issues(hyperSchemaFor('momentum').safeParse({ learningRate: 0.1 }))).toEqual([
      ': Unrecognized key "learningRate"; momentum takes lr, momentum, weightDecay, schedule',
    ]);
  });

  it('refuses, on Race and Trainer alike, settings that would do nothing', () => {
    for (const schema of [race, trainer]) {
      expect(issues(schema.safeParse({ optimizers: ['sgd'], hyper: { sgd: { beta1: 0.9 } } }))).toEqual([
        'hyper.sgd: Unrecognized key "beta1"; sgd takes lr, weightDecay, schedule',
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

  it('Race takes racers (one entry per run, a built-in or a rule) and checks each entry', () => {
    expect(
      issues(
        race.safeParse({
          racers: [
            { optimizer: 'adam', lr: 0.001 },
            { optimizer: 'adam', lr: 0.1, label: 'big' },
            { rule: 'param lr = 0.1\nw = w - lr * g', params: { lr: 0.05 }, label: 'mine' },
          ],
        }),
      ),
    ).toEqual([]);
    expect(issues(race.safeParse({ racers: [{ optimizer: 'sgd', beta1: 0.5 }] }))).toEqual([
      'racers.0: Unrecognized key "beta1"; a sgd racer takes optimizer, label, lr, weightDecay, schedule',
    ]);
    expect(issues(race.safeParse({ racers: [{ optimizer: 'lion' }] }))[0]).toMatch(
      /^racers\.0: each racer needs optimizer \(one of sgd.*\) or rule/,
    );
    expect(issues(race.safeParse({ racers: [{ rule: 'w = w - q' }] }))).toEqual([
      'racers.0.rule: in the rule: Line 1, column 9: Unknown name "q". A rule reads w, g, t, pi, e, its params and the names it assigns.',
    ]);
    expect(issues(race.safeParse({ racers: [{ rule: 'w = w - g', params: { lr: 1 } }] }))).toEqual([
      'racers.0.params.lr: the rule has no param lr (it declares none)',
    ]);
    expect(issues(race.safeParse({ racers: [{ optimizer: 'sgd' }], hyper: { sgd: { lr: 0.1 } } }))).toEqual([
      'racers: racers replaces optimizers and hyper: give each racer its settings, and leave optimizers and hyper out',
    ]);
  });
});

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
      '"lion" is not an optimizer; use sgd, momentum, nag, adagrad, rmsprop, adam, adamw',
    ]);
    expect(messages({ adam: { wd: 0.1 } })[0]).toMatch(
      /^Unrecognized key "wd"; adam takes lr, .*weightDecay, schedule$/,
    );
    expect(messages({ adam: { schedule: { name: 'cosine', gamma: 0.5 } } })).toEqual([
      'Unrecognized key "gamma"; the allowed keys are name, tMax, minLr',
    ]);
  });
});

describe('formulaSchema and the rule racer, shared by Race, RuleCell and Trainer', () => {
  it('accepts what the playground parses, up to 200 characters, and names the functions otherwise', () => {
    expect(formulaSchema.parse(undefined)).toBe('x^2 + 10*sin(y)');
    expect(formulaSchema.safeParse('sin(x) * y^2').success).toBe(true);
    expect(formulaSchema.safeParse(`x${' + x'.repeat(50)}`).success).toBe(false);
    expect(issues(formulaSchema.safeParse('x +'))).toEqual([
      ': is not a formula the playground can read (x, y, numbers, + - * / ^, pi, e, sin cos tan exp log sqrt abs tanh sinh cosh atan)',
    ]);
  });

  it('takes a rule that compiles, with params it declares', () => {
    expect(racerOrRuleSchema.safeParse({ rule: 'param lr = 0.1\nw = w - lr * g', params: { lr: 0.2 } }).success).toBe(
      true,
    );
    expect(issues(racerOrRuleSchema.safeParse({ rule: 'w = w - lr * g' }))[0]).toMatch(/^rule: in the rule: .*lr/);
    expect(issues(ruleRacerSchema.safeParse({ rule: 'param lr = 0.1\nw = w - lr * g', params: { mu: 1 } }))).toEqual([
      'params.mu: the rule has no param mu (it declares lr)',
    ]);
    expect(issues(racerOrRuleSchema.safeParse({ label: 'x' }))[0]).toMatch(/needs optimizer .* or rule/);
  });
});

describe('racersOrHyper: racers replaces optimizers and hyper, written once for every widget that takes racers', () => {
  // A widget of its own, with its own default list: the rule reads the default it is given.
  const widget = z
    .object({
      optimizers: optimizerListSchema(['sgd', 'adam']),
      hyper: hyperByOptimizerSchema.default({}),
      racers: z.array(racerOrRuleSchema).optional(),
    })
    .superRefine((props, ctx) => racersOrHyper(props, ['sgd', 'adam'], ctx));
  const replaces =
    'racers: racers replaces optimizers and hyper: give each racer its settings, and leave optimizers and hyper out';
  const racers = [{ optimizer: 'adam', lr: 0.01 }];

  it('with racers, refuses hyper and any optimizers but the default list', () => {
    expect(issues(widget.safeParse({ racers }))).toEqual([]);
    expect(issues(widget.safeParse({ racers, optimizers: ['sgd', 'adam'] }))).toEqual([]);
    expect(issues(widget.safeParse({ racers, optimizers: ['adam'] }))).toEqual([replaces]);
    expect(issues(widget.safeParse({ racers, hyper: { adam: { lr: 0.1 } } }))).toEqual([replaces]);
  });

  it('without racers, refuses hyper for an optimizer that does not run', () => {
    expect(issues(widget.safeParse({ hyper: { adam: { lr: 0.1 } } }))).toEqual([]);
    expect(issues(widget.safeParse({ optimizers: ['sgd'], hyper: { adam: { lr: 0.1 } } }))).toEqual([
      'hyper.adam: adam is not in optimizers (sgd), so its settings do nothing; add it to optimizers or remove it from hyper',
    ]);
  });
});
