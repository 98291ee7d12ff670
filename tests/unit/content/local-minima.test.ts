import { describe, expect, it } from 'vitest';
import { escapeStep, escapeSteps, stepsNear } from '../../../components/widgets/SaddleView/model.ts';
import { problems } from '../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../src/engine/sim/index.ts';
import { chapterText } from './chapter-text.ts';

/** The saddle analogy, said the way the Chinese edition says it (issue #18). */
describe('local-minima chapter', () => {
  it('a pass is highest on the road over the range and lowest along the crest', () => {
    const en = chapterText('local-minima');
    expect(en).toContain('On the road that crosses the range, the pass is the highest point of the climb');
    expect(en).toContain('along the crest that joins the two peaks, it is the lowest point');
    expect(en).not.toContain('high along the ridge you walk');
    expect(chapterText('local-minima', 'zh-cn')).toContain(
      '顺着翻山的路看，它是这一路上的最高处；沿着山脊的走向看，它又是整条山脊上的最低处',
    );
  });
});

describe('local-minima chapter: the saddle’s status line against its estimate (issue #22, point 6)', () => {
  // The widget's defaults: α 0.1, start x −1.8, 150 steps, "near" = within 0.1 of the saddle.
  const measure = (epsilon: number) => {
    const run = runOnProblem(problems.saddle, { name: 'sgd', lr: 0.1 }, { steps: 150, start: [-1.8, epsilon] });
    return {
      reached: escapeStep(run.points, 150),
      estimate: escapeSteps(epsilon, 0.1),
      near: stepsNear(run.points, [0, 0], 0.1, 150),
    };
  };
  it('the step at which |y| reaches 0.5 is within a step of the estimate; the plateau count is about 30 fewer', () => {
    expect(measure(1e-3)).toEqual({ reached: 67, estimate: 66, near: 36 });
    expect(measure(1e-6)).toEqual({ reached: 139, estimate: 138, near: 108 });
    // The two parts the plateau count leaves out: x from 1.8 to 0.1 at ×0.8 a step, y from 0.1 to 0.5 at ×1.1.
    expect(Math.round(Math.log(1.8 / 0.1) / -Math.log(0.8))).toBe(13);
    expect(Math.round(Math.log(0.5 / 0.1) / Math.log(1.1))).toBe(17);
    const en = chapterText('local-minima');
    const zh = chapterText('local-minima', 'zh-cn');
    expect(en).toContain('67 against 66 at $\\varepsilon = 10^{-3}$, 139 against 138 at $10^{-6}$');
    expect(en).toContain(
      'about 30 smaller (36 and 108): it leaves out the slide in from the start, about 13 steps, and the climb from $|y| = 0.1$ to 0.5, about 17',
    );
    expect(en).not.toContain('Compare the count in the status line with the estimate');
    expect(zh).toContain('时是 67 对 66，$10^{-6}$ 时是 139 对 138');
    expect(zh).toContain('比估算少大约 30（36 和 108）');
  });
});
