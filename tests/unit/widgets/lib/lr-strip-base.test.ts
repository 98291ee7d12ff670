import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import '../../../../components/widgets/lib/ssr-dom.ts';
import { drawLrStripBase, textWidth, type LrStripBase } from '../../../../components/widgets/lib/lr-strip-base.ts';

describe('lr-strip-base textWidth', () => {
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

describe('drawLrStripBase', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const base: LrStripBase = {
    label: 'Learning-rate regimes',
    description: 'Bands.',
    range: [0.0001, 5],
    eigenvalues: [2, 20],
    lambda: 'λmax',
    bandText: { slow: 'slow', good: 'good', oscillating: 'oscillating', edge: 'edge', diverging: 'diverges' },
  };
  const names = (svg: Element) =>
    [...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);

  it('puts the bound 2/λmax where the diverging band starts, and names the bands that fit', () => {
    const wide = drawLrStripBase(base, { document, width: 640, height: 109 });
    // λmax = 20: the bound is 0.1. On the log axis from 1e-4 to 5 between the margins (24 each side):
    const x = 24 + ((640 - 48) * Math.log(0.1 / 1e-4)) / Math.log(5 / 1e-4);
    const rule = wide.querySelector('g[aria-label="rule"] line')!;
    expect(Number(rule.getAttribute('x1'))).toBeCloseTo(x, 0);
    const diverging = [...wide.querySelectorAll('g[aria-label="rect"] rect')].at(-1)!;
    expect(Number(diverging.getAttribute('x'))).toBeCloseTo(x, 0);
    expect(names(wide)).toEqual(['slow', 'good', 'diverges', '2/λmax']);
    // At 240 px "good" (0.6 of 4.7 decades: 25 px) no longer fits, even at the phone's font size.
    expect(names(drawLrStripBase(base, { document, width: 240, height: 41 }))).toEqual(['slow', 'diverges', '2/λmax']);
  });
});
