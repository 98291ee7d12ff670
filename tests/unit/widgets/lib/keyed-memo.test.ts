import { describe, expect, it } from 'vitest';
import { createKeyedMemo } from '../../../../components/widgets/lib/keyed-memo.ts';

describe('createKeyedMemo', () => {
  it('keeps the last few results of each key apart, by their dependencies', () => {
    const memo = createKeyedMemo<string>(2);
    let runs = 0;
    const value = (key: string, n: number) => memo(key, () => `${key}${n}:${++runs}`, [n]);
    expect(value('adam', 1)).toBe('adam1:1');
    expect(value('sgd', 1)).toBe('sgd1:2');
    // Same key and deps: kept, whatever the other keys did meanwhile.
    expect(value('adam', 1)).toBe('adam1:1');
    expect(value('adam', 2)).toBe('adam2:3');
    expect(value('sgd', 2)).toBe('sgd2:4');
    // Back to the first deps of each key: both kept (two per key).
    expect(value('adam', 1)).toBe('adam1:1');
    expect(value('sgd', 1)).toBe('sgd1:2');
    // A third set of deps pushes out the least recently used of that key only.
    expect(value('adam', 3)).toBe('adam3:5');
    expect(value('adam', 2)).toBe('adam2:6');
    expect(value('sgd', 2)).toBe('sgd2:4');
  });

  it('refuses to keep nothing', () => {
    expect(() => createKeyedMemo(0)).toThrow(RangeError);
  });
});
