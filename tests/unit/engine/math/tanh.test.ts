import { describe, expect, it } from 'vitest';
import { tanh, tanhInPlace } from '../../../../src/engine/math/index.ts';
import { aroundAll, mismatches, NONE, randomArguments, SPECIALS, tinyArguments } from './sweep.ts';

/** tanhInPlace over a copy: the loop the MLP runs, element by element. */
function inPlace(xs: Float64Array): (x: number) => number {
  const ys = Float64Array.from(xs);
  tanhInPlace(ys, ys.length);
  const at = new Map<number, number>();
  // Object.is keys: NaN and -0 map to themselves in a Map (SameValueZero joins ±0, checked apart below).
  xs.forEach((x, i) => at.set(x, ys[i]!));
  return (x) => at.get(x)!;
}

describe('tanh (fdlibm, as Node runs Math.tanh)', () => {
  it('equals Math.tanh on the special values, subnormal and random arguments, one by one and in place', () => {
    expect(mismatches(tanh, Math.tanh, SPECIALS)).toEqual(NONE);
    expect(Object.is(tanh(-0), -0)).toBe(true);
    const tiny = tinyArguments(13, 1 << 14, 0x3e400000);
    expect(mismatches(tanh, Math.tanh, tiny)).toEqual(NONE);
    const xs = randomArguments(14, 1 << 17, -60, 6, 25);
    expect(mismatches(tanh, Math.tanh, xs)).toEqual(NONE);
    expect(
      mismatches(
        inPlace(xs),
        Math.tanh,
        xs.filter((x) => x !== 0),
      ),
    ).toEqual(NONE);
  });

  it('equals Math.tanh within 2000 ulps of every threshold of its code', () => {
    const ln2 = Math.LN2;
    const thresholds = [2 ** -1074, 2 ** -1022, 2 ** -55, 2 ** -54, 2 ** -28, 2 ** -27, 1, 22, 19.4, 2 ** -0.5];
    // Where expm1's reduction changes (|2x| at 0.5 ln2 and 1.5 ln2) and where its k steps (2x = (k + 1/2) ln2).
    thresholds.push(0.25 * ln2, 0.75 * ln2);
    for (let k = -3; k <= 64; k++) thresholds.push(((Math.abs(k) + 0.5) * ln2) / 2);
    expect(mismatches(tanh, Math.tanh, aroundAll(thresholds))).toEqual(NONE);
  });
});
