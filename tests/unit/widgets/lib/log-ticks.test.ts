import { describe, expect, it } from 'vitest';
import {
  logTickFormat,
  logTickSpacing,
  sparseLogTicks,
  symlogTicks,
} from '../../../../components/widgets/lib/log-ticks.ts';

describe('logTickFormat', () => {
  it('writes plain numbers between 0.001 and 99,999', () => {
    expect(logTickFormat(0.001)).toBe('0.001');
    expect(logTickFormat(0.01)).toBe('0.01');
    expect(logTickFormat(1)).toBe('1');
    expect(logTickFormat(20)).toBe('20');
    expect(logTickFormat(1000)).toBe('1000');
  });
  it('writes powers of ten outside that range, never a long row of zeros', () => {
    expect(logTickFormat(0.0001)).toBe('10⁻⁴');
    expect(logTickFormat(0.000001)).toBe('10⁻⁶');
    expect(logTickFormat(1e-10)).toBe('10⁻¹⁰');
    expect(logTickFormat(1e5)).toBe('10⁵');
    expect(logTickFormat(2e-6)).toBe('2×10⁻⁶');
  });
  it('writes nothing for values a log axis cannot hold', () => {
    expect(logTickFormat(0)).toBe('');
    expect(logTickFormat(Number.NaN)).toBe('');
    expect(logTickFormat(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('sparseLogTicks', () => {
  it('keeps 1, 2 and 5 per decade over at most two decades, never 0.3 beside 0.4 and 0.5', () => {
    expect(sparseLogTicks([0.1, 1])).toEqual([0.1, 0.2, 0.5, 1]);
    expect(sparseLogTicks([0.01, 1])).toEqual([0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]);
  });
  it('keeps the powers of ten alone over more decades', () => {
    expect(sparseLogTicks([1e-4, 10])).toEqual([1e-4, 0.001, 0.01, 0.1, 1, 10]);
  });
  it('keeps every k-th power of ten (1 among them) when they do not fit the height, logTickSpacing px apart', () => {
    // Twenty decades in 160 px: at most 8 labels, so every third power, as 10⁻¹⁵ … 1 … 1000.
    expect(sparseLogTicks([1e-16, 1000], 160)).toEqual([1e-15, 1e-12, 1e-9, 1e-6, 0.001, 1, 1000]);
    expect(sparseLogTicks([1e-16, 1000], 8 * logTickSpacing).length).toBeLessThanOrEqual(8);
    // Room enough: all of them, as without a height.
    expect(sparseLogTicks([1e-4, 10], 6 * logTickSpacing)).toEqual(sparseLogTicks([1e-4, 10]));
    expect(sparseLogTicks([1e-4, 10], 5 * logTickSpacing)).toEqual([1e-4, 0.01, 1]);
    // Two decades keep 1, 2 and 5 whatever the height.
    expect(sparseLogTicks([0.01, 1], 40)).toEqual([0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]);
  });
});

describe('symlogTicks', () => {
  const symlog = (v: number) => Math.sign(v) * Math.log1p(Math.abs(v));
  it('gives 0, then 1, 2 and 5 within one decade, and powers of ten beyond', () => {
    expect(symlogTicks([0, 6])).toEqual([0, 1, 2, 5]);
    expect(symlogTicks([0, 0.4])).toEqual([0, 0.1, 0.2]);
    expect(symlogTicks([0, 3e4])).toEqual([0, 10, 100, 1000, 10000]);
    expect(symlogTicks([0, 300])).toEqual([0, 1, 10, 100]);
    expect(symlogTicks([-50, 50])).toEqual([-10, 0, 10]);
    expect(symlogTicks([3, 40])).toEqual([10]);
    expect(symlogTicks([0, 0])).toEqual([0]);
  });
  it('keeps neighbouring ticks at least a tenth of the axis apart (Plot put 5 and 6 at 8 %)', () => {
    for (let hi = 0.05; hi < 1e7; hi *= 1.37)
      for (const lo of [0, -hi / 3, -hi]) {
        const ticks = symlogTicks([lo, hi]);
        const span = symlog(hi) - symlog(lo);
        for (let i = 1; i < ticks.length; i++)
          expect((symlog(ticks[i]!) - symlog(ticks[i - 1]!)) / span, `[${lo}, ${hi}]`).toBeGreaterThanOrEqual(0.1);
        expect(ticks.length, `[${lo}, ${hi}]`).toBeGreaterThanOrEqual(hi >= 1 ? 2 : 1);
      }
  });
});
