import { beforeAll, describe, expect, it, vi } from 'vitest';
import { trainerLrs } from '../../../../components/widgets/Trainer/model.ts';
import { defaultSettings } from '../../../../components/widgets/lib/optimizer-settings.ts';

// The unit tests share modules between files (vitest.config.ts: isolate false), and another file
// may have imported with-rules.ts: these modules are imported afresh, as a page without rules has them.
let ruleLanguage: typeof import('../../../../components/widgets/lib/rule-language.ts').ruleLanguage;
let buildTrainerSetup: typeof import('../../../../components/widgets/Trainer/model.ts').buildTrainerSetup;
let ruleLrs: typeof import('../../../../components/widgets/Trainer/racers.ts').ruleLrs;
let rule: typeof import('../../../../src/engine/rule/index.ts');
beforeAll(async () => {
  vi.resetModules();
  ({ ruleLanguage } = await import('../../../../components/widgets/lib/rule-language.ts'));
  ({ buildTrainerSetup } = await import('../../../../components/widgets/Trainer/model.ts'));
  ({ ruleLrs } = await import('../../../../components/widgets/Trainer/racers.ts'));
  rule = await import('../../../../src/engine/rule/index.ts');
});

describe('ruleLanguage', () => {
  const signSgd = {
    key: 'rule',
    label: 'signSGD',
    source: 'param lr = 0.01 in [1e-5, 10]\nw = w - lr * sign(g)',
    params: {},
  };
  const config = {
    dataset: 'moons' as const,
    hidden: [4],
    activation: 'tanh' as const,
    selected: ['sgd' as const],
    settings: defaultSettings(trainerLrs),
    batchSize: 10,
    seed: 1,
  };

  it('is asked for only when a rule runs: widgets without rules work before it is loaded', () => {
    expect(() => ruleLanguage()).toThrow(/with-rules/);
    expect(ruleLrs([], { min: 1e-4, max: 1 })).toEqual([]);
    expect(buildTrainerSetup(config).keys).toEqual(['sgd']);
    expect(() => buildTrainerSetup({ ...config, rules: [signSgd] })).toThrow(/with-rules/);
  });

  it('is the rule package once with-rules.ts is imported', async () => {
    await import('../../../../components/widgets/lib/with-rules.ts');
    expect(ruleLanguage().prepareRule).toBe(rule.prepareRule);
    expect(ruleLanguage().checkRule).toBe(rule.checkRule);
    expect(ruleLanguage().createRuleOptimizer).toBe(rule.createRuleOptimizer);
    expect(buildTrainerSetup({ ...config, rules: [signSgd] }).keys).toEqual(['sgd', 'rule']);
  });
});
