import { describe, expect, it } from 'vitest';
import { adaptiveSurfaces, runAdaptive } from '../../../components/widgets/AdaptiveSteps/model.ts';
import { chapterText, occurrences } from './chapter-text.ts';

/** Adagrad's first step has length α in every coordinate: shown by the engine, derived once in the prose. */
const en = chapterText('adagrad');
const zh = chapterText('adagrad', 'zh-cn');

describe('adagrad chapter', () => {
  it('the first step moves x and y by exactly α, though their gradients differ fifteenfold', () => {
    const lr = 0.3;
    const [a] = runAdaptive({
      optimizers: ['adagrad'],
      surface: adaptiveSurfaces.axisValley,
      lr,
      decay: 0.9,
      noise: 0,
      steps: 1,
    });
    const p = a!.points;
    expect(Math.abs(p[2]! - p[0]!)).toBeCloseTo(lr, 9);
    expect(Math.abs(p[3]! - p[1]!)).toBeCloseTo(lr, 9);
    const g = a!.states!.grad!;
    expect(Math.abs(g[1]! / g[0]!)).toBeCloseTo(15, 6);
  });

  it('“exactly α” is said once, where the first step is derived', () => {
    expect(occurrences(en, 'exactly $\\alpha$')).toBe(1);
    expect(en).toContain('exactly $\\alpha$ in every coordinate, whatever the slope');
    expect(occurrences(zh, '恰好移动 $\\alpha$')).toBe(1);
  });
});

describe('adagrad chapter: why the effective step can exceed α (issue #22, point 8)', () => {
  it('x’s first gradient is 0.4, so its effective step starts at α/0.4 = 0.75 at α 0.3, and the text says why', () => {
    const [a] = runAdaptive({
      optimizers: ['adagrad'],
      surface: adaptiveSurfaces.axisValley,
      lr: 0.3,
      decay: 0.9,
      noise: 0,
      steps: 1,
    });
    expect(Math.abs(a!.states!.grad![0]!)).toBeCloseTo(0.4, 9);
    expect(a!.states!.effectiveStep![0]).toBeCloseTo(0.75, 9);
    expect(en).toContain(
      'The effective step is not capped by $\\alpha$: while the gradients so far are small, $\\sqrt{c_t} < 1$',
    );
    expect(en).toContain('(0.75 at $\\alpha = 0.3$)');
    expect(zh).toContain('有效步长并不以 $\\alpha$ 为上限');
    expect(zh).toContain('（$\\alpha = 0.3$ 时为 0.75）');
  });
});

describe('adagrad chapter: the ill-conditioned valley option (issue #22, point 4)', () => {
  const effAt = (surface: keyof typeof adaptiveSurfaces, t: number) => {
    const [a] = runAdaptive({
      optimizers: ['adagrad'],
      surface: adaptiveSurfaces[surface],
      lr: 0.3,
      decay: 0.9,
      noise: 0,
      steps: 300,
    });
    const e = a!.states!.effectiveStep!;
    return { x: e[2 * (t - 1)]!, y: e[2 * (t - 1) + 1]!, loss: a!.losses[300]! };
  };
  it('turned by 45° the two effective steps differ by 1.3 at step 300 (7 on the first valley); the loss is 0.008, not 0.000004', () => {
    const turned = effAt('illConditioned', 300);
    const first = effAt('axisValley', 300);
    expect(turned.y / turned.x).toBeCloseTo(1.3, 1);
    expect(first.x / first.y).toBeCloseTo(7, 0);
    expect(turned.loss).toBeCloseTo(0.008, 3);
    expect(first.loss).toBeCloseTo(0.000004, 6);
    expect(en).toContain(
      'at step 300 the two effective steps differ by a factor of only 1.3 (against 7 on the first valley)',
    );
    expect(en).toContain('The loss after 300 steps is 0.008 instead of 0.000004');
    expect(en).not.toContain('the advantage over plain gradient descent largely disappears');
    expect(en).toContain('the ill-conditioned valley, $\\tfrac{1}{4}(x + y)^2 + 5(x - y)^2$, turned by 45°');
    expect(zh).toContain('两个有效步长只差 1.3 倍（在第一个山谷上差 7 倍）');
    expect(zh).toContain('病态山谷 $\\tfrac{1}{4}(x + y)^2 + 5(x - y)^2$');
  });
});
