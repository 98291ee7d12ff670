import type { Curve } from '../../../src/engine/problems/index.ts';
import type { RunResult } from '../../../src/engine/sim/index.ts';
import { basinOf } from '../../../src/engine/sim/index.ts';
import { fmt } from '../lib/format.ts';
import type { Specs } from '../lib/url-state.ts';
import type { Locale } from '../../../src/i18n/locales.ts';

export const momentumEscapeSpecs = (steps: number) =>
  ({
    lr: { kind: 'number', default: 0.02, min: 0.001, max: 0.1 },
    mu: { kind: 'number', default: 0.9, min: 0, max: 0.99 },
    step: { kind: 'number', default: 0, min: 0, max: steps, integer: true },
  }) satisfies Specs;

export interface Arrow {
  k: number;
  x1: number;
  x2: number;
  y: number;
}

/**
 * The velocity of each step up to `shown`, as a horizontal arrow from w_{k-1} to w_k = w_{k-1} - v_k,
 * drawn at the height of the curve where the step starts (1-D runs: one number per point).
 */
export function stepArrows(run: RunResult, shown: number): Arrow[] {
  const arrows: Arrow[] = [];
  for (let k = 1; k <= Math.min(shown, run.steps); k++) {
    arrows.push({ k, x1: run.points[k - 1]!, x2: run.points[k]!, y: run.losses[k - 1]! });
  }
  return arrows;
}

const outcomeWords = {
  en: {
    moving: (w: string) => `is still moving at w = ${w}`,
    deeper: 'the deeper minimum',
    shallow: 'the shallow minimum',
    cameBack: (where: string, at: string) => `crossed the hump, overshot, and came back to ${where} at ${at}`,
    settles: (where: string, at: string) => `settles in ${where} at ${at}`,
  },
  'zh-cn': {
    moving: (w: string) => `还在移动，当前位于 w = ${w}`,
    deeper: '较深的极小值',
    shallow: '较浅的极小值',
    cameBack: (where: string, at: string) => `越过了山丘，冲过头后又回到了${where} ${at} 处`,
    settles: (where: string, at: string) => `停在${where} ${at} 处`,
  },
} satisfies Record<Locale, unknown>;

/**
 * Where a 1-D run ends up, in words (in `locale`): which minimum, and whether it crossed the hump
 * at `hump` on the way. The words follow the runner's name: "GD settles in ...".
 */
export function outcome(curve: Curve, run: RunResult, hump: number, locale: Locale = 'en'): { kind: 'global' | 'local' | 'none'; words: string } {
  const t = outcomeWords[locale];
  const end = run.points[run.steps]!;
  const basin = basinOf(curve, [end]);
  let crossed = false;
  const startSide = Math.sign(run.points[0]! - hump);
  for (let k = 1; k <= run.steps; k++) if (Math.sign(run.points[k]! - hump) !== startSide) crossed = true;
  if (basin === null || basin.distance > 0.15) {
    return { kind: 'none', words: t.moving(fmt(end)) };
  }
  const where = basin.minimum.kind === 'global' ? t.deeper : t.shallow;
  const at = `w = ${fmt(basin.minimum.point[0])}`;
  if (basin.minimum.kind === 'local' && crossed) {
    return { kind: 'local', words: t.cameBack(where, at) };
  }
  return { kind: basin.minimum.kind, words: t.settles(where, at) };
}
