import { describe, expect, it } from 'vitest';
import { log, log10, log1p } from '../../../../src/engine/math/index.ts';
import { aroundAll, fromHigh, mismatches, NONE, randomArguments, SPECIALS, tinyArguments } from './sweep.ts';

/** 2^k and sqrt(2) 2^k: where log's k and its normalisation change. */
const octaves = (from: number, to: number) => {
  const out: number[] = [];
  for (let k = from; k <= to; k++) out.push(2 ** k, Math.SQRT2 * 2 ** k);
  return out;
};
// In [1, 2): where log's |f| < 2^-20 shortcut ends and its two polynomial forms meet.
const inOctave = [1 + 2 ** -20, 2 - 2 ** -20, 1 + 0x6147a / 2 ** 20, 1 + 0x6b851 / 2 ** 20, 1 + 0x95f64 / 2 ** 20];

describe('log (fdlibm, as Node runs Math.log)', () => {
  it('equals Math.log on the special values, subnormal and random arguments', () => {
    expect(mismatches(log, Math.log, SPECIALS)).toEqual(NONE);
    expect(mismatches(log, Math.log, tinyArguments(5, 1 << 14, 0x00100000))).toEqual(NONE);
    expect(mismatches(log, Math.log, randomArguments(6, 1 << 17, -1074, 1023, 4))).toEqual(NONE);
  });

  it('equals Math.log within 2000 ulps of every threshold of its code', () => {
    const thresholds = [...octaves(-1074, 1023).filter((_, i) => i % 37 === 0), ...octaves(-3, 3), ...inOctave];
    expect(mismatches(log, Math.log, aroundAll(thresholds))).toEqual(NONE);
  });
});

describe('log1p (fdlibm, as Node runs Math.log1p)', () => {
  it('equals Math.log1p on the special values, subnormal and random arguments', () => {
    expect(mismatches(log1p, Math.log1p, SPECIALS)).toEqual(NONE);
    expect(mismatches(log1p, Math.log1p, tinyArguments(7, 1 << 14, 0x3e300000))).toEqual(NONE);
    expect(mismatches(log1p, Math.log1p, randomArguments(8, 1 << 17, -60, 60, 1))).toEqual(NONE);
  });

  it('equals Math.log1p within 2000 ulps of every threshold of its code', () => {
    const thresholds = [fromHigh(0x3fda827a), fromHigh(0xbfd2bec3 | 0), fromHigh(0xbfd2bec4 | 0), fromHigh(0x3e200000)];
    thresholds.push(fromHigh(0x3c900000), 1, 2 ** 53, Math.SQRT2 - 1, Math.SQRT2 * 2 - 1, 0x6a09e / 2 ** 20);
    thresholds.push(...octaves(-2, 60).map((x) => x - 1));
    expect(mismatches(log1p, Math.log1p, aroundAll(thresholds))).toEqual(NONE);
  });
});

describe('log10 (fdlibm, as Node runs Math.log10)', () => {
  it('equals Math.log10 on the special values, subnormal, random arguments and around powers of ten', () => {
    expect(mismatches(log10, Math.log10, SPECIALS)).toEqual(NONE);
    expect(mismatches(log10, Math.log10, tinyArguments(9, 1 << 13, 0x00100000))).toEqual(NONE);
    expect(mismatches(log10, Math.log10, randomArguments(10, 1 << 16, -1074, 1023, 100))).toEqual(NONE);
    const powers = Array.from({ length: 40 }, (_, k) => 10 ** (k - 20));
    expect(mismatches(log10, Math.log10, aroundAll([...powers, ...octaves(-2, 2)], 500))).toEqual(NONE);
  });
});
