import { describe, expect, it } from 'vitest';
import { problems } from '../../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';
import {
  boundSentence,
  regimeBands,
  regimeWords,
  regimeWordsOf,
  stabilityOf,
} from '../../../../components/widgets/lib/stability.ts';

describe('stabilityOf', () => {
  it('names the regimes of L = w² (λ = 2, bound 1)', () => {
    expect(stabilityOf(0.05, [2]).regime).toBe('slow');
    expect(stabilityOf(0.3, [2]).regime).toBe('good');
    expect(stabilityOf(0.8, [2]).regime).toBe('oscillating');
    expect(stabilityOf(1, [2]).regime).toBe('edge');
    expect(stabilityOf(1.2, [2]).regime).toBe('diverging');
    expect(stabilityOf(0.3, [2]).bound).toBe(1);
    expect(stabilityOf(0.3, [2]).rate).toBeCloseTo(0.4, 12);
    expect(stabilityOf(0.5, [2]).stepsToHundredth).toBe(1);
  });

  it('on the ill-conditioned bowl the bound is 2/20 and the slow direction sets the pace', () => {
    const s = stabilityOf(0.09, problems.illConditioned.hessianEigenvalues!);
    expect(s.bound).toBeCloseTo(0.1, 12);
    expect(s.regime).toBe('oscillating');
    expect(s.rate).toBeCloseTo(0.91, 12); // max(|1 - 0.09|, |1 - 1.8|)
    expect(stabilityOf(0.12, [1, 20]).regime).toBe('diverging');
  });

  it('agrees with the engine: below the bound the run converges, above it diverges', () => {
    const p = problems.illConditioned;
    for (const lr of [0.02, 0.06, 0.099, 0.101, 0.15]) {
      const run = runOnProblem(p, { name: 'sgd', lr }, { steps: 2000 });
      const converged = run.diverged === null && run.losses[run.steps]! < 1e-6;
      expect(converged).toBe(stabilityOf(lr, p.hessianEigenvalues!).regime !== 'diverging');
    }
  });

  it('predicts the steps to shrink the error 100×', () => {
    const lr = 0.3;
    const s = stabilityOf(lr, [2]);
    const run = runOnProblem(problems.quadratic1d, { name: 'sgd', lr }, { steps: 50, start: [1] });
    expect(Math.abs(run.points[s.stepsToHundredth]!)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(run.points[s.stepsToHundredth - 1]!)).toBeGreaterThan(0.01);
  });
});

describe('regimeBands', () => {
  it('cuts the learning-rate range at 0.25, 1 and 2 over λ_max, clipped', () => {
    expect(regimeBands([1, 20], [0.001, 0.3])).toEqual([
      { regime: 'slow', from: 0.001, to: 0.0125 },
      { regime: 'good', from: 0.0125, to: 0.05 },
      { regime: 'oscillating', from: 0.05, to: 0.1 },
      { regime: 'diverging', from: 0.1, to: 0.3 },
    ]);
    expect(regimeBands([2], [0.6, 0.9]).map((b) => b.regime)).toEqual(['oscillating']);
  });
});

describe('boundSentence', () => {
  it('states the comparison with 2/λmax', async () => {
    const { boundSentence } = await import('../../../../components/widgets/lib/stability.ts');
    expect(boundSentence(0.12, [1, 20])).toBe('α = 0.12 > 2/λmax = 0.1: diverges');
    expect(boundSentence(0.05, [1, 20])).toBe('α = 0.05 < 2/λmax = 0.1: good');
    expect(boundSentence(0.005, [400], 'λ')).toBe('α = 0.005 = 2/λ = 0.005: on the edge: bounces forever');
  });
});

describe('decadeTicks', () => {
  it('lists the powers of ten inside the range, thinned to at most max', async () => {
    const { decadeTicks } = await import('../../../../components/widgets/lib/ticks.ts');
    expect(decadeTicks([0.001, 0.3])).toEqual([0.001, 0.01, 0.1]);
    expect(decadeTicks([2.5, 0, -1, 1e-12], 4)).toEqual([1e-12, 1e-8, 1e-4, 1]);
    expect(decadeTicks([2, 3])).toEqual([]);
    expect(decadeTicks([])).toEqual([]);
  });
});

describe('the stability bound per language', () => {
  it('the stability bound', () => {
    expect(regimeWordsOf()).toBe(regimeWords);
    expect(boundSentence(0.12, [1, 20], 'λmax', 'en')).toBe('α = 0.12 > 2/λmax = 0.1: diverges');
    expect(boundSentence(0.12, [1, 20], 'λmax', 'zh-cn')).toBe('α = 0.12 > 2/λmax = 0.1：发散');
    expect(boundSentence(0.05, [1, 20], 'λmax', 'zh-cn')).toBe('α = 0.05 < 2/λmax = 0.1：收敛良好');
  });
});

describe('boundSentence follows |1 − αλ| (issue #22, point 7)', () => {
  it('α 0.1 and 0.9 on λ 2 have the same |factor| 0.8: both are called slow', async () => {
    const { boundSentence } = await import('../../../../components/widgets/lib/stability.ts');
    expect(boundSentence(0.1, [2], 'λ')).toBe('α = 0.1 < 2/λ = 1: slow');
    expect(boundSentence(0.9, [2], 'λ')).toBe('α = 0.9 < 2/λ = 1: oscillates, converges slowly');
    expect(boundSentence(0.7, [2], 'λ')).toBe('α = 0.7 < 2/λ = 1: oscillates but converges');
    expect(boundSentence(0.9, [2], 'λ', 'zh-cn')).toBe('α = 0.9 < 2/λ = 1：振荡，收敛很慢');
  });
  it('just past the valley’s bound the sentence says how slowly it diverges; 0.1 itself is the edge', async () => {
    const { boundSentence } = await import('../../../../components/widgets/lib/stability.ts');
    const { logPosition, logValue } = await import('../../../../components/widgets/lib/log-slider.ts');
    // The valley's slider (0.001 to 0.3): the position after 0.1.
    const above = logValue(logPosition(0.1, 0.001, 0.3) + 1, 0.001, 0.3);
    expect(above).toBe(0.1015);
    expect(boundSentence(above, [1, 20])).toBe(
      'α = 0.102 > 2/λmax = 0.1: diverges slowly: the swing grows 1.03-fold a step',
    );
    expect(boundSentence(0.1, [1, 20])).toBe('α = 0.1 = 2/λmax = 0.1: on the edge: bounces forever');
    expect(boundSentence(above, [1, 20], 'λmax', 'zh-cn')).toBe(
      'α = 0.102 > 2/λmax = 0.1：缓慢发散：每步摆幅放大到 1.03 倍',
    );
    expect(boundSentence(0.12, [1, 20])).toBe('α = 0.12 > 2/λmax = 0.1: diverges');
  });
});
