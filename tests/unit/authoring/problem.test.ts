import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance, formatProblems } from '../../../src/authoring/problem.ts';

describe('problem', () => {
  it('measures edit distance', () => {
    expect(editDistance('gradient-decent', 'gradient-descent')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests only a close candidate', () => {
    expect(closest('Trainr', ['Race', 'Trainer', 'Quiz'])).toBe('Trainer');
    expect(closest('learning-rate-warmup', ['learning-rate-warm-up', 'adam'])).toBe('learning-rate-warm-up');
    expect(closest('zz-only-zh', ['introduction'])).toBeUndefined();
    expect(didYouMean('Trainr', ['Trainer'], (c) => `<${c}>`)).toBe(' Did you mean <Trainer>?');
    expect(didYouMean('xyz', ['Trainer'])).toBe('');
  });

  it('formats problems as file:line:column, sorted', () => {
    const text = formatProblems([
      { file: 'b.mdx', line: 1, column: 1, message: 'two' },
      { file: 'a.mdx', line: 9, column: 3, message: 'one' },
      { file: 'a.mdx', line: 2, column: 5, message: 'zero' },
    ]);
    expect(text).toBe('a.mdx:2:5: zero\na.mdx:9:3: one\nb.mdx:1:1: two');
  });
});
