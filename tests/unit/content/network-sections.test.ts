import { describe, expect, it } from 'vitest';
import { inputSteps } from '../../../components/widgets/Trainer/effective-steps.ts';
import { buildTrainerSetup, maxSteps, trainerLrs } from '../../../components/widgets/Trainer/model.ts';
import { schema } from '../../../components/widgets/Trainer/schema.ts';
import { applyHyper, defaultSettings } from '../../../components/widgets/lib/optimizer-settings.ts';
import { chapterText } from './chapter-text.ts';

/**
 * The "network" sections of the Momentum, Nesterov, Adagrad and RMSProp chapters: each chapter
 * holds a `<Trainer>` with exactly the props below (both editions), and every number its prose
 * states is computed here by the Trainer's own setup (buildTrainerSetup) from those props.
 */
type Props = Record<string, unknown>;

/** The tag as the chapters write it: `<Trainer id="..." sizes={[2, 1]} hyper={{ sgd: { lr: 0.5 } }} />`. */
const literal = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(literal).join(', ')}]`
    : typeof v === 'object' && v !== null
      ? `{ ${Object.entries(v)
          .map(([k, x]) => `${k}: ${literal(x)}`)
          .join(', ')} }`
      : JSON.stringify(v);
const tagOf = (props: Props): string =>
  `<Trainer ${Object.entries(props)
    .map(([k, v]) => (typeof v === 'string' ? `${k}="${v}"` : `${k}={${literal(v)}}`))
    .join(' ')} />`;

/** What the widget trains for these props (use-trainer-state.ts's mapping, without a URL). */
function setupOf(props: Props) {
  const p = schema.parse(props);
  return buildTrainerSetup({
    dataset: p.dataset,
    hidden: p.sizes.slice(1, -1),
    activation: p.activation,
    batchSize: p.batchSize,
    seed: p.seed,
    selected: p.optimizers,
    settings: applyHyper(defaultSettings(trainerLrs), p.hyper),
  });
}

type Setup = ReturnType<typeof setupOf>;
const trainLoss = (setup: Setup, i: number): number => setup.sideBySide.trainers[i]!.history.trainLoss.at(-1)!;
const testLoss = (setup: Setup, i: number): number => setup.sideBySide.trainers[i]!.history.testLoss.at(-1)!;
/** How many recorded training losses are higher than the one before. */
const rises = (setup: Setup, i: number): number => {
  const l = setup.sideBySide.trainers[i]!.history.trainLoss;
  return l.filter((v, k) => k > 0 && v > l[k - 1]!).length;
};

function expectBoth(slug: string, props: Props, en: readonly string[], zh: readonly string[]) {
  const tag = tagOf(props);
  const [enText, zhText] = [chapterText(slug), chapterText(slug, 'zh-cn')];
  // A boolean with the sentence as message, so that a failure names the sentence, not the whole chapter.
  for (const s of [tag, ...en]) expect(enText.includes(s), `${slug}.mdx: ${s}`).toBe(true);
  for (const s of [tag, ...zh]) expect(zhText.includes(s), `zh-cn/${slug}.mdx: ${s}`).toBe(true);
}

/** Training points (of those `rows` selects by their y) the network classifies correctly, and how many there are. the network classifies correctly. */
function trainAccuracy(setup: Setup, i: number, rows: (y: number) => boolean = () => true): [number, number] {
  const { train } = setup;
  const t = setup.sideBySide.trainers[i]!;
  const p = t.mlp.predict(t.params, train.X, new Float64Array(train.n));
  let right = 0;
  let all = 0;
  for (let r = 0; r < train.n; r++) {
    if (!rows(train.X[2 * r + 1]!)) continue;
    all++;
    // predict gives the probability of class 1 (the panels shade class 1 where it is >= 0.5).
    if ((p[r]! >= 0.5 ? 1 : 0) === train.Y[r]) right++;
  }
  return [right, all];
}

describe('momentum chapter: circles, full batch, α 0.1', () => {
  const props = {
    id: 'net-momentum',
    dataset: 'circles',
    batchSize: 210,
    optimizers: ['sgd', 'momentum'],
    hyper: { sgd: { lr: 0.1 }, momentum: { lr: 0.1, momentum: 0.9 } },
  };
  it(
    '0.69 (ln 2) at the start; 0.69 and 0.44 after 100 steps, 0.68 and 0.005 after 300; gradient descent 0.10 at 1,000',
    { timeout: 60000 },
    () => {
      const setup = setupOf(props);
      expect(trainLoss(setup, 0)).toBeCloseTo(Math.log(2), 2);
      setup.sideBySide.run(100);
      expect(trainLoss(setup, 0)).toBeCloseTo(0.69, 2);
      expect(trainLoss(setup, 1)).toBeCloseTo(0.44, 2);
      setup.sideBySide.run(200);
      expect(trainLoss(setup, 0)).toBeCloseTo(0.68, 2);
      expect(trainLoss(setup, 1)).toBeCloseTo(0.005, 3);
      expect(trainAccuracy(setup, 1)).toEqual([210, 210]);
      setup.sideBySide.run(700);
      expect(trainLoss(setup, 0)).toBeCloseTo(0.1, 2);
      expectBoth(
        'momentum',
        props,
        [
          'a training loss of 0.69',
          '0.69 after 100 steps, still 0.68 after 300',
          'at 0.44 after 100 steps and 0.005 after 300',
          'reaches 0.10 by step 1,000',
        ],
        [
          '训练损失都是 0.69',
          '100 步后还是 0.69，300 步后仍有 0.68',
          '100 步后降到 0.44，300 步后是 0.005',
          '到第 1000 步才降到 0.10',
        ],
      );
    },
  );
  it('gradient descent at α 1 (a position of the log slider) is at 0.0049 by step 300', { timeout: 60000 }, () => {
    const big = setupOf({ ...props, hyper: { sgd: { lr: 1 }, momentum: props.hyper.momentum } });
    big.sideBySide.run(300);
    expect(trainLoss(big, 0)).toBeCloseTo(0.0049, 4);
    expectBoth('momentum', props, ['at 0.0049 by step 300'], ['第 300 步就到了 0.0049']);
  });
});

describe('nesterov chapter: two moons, full batch, α 0.1, μ 0.99', () => {
  const props = {
    id: 'net-nag',
    dataset: 'moons',
    batchSize: 210,
    optimizers: ['momentum', 'nag'],
    hyper: { momentum: { lr: 0.1, momentum: 0.99 }, nag: { lr: 0.1, momentum: 0.99 } },
  };
  it(
    'training loss rises on 122 of momentum’s first 1,000 steps, on 28 of NAG’s; 0.031 and 0.0035 at 100; test 0.27 and 0.091 at 300',
    { timeout: 60000 },
    () => {
      const setup = setupOf(props);
      setup.sideBySide.run(100);
      expect(trainLoss(setup, 0)).toBeCloseTo(0.031, 3);
      expect(trainLoss(setup, 1)).toBeCloseTo(0.0035, 4);
      expect(Math.round(trainLoss(setup, 0) / trainLoss(setup, 1))).toBe(9);
      setup.sideBySide.run(200);
      expect(testLoss(setup, 0)).toBeCloseTo(0.27, 2);
      expect(testLoss(setup, 1)).toBeCloseTo(0.091, 3);
      setup.sideBySide.run(700);
      expect(rises(setup, 0)).toBe(122);
      expect(rises(setup, 1)).toBe(28);
      expectBoth(
        'nesterov',
        props,
        [
          'goes *up* on 122 steps',
          'on only 28',
          "training loss is 0.031 and NAG's 0.0035, nine times lower",
          "test loss is 0.27 and NAG's 0.091",
        ],
        [
          '有 122 步不降反升',
          '只有 28 步',
          '动量的训练损失是 0.031，NAG 是 0.0035，低了九倍',
          '动量的测试损失是 0.27，NAG 是 0.091',
        ],
      );
    },
  );
  it('μ 0.9: 0.084 and 0.079 after 100 steps', () => {
    const setup = setupOf({
      ...props,
      hyper: { momentum: { lr: 0.1, momentum: 0.9 }, nag: { lr: 0.1, momentum: 0.9 } },
    });
    setup.sideBySide.run(100);
    expect(trainLoss(setup, 0)).toBeCloseTo(0.084, 3);
    expect(trainLoss(setup, 1)).toBeCloseTo(0.079, 3);
    expectBoth('nesterov', props, ['(0.084 and 0.079 after 100 steps)'], ['（100 步后分别是 0.084 和 0.079）']);
  });
});

describe('adagrad chapter: the rare feature, logistic regression, batch 10, α 0.5', () => {
  const props = {
    id: 'net-adagrad',
    dataset: 'sparse',
    sizes: [2, 1],
    optimizers: ['sgd', 'adagrad'],
    hyper: { sgd: { lr: 0.5 }, adagrad: { lr: 0.5 } },
    showSteps: true,
  };
  const rare = (y: number) => y !== 0;
  it('steps, rare points right and losses after 1 and 10 epochs', () => {
    const setup = setupOf(props);
    expect(trainAccuracy(setup, 0, rare)[1]).toBe(12);
    setup.sideBySide.trainers.forEach((t) => t.epoch());
    const [gd, ag] = setup.sideBySide.trainers;
    expect(inputSteps(gd!)).toEqual({ x: 0.5, y: 0.5 });
    expect(inputSteps(ag!)!.x).toBeCloseTo(0.78, 2);
    expect(inputSteps(ag!)!.y).toBeCloseTo(2.1, 1);
    expect(trainAccuracy(setup, 1, rare)).toEqual([9, 12]);
    expect(trainAccuracy(setup, 0, rare)).toEqual([0, 12]);
    expect(trainLoss(setup, 0)).toBeCloseTo(0.43, 2);
    expect(trainLoss(setup, 1)).toBeCloseTo(0.29, 2);
    for (let e = 1; e < 10; e++) setup.sideBySide.trainers.forEach((t) => t.epoch());
    expect(trainAccuracy(setup, 1, rare)).toEqual([12, 12]);
    expect(trainAccuracy(setup, 0, rare)).toEqual([9, 12]);
    expect(inputSteps(ag!)!.x).toBeCloseTo(0.61, 2);
    expect(inputSteps(ag!)!.y).toBeCloseTo(1.13, 2);
    expectBoth(
      'adagrad',
      props,
      [
        'by 0.78 and that of the weight on $y$ by 2.1',
        'puts 9 of the 12 rare points',
        'The training losses are 0.29 for Adagrad and 0.43',
        'By epoch 10 Adagrad has all 12 right, gradient descent 9',
        '(0.61 and 1.13 after 10 epochs)',
        '12 of them in the training set',
      ],
      [
        '梯度乘以 0.78',
        '梯度乘以 2.1',
        '12 个稀有点里有 9 个',
        '分别是 0.29（Adagrad）和 0.43（梯度下降）',
        '到第 10 轮，Adagrad 把 12 个全分对了，梯度下降分对 9 个',
        '（10 轮后分别是 0.61 和 1.13）',
        '训练集里共有 12 个',
      ],
    );
  });
  it('gradient descent at α about 2 (the log slider has 1.995, not 2): 0.24 after one epoch', () => {
    for (const lr of [2, 1.995]) {
      const setup = setupOf({ ...props, hyper: { sgd: { lr }, adagrad: { lr: 0.5 } } });
      setup.sideBySide.trainers.forEach((t) => t.epoch());
      expect(trainLoss(setup, 0)).toBeCloseTo(0.24, 2);
    }
    expectBoth('adagrad', props, ['after one epoch (0.24)'], ['训练一轮后的损失（0.24）']);
  });
});

describe('rmsprop chapter: spirals, batch 10, α 0.01, a long run', () => {
  const props = {
    id: 'net-rmsprop',
    dataset: 'spirals',
    optimizers: ['adagrad', 'rmsprop'],
    hyper: { adagrad: { lr: 0.01 }, rmsprop: { lr: 0.01, decay: 0.99 } },
    showSteps: true,
  };
  it(
    'alike for 100 epochs, then RMSProp 0.052 at epoch 500 and 0.026 at step 20,000; Adagrad 0.667; Adagrad’s step 0.48 → 0.025 → 0.0054',
    { timeout: 60000 },
    () => {
      const setup = setupOf(props);
      const [ag, rm] = setup.sideBySide.trainers;
      expect(maxSteps).toBe(20000);
      setup.sideBySide.run(21);
      expect(inputSteps(ag!)!.x).toBeCloseTo(0.48, 2);
      setup.sideBySide.run(2100 - 21);
      expect(trainLoss(setup, 0)).toBeCloseTo(0.668, 3);
      expect(trainLoss(setup, 1)).toBeCloseTo(0.663, 3);
      expect(inputSteps(ag!)!.x).toBeCloseTo(0.025, 3);
      const nearOne = () => {
        for (const v of Object.values(inputSteps(rm!)!)) {
          expect(v).toBeGreaterThan(0.9);
          expect(v).toBeLessThan(1.4);
        }
      };
      nearOne();
      setup.sideBySide.run(10500 - 2100);
      expect(trainLoss(setup, 1)).toBeCloseTo(0.052, 3);
      expect(trainLoss(setup, 0)).toBeCloseTo(0.667, 3);
      nearOne();
      setup.sideBySide.run(20000 - 10500);
      expect(trainLoss(setup, 1)).toBeCloseTo(0.026, 3);
      expect(trainLoss(setup, 0)).toBeCloseTo(0.667, 3);
      expect(inputSteps(ag!)!.x).toBeCloseTo(0.0054, 4);
      nearOne();
      expectBoth(
        'rmsprop',
        props,
        [
          '(0.668 for Adagrad, 0.663 for RMSProp)',
          'is 0.052 by epoch 500 and 0.026 at step 20,000',
          'Adagrad stays at 0.667',
          'is 0.48 after the first epoch, 0.025 after 100 epochs and 0.0054 at step 20,000',
          'stay near 1 from epoch 100 to the end',
          'stops by itself at step 20,000',
        ],
        [
          '（Adagrad 0.668，RMSProp 0.663）',
          '到第 500 轮，它的训练损失降到 0.052，第 20000 步时是 0.026',
          '一直停在 0.667',
          '第一轮后是 0.48，100 轮后是 0.025，到第 20000 步只剩 0.0054',
          '从第 100 轮到最后，它的有效步长都保持在 1 左右',
          '到第 20000 步会自己停下',
        ],
      );
    },
  );
  it('Adagrad at α 0.1: 0.56 at step 20,000', { timeout: 60000 }, () => {
    const setup = setupOf({ ...props, hyper: { adagrad: { lr: 0.1 }, rmsprop: { lr: 0.01, decay: 0.99 } } });
    setup.sideBySide.trainers[0]!.run(20000);
    expect(trainLoss(setup, 0)).toBeCloseTo(0.56, 2);
    expectBoth('rmsprop', props, ['0.56 at step 20,000'], ['第 20000 步时是 0.56']);
  });
});
