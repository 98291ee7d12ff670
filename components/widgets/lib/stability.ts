/**
 * Which regime a learning rate puts plain gradient descent in on a quadratic, from the Hessian's
 * eigenvalues λᵢ (all > 0). Along each eigenvector the error is multiplied every step by
 * (1 − α·λᵢ), so the run converges exactly when α < 2/λ_max, and the slowest direction sets
 * the pace. Used by the descent widgets' status lines and their learning-rate strip.
 */

import type { Locale } from '../../../src/i18n/locales.ts';
import { fmt } from './format.ts';

export type Regime = 'slow' | 'good' | 'oscillating' | 'edge' | 'diverging';

/** Where the regimes change, as multiples of 1/λ_max: slow below 0.25, good to 1, oscillating to 2. */
export const regimeEdges = Object.freeze({ slow: 0.25, good: 1, oscillating: 2 });

/** Each regime in words, in English (`regimeWordsOf` for other languages). */
export const regimeWords: Readonly<Record<Regime, string>> = Object.freeze({
  slow: 'slow',
  good: 'good',
  oscillating: 'oscillates but converges',
  edge: 'on the edge: bounces forever',
  diverging: 'diverges',
});

const regimeWordsZh: Readonly<Record<Regime, string>> = Object.freeze({
  slow: '收敛很慢',
  good: '收敛良好',
  oscillating: '振荡，但仍收敛',
  edge: '恰在边界上：永远来回弹跳',
  diverging: '发散',
});

/**
 * Two refinements of the words, so that they follow the size of the factor 1 − αλ_max, as the
 * chapter's text does: past 1.75/λ_max the factor is below −0.75, as slow to die out as a rate
 * below 0.25/λ_max ("slow"); just past 2/λ_max the swing grows so slowly that the loss looks
 * level for dozens of steps, so the growth per step is said.
 */
const qualifiedWords = Object.freeze({
  en: {
    oscillatingSlowly: 'oscillates, converges slowly',
    divergingSlowly: (factor: string) => `diverges slowly: the swing grows ${factor}-fold a step`,
  },
  'zh-cn': {
    oscillatingSlowly: '振荡，收敛很慢',
    divergingSlowly: (factor: string) => `缓慢发散：每步摆幅放大到 ${factor} 倍`,
  },
});

/** Below this growth per step a divergence is "slow" (1.05: the swing takes some 14 steps to double). */
const slowGrowth = 1.05;

/** Each regime in words, in `locale`. */
export function regimeWordsOf(locale: Locale = 'en'): Readonly<Record<Regime, string>> {
  return locale === 'zh-cn' ? regimeWordsZh : regimeWords;
}

export interface Stability {
  regime: Regime;
  /** The largest stable learning rate, 2/λ_max. */
  bound: number;
  /** max |1 − α·λᵢ|: the factor by which the error shrinks (< 1) or grows (> 1) per step, in the worst direction. */
  rate: number;
  /** Steps to shrink the error a hundredfold (Infinity if it never does). */
  stepsToHundredth: number;
}

/** The largest stable learning rate on a quadratic with these Hessian eigenvalues: 2/λ_max. */
export const stabilityBound = (eigenvalues: readonly number[]): number => 2 / Math.max(...eigenvalues);

export function stabilityOf(lr: number, eigenvalues: readonly number[]): Stability {
  const lambdaMax = Math.max(...eigenvalues);
  if (!(lambdaMax > 0) || !(lr > 0)) throw new RangeError('need lr > 0 and a positive eigenvalue');
  const bound = stabilityBound(eigenvalues);
  const rate = Math.max(...eigenvalues.map((l) => Math.abs(1 - lr * l)));
  const x = lr * lambdaMax;
  const regime: Regime =
    Math.abs(x - regimeEdges.oscillating) < 1e-9
      ? 'edge'
      : x > regimeEdges.oscillating
        ? 'diverging'
        : x > regimeEdges.good
          ? 'oscillating'
          : x >= regimeEdges.slow
            ? 'good'
            : 'slow';
  const stepsToHundredth = rate < 1 ? (rate === 0 ? 1 : Math.ceil(Math.log(100) / -Math.log(rate))) : Infinity;
  return { regime, bound, rate, stepsToHundredth };
}

/** The learning-rate bands of each regime for drawing, clipped to [lo, hi]. */
export function regimeBands(eigenvalues: readonly number[], [lo, hi]: readonly [number, number]): { regime: Regime; from: number; to: number }[] {
  const lambdaMax = Math.max(...eigenvalues);
  const cuts = [lo, regimeEdges.slow / lambdaMax, regimeEdges.good / lambdaMax, regimeEdges.oscillating / lambdaMax, hi];
  const names: Regime[] = ['slow', 'good', 'oscillating', 'diverging'];
  return names
    .map((regime, i) => ({ regime, from: Math.max(lo, Math.min(hi, cuts[i]!)), to: Math.max(lo, Math.min(hi, cuts[i + 1]!)) }))
    .filter((b) => b.to > b.from);
}

/**
 * The comparison with the bound, in words: "α = 0.12 > 2/λmax = 0.1: diverges". `lambda` names
 * the curvature in the text ('λ' for a curve, 'λmax' for a surface). In Chinese the colon is
 * full-width: "α = 0.12 > 2/λmax = 0.1：发散".
 */
export function boundSentence(lr: number, eigenvalues: readonly number[], lambda = 'λmax', locale: Locale = 'en'): string {
  const s = stabilityOf(lr, eigenvalues);
  const relation = s.regime === 'edge' ? '=' : lr > s.bound ? '>' : '<';
  const colon = locale === 'zh-cn' ? '：' : ': ';
  const steepFactor = Math.abs(1 - lr * Math.max(...eigenvalues));
  const q = qualifiedWords[locale];
  const words =
    s.regime === 'oscillating' && steepFactor > 1 - regimeEdges.slow
      ? q.oscillatingSlowly
      : s.regime === 'diverging' && steepFactor < slowGrowth
        ? q.divergingSlowly(fmt(steepFactor))
        : regimeWordsOf(locale)[s.regime];
  return `α = ${fmt(lr)} ${relation} 2/${lambda} = ${fmt(s.bound)}${colon}${words}`;
}
