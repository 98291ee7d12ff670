import { describe, expect, it } from 'vitest';
import { logTickFormat } from '../../../../components/widgets/lib/log-ticks.ts';

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
