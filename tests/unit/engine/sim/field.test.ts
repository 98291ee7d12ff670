import { describe, expect, it } from 'vitest';
import { rosenbrock } from '../../../../src/engine/problems/index.ts';
import { logSpace, sampleField, shadeValues } from '../../../../src/engine/sim/index.ts';

describe('sampleField', () => {
  it('samples cell centres, row 0 at the lowest y', () => {
    const field = sampleField((w) => w[0]! + 10 * w[1]!, { x: [0, 4], y: [0, 2] }, 4, 2);
    expect(Array.from(field.values)).toEqual([5.5, 6.5, 7.5, 8.5, 15.5, 16.5, 17.5, 18.5]);
    expect(field.min).toBe(5.5);
    expect(field.max).toBe(18.5);
    expect(field.missing).toBe(0);
  });

  it('stores non-finite values as NaN and leaves them out of min and max', () => {
    const field = sampleField((w) => Math.log(w[0]!), { x: [-1, 1], y: [0, 1] }, 2, 2);
    expect(field.missing).toBe(2);
    expect(Number.isNaN(field.values[0])).toBe(true);
    expect(field.min).toBeCloseTo(Math.log(0.5), 12);
  });

  it('matches the surface at a cell centre', () => {
    const field = sampleField(rosenbrock.f, rosenbrock.domain, 40, 40);
    const i = 13;
    const j = 27;
    const x = -2 + (i + 0.5) * 0.1;
    const y = -1 + (j + 0.5) * 0.1;
    expect(field.values[j * 40 + i]).toBeCloseTo((1 - x) ** 2 + 100 * (y - x * x) ** 2, 9);
  });

  it('refuses bad sizes', () => {
    expect(() => sampleField(() => 0, { x: [0, 1], y: [0, 1] }, 1, 5)).toThrow(RangeError);
    expect(() => sampleField(() => 0, { x: [1, 0], y: [0, 1] }, 5, 5)).toThrow(RangeError);
  });
});

describe('shadeValues', () => {
  it('is log10 of the height above the minimum plus a floor', () => {
    const field = sampleField((w) => w[0]!, { x: [0, 1000], y: [0, 1] }, 2, 2); // 250, 750
    const shade = shadeValues(field);
    expect(shade[0]).toBeCloseTo(Math.log10(0.5), 12); // floor = 1e-3 * 500
    expect(shade[1]).toBeCloseTo(Math.log10(500.5), 12);
  });
});

describe('logSpace', () => {
  it('spans the interval evenly in log', () => {
    const lrs = logSpace(1e-3, 1, 4);
    expect(lrs[0]).toBeCloseTo(1e-3, 15);
    expect(lrs[1]).toBeCloseTo(1e-2, 15);
    expect(lrs[3]).toBe(1);
    expect(() => logSpace(0, 1, 3)).toThrow(RangeError);
  });
});
