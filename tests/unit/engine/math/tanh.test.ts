import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tanh, tanhInPlace } from '../../../../src/engine/math/index.ts';
import { aroundAll, mismatches, NONE, randomArguments, SPECIALS, tinyArguments } from './sweep.ts';

/** [x, hi, lo]: tanh(x) = hi + lo to about 32 digits (mpmath, tests/golden/tanh.py). */
const reference = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../golden/tanh.json', import.meta.url)), 'utf8'),
) as [number, number, number][];

/** The gap between |y| and the next double away from zero (0 < |y| < 1 here). */
function ulp(y: number): number {
  return 2 ** (Math.floor(Math.log2(Math.abs(y))) - 52);
}

/** tanhInPlace over a copy: the loop the MLP runs, element by element. */
function inPlace(xs: Float64Array): (x: number) => number {
  const ys = Float64Array.from(xs);
  tanhInPlace(ys, ys.length);
  const at = new Map<number, number>();
  // Object.is keys: NaN and -0 map to themselves in a Map (SameValueZero joins ±0, checked apart below).
  xs.forEach((x, i) => at.set(x, ys[i]!));
  return (x) => at.get(x)!;
}

describe('tanh', () => {
  it('is within 1.65 ulp of mpmath on the reference table (fdlibm, as Math.tanh: 2.06)', () => {
    let worst = { x: 0, ulps: 0 };
    for (const [x, hi, lo] of reference) {
      for (const sign of [1, -1]) {
        const ulps = Math.abs((tanh(sign * x) - sign * hi - sign * lo) / ulp(hi));
        if (ulps > worst.ulps) worst = { x: sign * x, ulps };
      }
    }
    expect(worst.ulps).toBeGreaterThan(1); // the table holds the hard cases it was made for
    expect(worst.ulps).toBeLessThanOrEqual(1.65);
  });

  it('gives Math.tanh on the special values, x below 2^-27, and is odd, bounded and monotonic', () => {
    expect(mismatches(tanh, Math.tanh, SPECIALS)).toEqual(NONE);
    expect(Object.is(tanh(-0), -0)).toBe(true);
    // Below 2^-27, tanh x = x - x^3/3 + ... rounds to x (fdlibm is 1 ulp off on some in [2^-28, 2^-27)).
    expect(mismatches(tanh, (x) => x, tinyArguments(13, 1 << 14, 0x3e400000))).toEqual(NONE);
    const xs = randomArguments(14, 1 << 16, -60, 6, 25);
    expect(mismatches(tanh, (x) => -tanh(-x), xs)).toEqual(NONE);
    expect(xs.every((x) => Number.isNaN(x) || Math.abs(tanh(x)) <= 1)).toBe(true);
    // Non-decreasing across both formulas' switch (0.625) and every step of k.
    const switches = [0.625, 22];
    for (let k = 1; k <= 64; k++) switches.push(((k - 0.5) * Math.LN2) / 2);
    const near = aroundAll(switches).sort();
    const values = near.map(tanh);
    expect(values.every((y, i) => i === 0 || y >= values[i - 1]!)).toBe(true);
  });

  it('stays within 4 ulp of Math.tanh on random arguments of every exponent', () => {
    const xs = Array.from(randomArguments(15, 1 << 16, -60, 6, 25)).filter((x) => Number.isFinite(x) && x !== 0);
    const far = xs.filter((x) => Math.abs(tanh(x) - Math.tanh(x)) > 4 * ulp(Math.tanh(x)));
    expect(far).toEqual([]);
  });

  it('tanhInPlace gives what tanh gives, value by value', () => {
    const xs = randomArguments(16, 1 << 14, -60, 6, 25);
    expect(
      mismatches(
        inPlace(xs),
        tanh,
        xs.filter((x) => x !== 0),
      ),
    ).toEqual(NONE);
  });
});
