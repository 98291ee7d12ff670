import { describe, expect, it } from 'vitest';
import { containsAll, excerptAround, hanTerms } from '../../../../src/site/search/cjk.ts';

describe('Chinese queries', () => {
  it('finds the Han runs of a query', () => {
    expect(hanTerms('重球')).toEqual(['重球']);
    expect(hanTerms('Adam 偏差修正 bias')).toEqual(['偏差修正']);
    expect(hanTerms('heavy ball')).toEqual([]);
    expect(hanTerms('动量，学习率')).toEqual(['动量', '学习率']);
  });

  it('keeps a page only when it contains each run as written, not its characters apart', () => {
    const momentum = '把它想成一个沿损失曲线滚下去的重球，而不是一个每迈一步都忘掉过去的人。';
    const home = '每个权重各有自己的步长。一个小球滚向碗底。';
    expect(containsAll(momentum, ['重球'])).toBe(true);
    expect(containsAll(home, ['重球'])).toBe(false); // 重 and 球 both there, apart
    expect(containsAll(home, ['权重', '小球'])).toBe(true);
    expect(containsAll('偏差\n修正', ['偏差修正'])).toBe(true); // a line break in the HTML is not a gap
  });

  it('builds the excerpt around the run and marks the whole run', () => {
    const text = `${'前'.repeat(40)}滚下去的重球，而不是${'后'.repeat(80)}`;
    const parts = excerptAround(text, ['重球'], 5, 10);
    expect(parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('')).toBe('…前滚下去的[重球]，而不是后后后后…'); // 5 before, 10 from the run's start
    expect(parts.filter((p) => p.mark)).toEqual([{ text: '重球', mark: true }]);
    // Every occurrence in the passage is marked, the longest term first.
    expect(excerptAround('偏差修正和偏差', ['偏差', '偏差修正'], 0, 20).map((p) => (p.mark ? `[${p.text}]` : p.text)).join('')).toBe(
      '[偏差修正]和[偏差]',
    );
    // Nothing found: the start of the page, unmarked.
    expect(excerptAround('abc', ['重球'])).toEqual([{ text: 'abc', mark: false }]);
  });
});
