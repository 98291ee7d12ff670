import { describe, expect, it } from 'vitest';
import { exp, expm1 } from '../../../../src/engine/math/index.ts';
import { aroundAll, fromHigh, mismatches, NONE, randomArguments, SPECIALS, tinyArguments } from './sweep.ts';

const LN2 = Math.LN2;
/** Where the reduction's k steps: x = (k + 1/2) ln2, for the k the two functions meet. */
const kSteps = (from: number, to: number, stride: number) => {
  const out: number[] = [];
  for (let k = from; k <= to; k += stride) out.push((k + 0.5) * LN2);
  return out;
};

describe('exp (fdlibm, as Node runs Math.exp)', () => {
  it('equals Math.exp on the special values, subnormal and random arguments', () => {
    expect(mismatches(exp, Math.exp, SPECIALS)).toEqual(NONE);
    expect(mismatches(exp, Math.exp, tinyArguments(3, 1 << 14, 0x3e400000))).toEqual(NONE);
    expect(mismatches(exp, Math.exp, randomArguments(1, 1 << 17, -60, 10, 50))).toEqual(NONE);
  });

  it('equals Math.exp within 2000 ulps of every threshold of its code', () => {
    const thresholds = [1, fromHigh(0x40862e42), 7.09782712893383973096e2, -7.4513321910194110842e2];
    thresholds.push(
      fromHigh(0x3fd62e42),
      fromHigh(0x3ff0a2b2),
      fromHigh(0x3e300000),
      -708.39,
      -1021 * LN2,
      -1022 * LN2,
    );
    thresholds.push(...kSteps(-1076, 1024, 97), ...kSteps(-4, 4, 1));
    expect(mismatches(exp, Math.exp, aroundAll(thresholds))).toEqual(NONE);
  });
});

describe('expm1 (fdlibm, as Node runs Math.expm1)', () => {
  it('equals Math.expm1 on the special values, subnormal and random arguments', () => {
    expect(mismatches(expm1, Math.expm1, SPECIALS)).toEqual(NONE);
    expect(mismatches(expm1, Math.expm1, tinyArguments(4, 1 << 14, 0x3e400000))).toEqual(NONE);
    expect(mismatches(expm1, Math.expm1, randomArguments(2, 1 << 17, -60, 10, 50))).toEqual(NONE);
  });

  it('equals Math.expm1 within 2000 ulps of every threshold of its code', () => {
    const thresholds = [fromHigh(0x4043687a), fromHigh(0x40862e42), 7.09782712893383973096e2, fromHigh(0x3c900000)];
    thresholds.push(fromHigh(0x3fd62e42), fromHigh(0x3ff0a2b2), 0.25, 20 * LN2, 56 * LN2, 57 * LN2);
    thresholds.push(...kSteps(-60, 1024, 23), ...kSteps(-4, 60, 1));
    expect(mismatches(expm1, Math.expm1, aroundAll(thresholds))).toEqual(NONE);
  });
});
