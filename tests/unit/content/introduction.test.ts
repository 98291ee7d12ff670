import { describe, expect, it } from 'vitest';
import { schema } from '../../../components/widgets/GdParabola/schema.ts';
import { fmt } from '../../../components/widgets/lib/format.ts';
import { quadratic1d } from '../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../src/engine/sim/index.ts';
import { chapterText } from './chapter-text.ts';

/** The introduction's "Try this" numbers, run as GdParabola runs them: w² from its starting w₀ for its 40 steps. */
const en = chapterText('introduction');
const zh = chapterText('introduction', 'zh-cn');
const defaults = schema.parse({});
const endAt = (lr: number) => {
  const run = runOnProblem(quadratic1d, { name: 'sgd', lr }, { steps: defaults.steps, start: [defaults.start] });
  return run.points[run.steps]!;
};

describe('introduction chapter: the parabola', () => {
  it('at α 0.01 the run is still at w = 1.11 after 40 steps, where α 0.1 reaches 0.0003', () => {
    expect(defaults).toMatchObject({ start: 2.5, steps: 40, lr: 0.1 });
    expect(fmt(endAt(0.01))).toBe('1.11');
    expect(endAt(0.1).toFixed(4)).toBe('0.0003');
    expect(en).toContain('after 40 steps $w$ is still at 1.11, where $\\alpha = 0.1$ had it at 0.0003');
    expect(zh).toContain('走完 40 步，$w$ 还停在 1.11，而 $\\alpha = 0.1$ 时它已经到了 0.0003');
    expect(en).not.toContain('barely moves');
  });
});
