import { describe, expect, it } from 'vitest';
import { ruleLanguage } from '../../../../components/widgets/lib/rule-language.ts';
import { buildTrainerSetup, trainerLrs } from '../../../../components/widgets/Trainer/model.ts';
import { ruleLrs } from '../../../../components/widgets/Trainer/racers.ts';
import { defaultSettings } from '../../../../components/widgets/lib/optimizer-settings.ts';
import * as rule from '../../../../src/engine/rule/index.ts';

// Vitest runs each file in a module graph of its own: nothing here has imported with-rules.ts yet.
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
