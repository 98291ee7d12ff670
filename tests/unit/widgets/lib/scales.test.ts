import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { facetBands, fallbackScales, plotMargins } from '../../../../components/widgets/lib/scales.ts';

// The build's static frame draws paths with fallbackScales before the browser can read the drawn
// figure's scales; both must put a point at the same pixel, so the margins must reach Plot.
const { document } = parseHTML('<!doctype html><html><body></body></html>');
const margins = { top: 22, right: 20, bottom: 30, left: 62 };

describe('plotMargins', () => {
  it('names the margins the way Plot reads them', () => {
    expect(plotMargins(margins)).toEqual({ marginTop: 22, marginRight: 20, marginBottom: 30, marginLeft: 62 });
  });

  for (const [kindX, kindY, domainX, domainY] of [
    ['linear', 'linear', [-2, 3], [-1, 4]],
    ['linear', 'log', [0, 200], [1e-4, 10]],
  ] as const) {
    it(`puts Plot's ${kindX}/${kindY} scales exactly where fallbackScales says`, () => {
      const fallback = fallbackScales(domainX, domainY, 0.5, margins, kindX, kindY);
      const figure = Plot.plot({
        document,
        width: fallback.width,
        height: fallback.height,
        ...plotMargins(margins),
        x: { type: kindX, domain: [...domainX] },
        y: { type: kindY, domain: [...domainY] },
        marks: [Plot.frame()],
      }) as unknown as { scale(name: string): { apply(v: number): number } };
      for (const v of domainX) expect(figure.scale('x').apply(v)).toBeCloseTo(fallback.x(v), 9);
      for (const v of domainY) expect(figure.scale('y').apply(v)).toBeCloseTo(fallback.y(v), 9);
    });
  }

  it('is needed: Plot ignores margins named top, left… and keeps its defaults', () => {
    const fallback = fallbackScales([0, 1], [0, 1], 0.5, margins);
    const figure = Plot.plot({
      document,
      width: fallback.width,
      height: fallback.height,
      ...margins,
      x: { domain: [0, 1] },
      y: { domain: [0, 1] },
      marks: [Plot.frame()],
    }) as unknown as {
      scale(name: string): { apply(v: number): number };
    };
    expect(figure.scale('x').apply(0)).not.toBeCloseTo(fallback.x(0), 3);
  });
});

describe('fallbackScales on a domain with no length', () => {
  const margins = { top: 10, right: 10, bottom: 10, left: 10 };
  it('puts every value mid-range when the domain is one value, never NaN', () => {
    const S = fallbackScales([0, 10], [1e-16, 1e-16], 0.5, margins, 'linear', 'log', 200);
    expect(S.y(1e-16)).toBe(50);
    expect(S.y(5)).toBe(50);
  });

  it('does the same for a log domain from 0, and gives NaN only for a value the scale cannot take', () => {
    const S = fallbackScales([0, 10], [0, 1], 0.5, margins, 'linear', 'log', 200);
    expect(S.y(0.5)).toBe(50);
    expect(S.y(0)).toBeNaN();
    expect(Number.isFinite(S.invertY(40))).toBe(true);
  });
});

describe('facetBands', () => {
  type Band = { apply(v: string): number; bandwidth: number };
  // NesterovCompare's rows at both build frames and at widths the browser draws (rounded or not).
  for (const [height, rows, padding] of <[number, readonly string[], number][]>[
    [544, ['a', 'b'], 0.12],
    [306, ['a', 'b'], 0.12],
    [448, ['a', 'b'], 0.12],
    [1200, ['a', 'b', 'c'], 0.3],
    [2000, ['a', 'b'], 0.01],
    // 40 rows where rounding would waste 33 px: Plot does not round.
    [1015, Array.from({ length: 40 }, (_, i) => `r${i}`), 0.1],
  ]) {
    it(`puts each row where Plot's fy puts it (height ${height}, ${rows.length} rows, padding ${padding})`, () => {
      const m = { top: 24, right: 30, bottom: 40, left: 40 };
      const figure = Plot.plot({
        document,
        width: 640,
        height,
        ...plotMargins(m),
        x: { domain: [0, 1] },
        y: { domain: [0, 1] },
        fy: { domain: [...rows], axis: null, padding },
        marks: [Plot.text([...rows], { fy: (d: string) => d, text: (d: string) => d })],
      }) as unknown as { scale(name: string): Band & { range: [number, number] } };
      const fy = figure.scale('fy');
      const { offsets, bandwidth } = facetBands({ domain: rows, padding }, height, m);
      expect(bandwidth).toBeCloseTo(fy.bandwidth, 9);
      rows.forEach((row, i) => expect(offsets[i]).toBeCloseTo(fy.apply(row), 9));
      // Inside a row, y runs from the row's top margin down by the band's height.
      expect((figure.scale('y') as unknown as { range: [number, number] }).range).toEqual([m.top + bandwidth, m.top]);
    });
  }
});
