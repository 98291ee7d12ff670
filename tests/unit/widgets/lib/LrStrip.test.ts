import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../../components/widgets/lib/LrStrip.tsx';

describe('LrStrip textWidth', () => {
  it('counts a Latin letter as 0.6 em and a CJK character as 1 em', () => {
    expect(textWidth('good', 10)).toBeCloseTo(24);
    expect(textWidth('振荡', 10)).toBeCloseTo(20);
    expect(textWidth('', 11)).toBe(0);
  });

  it('decides which band names fit: at desktop width "good" fits a band of about 60 px, "oscillating" does not', () => {
    expect(textWidth('good', 11) + 6).toBeLessThan(60);
    expect(textWidth('diverges', 11) + 6).toBeLessThan(70);
    expect(textWidth('oscillating', 11) + 6).toBeGreaterThan(60);
  });
});
