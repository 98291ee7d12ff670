import { describe, expect, it } from 'vitest';
import { createRecentMemo } from '../../../../components/widgets/lib/recent-memo.ts';

describe('createRecentMemo', () => {
  it('computes once per set of dependencies among the last few, compared with Object.is', () => {
    const memo = createRecentMemo<string>(2);
    const a = { id: 'a' };
    const b = { id: 'b' };
    let runs = 0;
    const value = (o: { id: string }, n: number) => memo(() => `${o.id}${n}${++runs}`, [o, n]);
    expect(value(a, 1)).toBe('a11');
    expect(value(b, 1)).toBe('b12');
    // Back to the first: kept.
    expect(value(a, 1)).toBe('a11');
    // An equal object is another dependency.
    expect(value({ id: 'a' }, 1)).toBe('a13');
    // Two are kept: the least recently used (b) went.
    expect(value(a, 1)).toBe('a11');
    expect(value(b, 1)).toBe('b14');
    expect(runs).toBe(4);
    expect(value(a, NaN)).toBe('aNaN5');
    expect(value(a, NaN)).toBe('aNaN5');
  });

  it('refuses to keep nothing', () => {
    expect(() => createRecentMemo(0)).toThrow(RangeError);
  });
});
