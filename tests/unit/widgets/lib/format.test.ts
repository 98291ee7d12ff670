import { describe, expect, it } from 'vitest';
import { fmt, negligible, powerOfTen, typesetPowers } from '../../../../components/widgets/lib/format.ts';

describe('fmt: numbers for readers', () => {
  it('writes negative numbers with a minus sign, never a hyphen', () => {
    expect(fmt(-0.422)).toBe('−0.422');
    expect(fmt(-1.2)).toBe('−1.2');
    expect(fmt(-2.5e-5)).toBe('−2.5×10⁻⁵');
    expect(fmt(-3.2e7)).toBe('−3.2×10⁷');
    for (const v of [-1e-9, -0.5, -7, -123456]) expect(fmt(v)).not.toContain('-');
  });

  it('reads values too small to matter as "≈ 0", not as a power of ten in the hundreds', () => {
    expect(fmt(-5.93e-222)).toBe('≈ 0');
    expect(fmt(3e-21)).toBe('≈ 0');
    expect(fmt(3.91e-15)).toBe('3.91×10⁻¹⁵'); // a rounding error is still reported
    expect(fmt(negligible / 2)).toBe('≈ 0');
    expect(fmt(1.59e-5)).toBe('1.59×10⁻⁵'); // small but meaningful values keep their digits
    expect(fmt(negligible * 2)).toBe('2×10⁻²⁰');
    expect(fmt(0)).toBe('0');
  });

  it('keeps the usual forms: significant digits, powers of ten for large values, words for non-finite', () => {
    expect(fmt(0.00285)).toBe('0.00285');
    expect(fmt(24.2)).toBe('24.2');
    expect(fmt(1.43, 2)).toBe('1.4');
    expect(fmt(123456)).toBe('1.23×10⁵');
    expect(fmt(99999.7)).toBe('1×10⁵'); // rounding up to the next power keeps the same style
    expect(fmt(Number.NaN)).toBe('not defined');
    expect(fmt(Infinity)).toBe('too large to show');
  });
});

describe('powers of ten in sentences', () => {
  it('typesets the limits a divergence message names', () => {
    expect(powerOfTen(1e12)).toBe('10¹²');
    expect(powerOfTen(-1e12)).toBe('−10¹²');
    expect(typesetPowers('The loss exceeded 1e12 at step 3: too large.')).toBe(
      'The loss exceeded 10¹² at step 3: too large.',
    );
    expect(typesetPowers('The loss fell below -1e12 at step 4.')).toBe('The loss fell below −10¹² at step 4.');
    expect(typesetPowers('A parameter exceeded 1e8 in size')).toBe('A parameter exceeded 10⁸ in size');
    expect(typesetPowers('lr 0.1e3, w1e8, step 12')).toBe('lr 0.1e3, w1e8, step 12');
  });
});
