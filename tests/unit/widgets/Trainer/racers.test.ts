import { describe, expect, it } from 'vitest';
// The rule racers run in the island that loads the rule language (lib/rule-language.ts).
import '../../../../components/widgets/lib/with-rules.ts';
import { optimizerTitles } from '../../../../src/engine/optim/index.ts';
import { series } from '../../../../components/widgets/lib/palette.ts';
import { defaultSettings } from '../../../../components/widgets/lib/optimizer-settings.ts';
import { buildTrainerSetup, trainerLrs, trainerStatus } from '../../../../components/widgets/Trainer/model.ts';
import {
  ruleLrs,
  ruleLrsFromLink,
  ruleLrsToLink,
  trainerLanes,
  trainerRacers,
} from '../../../../components/widgets/Trainer/racers.ts';
import { schema } from '../../../../components/widgets/Trainer/schema.ts';

const sign = 'param lr = 0.01 in [1e-5, 10]\nw = w - lr * sign(g)';

describe('trainerRacers', () => {
  it('keeps optimizers and hyper as they are without racers', () => {
    const props = schema.parse({ optimizers: ['sgd', 'adam'], hyper: { adam: { lr: 0.02 } } });
    expect(trainerRacers(props)).toEqual({
      optimizers: ['sgd', 'adam'],
      hyper: { adam: { lr: 0.02 } },
      rules: [],
      labels: {},
    });
  });

  it('splits racers into built-ins with their settings and labels, and keyed rules', () => {
    const props = schema.parse({
      racers: [
        { optimizer: 'adam', lr: 0.02, label: 'Adam, α = 0.02' },
        { rule: sign, params: { lr: 0.05 } },
        { rule: sign, label: 'signSGD' },
      ],
    });
    expect(trainerRacers(props, (n) => (n === null ? 'mine' : `mine ${n}`))).toEqual({
      optimizers: ['adam'],
      hyper: { adam: { lr: 0.02 } },
      labels: { adam: 'Adam, α = 0.02' },
      rules: [
        { key: 'rule', label: 'mine 1', source: sign, params: { lr: 0.05 } },
        { key: 'rule-2', label: 'signSGD', source: sign, params: {} },
      ],
    });
  });
});

describe('a rule racer in the Trainer', () => {
  const config = {
    dataset: 'moons' as const,
    hidden: [4],
    activation: 'tanh' as const,
    batchSize: 10,
    seed: 1,
    selected: ['sgd', 'adam'] as const,
    settings: defaultSettings(trainerLrs),
  };

  it('trains after the built-ins from the same weights, in a colour of its own', () => {
    const rules = [{ key: 'rule', label: 'signSGD', source: sign, params: {} }];
    const setup = buildTrainerSetup({ ...config, selected: [...config.selected], rules });
    expect(setup.keys).toEqual(['sgd', 'adam', 'rule']);
    const [sgd, , rule] = setup.sideBySide.trainers;
    expect(Array.from(rule!.params)).toEqual(Array.from(sgd!.params));
    setup.sideBySide.run(5);
    expect(rule!.steps).toBe(5);
    const lanes = trainerLanes(setup, optimizerTitles, { adam: 'Adam here' });
    expect(lanes.map((l) => l.label)).toEqual([optimizerTitles.sgd, 'Adam here', 'signSGD']);
    expect(new Set(lanes.map((l) => l.color)).size).toBe(3);
    expect(series).toContain(lanes[2]!.color);
  });

  it('says in the status which line of the rule gave a non-finite value', () => {
    const rules = [
      { key: 'rule', label: 'Broken', source: 'param lr = 0.1\nc = log(0 * g)\nw = w - lr * c', params: {} },
    ];
    const setup = buildTrainerSetup({ ...config, selected: ['sgd'], rules });
    setup.sideBySide.run(3);
    const status = trainerStatus(setup.sideBySide, setup.keys, 21, undefined, undefined, { sgd: 'GD', rule: 'Broken' });
    expect(status).toMatch(
      /^Epoch 0 \(step 3\)\. Loss: GD train [\d.]+, test [\d.]+; Broken stopped at step 1: line 2 gave a non-finite value\.$/,
    );
  });
});

describe('a rule racer’s learning rate, for its slider and the link', () => {
  const rules = [
    { key: 'rule', label: 'signSGD', source: sign, params: { lr: 0.05 } },
    { key: 'rule-2', label: 'no lr', source: 'w = w - 0.1 * g', params: {} },
    { key: 'rule-3', label: 'open', source: 'param lr = 0.2\nw = w - lr * g', params: {} },
  ];
  const lrs = ruleLrs(rules, { min: 1e-4, max: 3 });

  it('is there for the rules that declare lr, over their param range, at the author’s value', () => {
    expect(lrs).toEqual([
      { key: 'rule', label: 'signSGD', min: 1e-5, max: 10, value: 0.05 },
      { key: 'rule-3', label: 'open', min: 1e-4, max: 3, value: 0.2 },
    ]);
  });

  it('travels as rule:rate pairs, and a link keeps only known keys within range', () => {
    expect(ruleLrsToLink({ 'rule-3': 0.5, rule: 0.02 })).toBe('rule:0.02,rule-3:0.5');
    expect(ruleLrsFromLink('rule:0.02,rule-3:0.5', lrs)).toEqual({ value: { rule: 0.02, 'rule-3': 0.5 }, bad: false });
    expect(ruleLrsFromLink('rule:20,rule-2:0.1,rule-3:x,rule-3:', lrs)).toEqual({ value: {}, bad: true });
    expect(ruleLrsFromLink('', lrs)).toEqual({ value: {}, bad: false });
  });
});
