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
