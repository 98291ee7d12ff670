import { describe, expect, it } from 'vitest';
import { adaptiveSurfaces, runAdaptive } from '../../../components/widgets/AdaptiveSteps/model.ts';
import { optimizerDefaults } from '../../../src/engine/optim/index.ts';
import { chapterText } from './chapter-text.ts';

/** What the RMSProp chapter states after issue #18's corrections (both editions). */
const en = chapterText('rmsprop');
const zh = chapterText('rmsprop', 'zh-cn');

describe('rmsprop chapter', () => {
  it('a squared gradient from k steps ago weighs (1 − γ)γ^k; the weights sum to 1 and fall to ~1/e every 1/(1 − γ) steps', () => {
    for (const gamma of [0.9, 0.99]) {
      let sum = 0;
      for (let k = 0; k < 20000; k++) sum += (1 - gamma) * gamma ** k;
      expect(sum).toBeCloseTo(1, 9);
      expect(gamma ** (1 / (1 - gamma))).toBeGreaterThan(0.3);
      expect(gamma ** (1 / (1 - gamma))).toBeLessThan(1 / Math.E);
    }
    expect(en).toContain(
      'A squared gradient from $k$ steps ago sits in the cache with the factor $(1-\\gamma)\\gamma^k$',
    );
    expect(zh).toContain('$k$ 步之前的梯度平方，在累加器里占的份额是 $(1-\\gamma)\\gamma^k$');
    expect(en).not.toContain('A weight from $k$ steps ago');
  });

  it('the engine uses PyTorch’s γ = 0.99; the lecture and Keras say 0.9; no unsourced reason for 0.99', () => {
    expect(optimizerDefaults.rmsprop.decay).toBe(0.99);
    expect(en).toContain("default of Keras's `RMSprop`");
    expect(en).toContain('`rho = 0.9`');
    expect(zh).toContain('`rho = 0.9`');
    expect(en).not.toContain('one reason PyTorch');
    expect(zh).not.toContain('PyTorch 把默认值定为 0.99 而不是讲义里的 0.9 的原因之一');
  });

  it('the step-size wobble from sampling: 16% at γ 0.9, 5% at 0.99', () => {
    const wobble = (gamma: number) => Math.sqrt((2 * (1 - gamma)) / (1 + gamma)) / 2;
    expect(wobble(0.9)).toBeCloseTo(0.16, 2);
    expect(wobble(0.99)).toBeCloseTo(0.05, 2);
    expect(en).toContain('roughly 16% from one step to the next');
  });

  it('α 0.05, γ 0.9: RMSProp hovers by jumping between +0.025 and −0.025, a move of α each step', () => {
    const [, rm] = runAdaptive({
      optimizers: ['adagrad', 'rmsprop'],
      surface: adaptiveSurfaces.axisValley,
      lr: 0.05,
      decay: 0.9,
      noise: 0,
      steps: 1000,
    });
    for (const axis of [0, 1]) {
      expect(rm!.points[2 * 999 + axis]).toBeCloseTo(0.025, 4);
      expect(rm!.points[2 * 1000 + axis]).toBeCloseTo(-0.025, 4);
      expect(rm!.points[2 * 999 + axis]! - rm!.points[2 * 1000 + axis]!).toBeCloseTo(0.05, 4);
    }
    expect(en).toContain('from $+0.025$ to $-0.025$ and back, a move of exactly $\\alpha$ every step');
    expect(zh).toContain('从 $+0.025$ 跳到 $-0.025$，再跳回来，每步恰好移动 $\\alpha$');
  });

  it('one lecture number, 6e, in both editions', () => {
    for (const text of [en, zh]) {
      expect(text).toMatch(/6e/);
      expect(text).not.toMatch(/6\.5/);
    }
  });
});
