import { describe, expect, it } from 'vitest';
import {
  ciede2000,
  contrast,
  distance,
  parseHex,
  simulate,
  toLab,
} from '../../../../components/widgets/lib/colour-vision.ts';

describe('colour vision maths', () => {
  it('matches the CIEDE2000 test data of Sharma, Wu & Dalal (2005)', () => {
    const cases: [number[], number[], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[50, 2.5, 0], [50, 3.1736, 0.5854], 1.0],
      [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
    ];
    for (const [a, b, expected] of cases) expect(ciede2000(a as never, b as never)).toBeCloseTo(expected, 3);
  });

  it('turns sRGB white into L* = 100 and black into 0', () => {
    expect(toLab(parseHex('#ffffff'))[0]).toBeCloseTo(100, 2);
    expect(toLab(parseHex('#000'))[0]).toBeCloseTo(0, 5);
  });

  it('leaves greys grey and merges red with green for a protanope (Machado et al. 2009)', () => {
    for (const d of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      const [r, g, b] = simulate(parseHex('#808080'), d);
      expect(Math.abs(r - g) + Math.abs(g - b)).toBeLessThan(0.01);
    }
    expect(distance('#d62728', '#2ca02c')).toBeGreaterThan(60);
    expect(distance('#d62728', '#2ca02c', 'protanopia')).toBeLessThan(25);
  });

  it('gives WCAG contrast ratios: 21 for black on white, 1 for a colour on itself', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#1e5aa5', '#1e5aa5')).toBe(1);
    expect(() => parseHex('blue')).toThrow(RangeError);
  });
});
