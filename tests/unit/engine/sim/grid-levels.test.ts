import { describe, expect, it } from 'vitest';
import { evenLevels, sampleField, shadeValues } from '../../../../src/engine/sim/index.ts';

describe('evenLevels', () => {
  it('spaces count levels strictly between the lowest and highest value, skipping NaN', () => {
    expect(evenLevels([NaN, 2, 10, 6, NaN], 3)).toEqual([4, 6, 8]);
  });

  it('gives no level for flat or missing values, and refuses a bad count', () => {
    expect(evenLevels([3, 3, 3], 5)).toEqual([]);
    expect(evenLevels([NaN, NaN], 5)).toEqual([]);
    expect(() => evenLevels([1, 2], 0)).toThrow(RangeError);
  });

  it('gives contour levels inside a shaded field', () => {
    const field = sampleField((w) => w[0]! ** 2 + w[1]! ** 2, { x: [-1, 1], y: [-1, 1] }, 10, 10);
    const shade = shadeValues(field);
    const levels = evenLevels(shade, 15);
    expect(levels).toHaveLength(15);
    expect(Math.min(...shade)).toBeLessThan(levels[0]!);
    expect(levels[14]!).toBeLessThan(Math.max(...shade));
  });
});
