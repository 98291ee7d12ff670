import { describe, expect, it } from 'vitest';
import { atan } from '../../../../src/engine/math/index.ts';
import { aroundAll, mismatches, NONE, randomArguments, SPECIALS, tinyArguments } from './sweep.ts';

// Where the argument reduction changes interval: 7/16, 11/16, 19/16, 39/16, 2^66, and 2^-27.
const cuts = [7 / 16, 11 / 16, 19 / 16, 39 / 16, 2 ** 66, 2 ** -27];

describe('atan (fdlibm, as Node runs Math.atan)', () => {
  it('equals Math.atan on special, subnormal, random arguments and within 2000 ulps of its thresholds', () => {
    expect(mismatches(atan, Math.atan, SPECIALS)).toEqual(NONE);
    expect(mismatches(atan, Math.atan, tinyArguments(17, 1 << 13, 0x3e500000))).toEqual(NONE);
    expect(mismatches(atan, Math.atan, randomArguments(18, 1 << 17, -60, 70, 5))).toEqual(NONE);
    expect(mismatches(atan, Math.atan, aroundAll(cuts))).toEqual(NONE);
  });
});
