import { describe, expect, it } from 'vitest';
import { divergenceText } from '../../../../components/widgets/lib/i18n.tsx';
import { typesetPowers } from '../../../../components/widgets/lib/format.ts';
import { explainDivergence, type RunDivergenceKind } from '../../../../src/engine/sim/run.ts';
import { rosenbrock } from '../../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';
import { locales } from '../../../../src/i18n/locales.ts';

const kinds: RunDivergenceKind[] = ['non-finite gradient', 'weight too large', 'non-finite weight', 'non-finite loss', 'loss too large', 'loss unbounded below'];

describe('widget divergence messages', () => {
  it('English is the engine’s own sentence with its powers of ten typeset, for every kind', () => {
    for (const kind of kinds) expect(divergenceText('en').run({ kind, step: 7 })).toBe(typesetPowers(explainDivergence(kind, 7)));
    expect(divergenceText('en').run({ kind: 'weight too large', step: 7 })).toBe('A parameter exceeded 10⁸ in size at step 7: the learning rate is too large for this surface.');
    const run = runOnProblem(rosenbrock, { name: 'sgd', lr: 10 }, { steps: 100 });
    expect(run.diverged).not.toBeNull();
    expect(divergenceText('en').run(run.diverged!)).toBe(typesetPowers(run.diverged!.reason));
  });

  it('every language has a distinct sentence naming the step, for every kind', () => {
    for (const locale of locales) {
      const texts = kinds.map((kind) => divergenceText(locale).run({ kind, step: 42 }));
      expect(new Set(texts).size).toBe(kinds.length);
      for (const text of texts) expect(text).toContain('42');
    }
    expect(divergenceText('zh-cn').run({ kind: 'loss too large', step: 3 })).toMatch(/^第 3 步时损失超过了 10¹²/);
  });

  it('trainer divergences read the same in English as the trainer’s reason, with 10¹² for 1e12', () => {
    expect(divergenceText('en').train({ kind: 'loss too large', step: 5 })).toBe(
      'The loss exceeded 10¹² at step 5: the learning rate is too large for this network.',
    );
    expect(divergenceText('zh-cn').train({ kind: 'weight too large', step: 0 })).toContain('初始权重');
  });
});
