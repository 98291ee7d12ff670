import { describe, expect, it } from 'vitest';
import {
  finiteExtent,
  niceCeil,
  niceFloor,
  positiveExtent,
  steppedExtent,
  steppedLogDomain,
  steppedTop,
} from '../../../../components/widgets/lib/stepped-domain.ts';

describe('niceCeil / niceFloor', () => {
  it('round out to 1, 2 or 5 × 10^k, exactly', () => {
    expect([101, 150, 200, 201, 499, 500, 501].map(niceCeil)).toEqual([200, 200, 200, 500, 500, 500, 1000]);
    expect([0.3, 0.07, 1e-7, 3e-7].map(niceCeil)).toEqual([0.5, 0.1, 1e-7, 5e-7]);
    expect([101, 199, 200, 499, 999, 1000].map(niceFloor)).toEqual([100, 100, 200, 200, 500, 1000]);
    expect([0.3, 0.07, 1e-7, 3e-7].map(niceFloor)).toEqual([0.2, 0.05, 1e-7, 2e-7]);
  });

  it('hold at powers of ten that log10 rounds (1000, 1e-3, 1e-15)', () => {
    for (const v of [1000, 1e-3, 1e-15, 1e21]) {
      expect(niceCeil(v)).toBe(v);
      expect(niceFloor(v)).toBe(v);
    }
  });

  it('leave what is not positive and finite alone', () => {
    expect([0, -1, Infinity].map(niceCeil)).toEqual([0, -1, Infinity]);
    expect(Number.isNaN(niceFloor(NaN))).toBe(true);
  });
});

describe('positiveExtent', () => {
  it('keeps what a log axis can place', () => {
    expect(positiveExtent([0, 3, -2, Infinity, 0.5, NaN, 7])).toEqual([0.5, 7]);
    expect(positiveExtent([0, -1, NaN])).toBeNull();
  });
});

describe('steppedLogDomain', () => {
  it('rounds each end out, so that nearby data share one domain', () => {
    expect(steppedLogDomain([0.00023, 10])).toEqual([0.0002, 10]);
    expect(steppedLogDomain([0.00031, 9.2])).toEqual([0.0002, 10]);
    expect(steppedLogDomain([0.00019, 9.2])).toEqual([0.0001, 10]);
    expect(steppedLogDomain([3, 0.4])).toEqual([0.2, 5]);
  });

  it('never collapses to one value', () => {
    expect(steppedLogDomain([1, 1])).toEqual([0.5, 2]);
    expect(steppedLogDomain([0.3, 0.3])).toEqual([0.2, 0.5]);
  });
});

describe('steppedTop', () => {
  it('rounds up to a tenth of the nice value above, exactly', () => {
    expect([0.2179, 0.3122, 0.1961, 0.25, 1.37, 4.01, 7, 0.0123].map(steppedTop)).toEqual([
      0.25, 0.35, 0.2, 0.25, 1.4, 4.5, 7, 0.014,
    ]);
  });

  it('keeps its value across the few percent a slider key moves a top (NesterovCompare: 0.2115 to 0.2276)', () => {
    for (const v of [0.2115, 0.2179, 0.2191, 0.2276]) expect(steppedTop(v)).toBe(0.25);
  });

  it('never leaves more than a quarter of the axis empty, and holds the value', () => {
    for (let v = 1e-3; v < 1e3; v *= 1.037) {
      const top = steppedTop(v);
      expect(top).toBeGreaterThanOrEqual(v);
      expect(v / top).toBeGreaterThan(0.75);
    }
  });

  it('returns what it cannot round as it is', () => {
    expect([0, -1, Infinity].map(steppedTop)).toEqual([0, -1, Infinity]);
    expect(steppedTop(NaN)).toBeNaN();
  });
});

describe('finiteExtent', () => {
  it('spans the finite values of any sign, or is null when there is none', () => {
    expect(finiteExtent([0.5, -2.2, NaN, 1.6, Infinity, -Infinity])).toEqual([-2.2, 1.6]);
    expect(finiteExtent([3])).toEqual([3, 3]);
    expect(finiteExtent([NaN, Infinity])).toBeNull();
    expect(finiteExtent([])).toBeNull();
  });
});

describe('steppedExtent', () => {
  it('moves each end out to a tenth of the nice value above the larger magnitude, exactly', () => {
    expect(steppedExtent([-2.2, 1.6])).toEqual([-2.5, 2]);
    expect(steppedExtent([0.031, 0.94])).toEqual([0, 1]);
    expect(steppedExtent([-0.0123, -0.0041])).toEqual([-0.014, -0.004]);
    expect(steppedExtent([1.6, -2.2]), 'ends in either order').toEqual([-2.5, 2]);
    expect(steppedExtent([-2.5, 2]), 'nice ends stay').toEqual([-2.5, 2]);
  });

  it('keeps its domain across the small drift of a slider key', () => {
    for (const [lo, hi] of [
      [-2.2, 1.61],
      [-2.21, 1.65],
      [-2.3, 1.7],
    ] as const)
      expect(steppedExtent([lo, hi])).toEqual([-2.5, 2]);
  });

  it('holds the values, with at most a unit of room at either end', () => {
    for (let lo = -50; lo < 40; lo += 0.73)
      for (const span of [0.01, 0.4, 3, 17]) {
        const hi = lo + span;
        const [bottom, top] = steppedExtent([lo, hi]);
        const unit = niceCeil(Math.max(Math.abs(lo), Math.abs(hi))) / 10;
        // (to a hair: an end a hair past a whole number of units is that number)
        expect(bottom).toBeLessThanOrEqual(lo + 1e-9 * unit);
        expect(top).toBeGreaterThanOrEqual(hi - 1e-9 * unit);
        expect(lo - bottom).toBeLessThan(unit * (1 + 1e-9));
        expect(top - hi).toBeLessThan(unit * (1 + 1e-9));
      }
  });

  it('widens a single value, and returns ends that are not finite as they are', () => {
    expect(steppedExtent([0, 0])).toEqual([-1, 1]);
    expect(steppedExtent([3, 3])).toEqual([2.5, 3.5]);
    expect(steppedExtent([-Infinity, 1])).toEqual([-Infinity, 1]);
    expect(steppedExtent([0, NaN])[1]).toBeNaN();
  });
});
