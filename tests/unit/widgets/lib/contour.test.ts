import { describe, expect, it } from 'vitest';
import { pathPoints } from '../../../../components/widgets/lib/contour.ts';

describe('pathPoints', () => {
  it('takes the first count + 1 points of a flattened path', () => {
    expect(pathPoints([1, 2, 3, 4, 5, 6], 1)).toEqual([
      { k: 0, x: 1, y: 2 },
      { k: 1, x: 3, y: 4 },
    ]);
    expect(pathPoints([1, 2, 3, 4], 10)).toHaveLength(2);
  });
});
