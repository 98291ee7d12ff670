import { describe, expect, it } from 'vitest';
import '../../../../components/widgets/lib/ssr-dom.ts';
import { Plot } from '../../../../components/widgets/lib/plot.ts';
import { scale } from '@observablehq/plot';
import { gridContour } from '../../../../components/widgets/lib/contour.ts';
import { fallbackScales } from '../../../../components/widgets/lib/scales.ts';
import { plotMargins } from '../../../../components/widgets/lib/scales.ts';
import {
  bandColors,
  bandPaths,
  bandTransform,
  divergedColor,
  mapAspect,
  mapMargins,
  traceBands,
  wideScales,
} from '../../../../components/widgets/MomentumRates/heat-bands.ts';
import { heat, heatMap, mapDomain } from '../../../../components/widgets/MomentumRates/model.ts';

const serverDocument = globalThis.__descentServerDocument!;

/** The map as Plot's contour marks drew it before (the widget's former draw), at 640 px. */
function plotBands(kappa: number): { fill: string; points: number[] }[] {
  const map = heatMap(kappa);
  const grid = { width: map.nx, height: map.ny, x1: 0, x2: 4, y1: 0, y2: 1 };
  const svg = Plot.plot({
    document: serverDocument,
    width: 640,
    height: Math.round(640 * mapAspect),
    ...plotMargins(mapMargins),
    x: { domain: [...mapDomain.alpha] },
    y: { domain: [...mapDomain.mu] },
    color: { type: 'linear', scheme: 'viridis', domain: [0, heat.slowest], reverse: true },
    marks: [
      gridContour(map.heat, { ...grid, value: map.heat, thresholds: [...heat.thresholds], fill: 'value' }),
      gridContour(map.values, { ...grid, thresholds: [1], fill: divergedColor }),
    ],
  }) as Element;
  return [...svg.querySelectorAll('[aria-label="contour"] path')].map((path) => ({
    // A constant fill is set on the mark's group.
    fill: path.getAttribute('fill') ?? path.parentElement!.getAttribute('fill')!,
    points: (path.getAttribute('d') ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [],
  }));
}

describe('MomentumRates heat bands', () => {
  it('have the colours of Plot’s reversed viridis scale at each threshold', () => {
    const color = scale({
      color: { type: 'linear', scheme: 'viridis', domain: [0, heat.slowest], reverse: true },
    });
    expect(bandColors).toEqual(heat.thresholds.map((t) => String(color.apply(t))));
  });

  it.each([1, 20, 1000])('trace the same regions as Plot’s contour marks did (κ = %s)', (kappa) => {
    const traced = traceBands(kappa);
    const plot = plotBands(kappa);
    const s = wideScales();
    expect(traced.bands.map((b) => b.fill)).toEqual(plot.map((b) => b.fill));
    traced.bands.forEach((band, i) => {
      // Plot's path is the same rings in pixels, without each ring's closing point.
      const ours = band.rings.flatMap((ring) =>
        ring.slice(0, -1).flatMap(([gx, gy]) => [s.x((4 * gx) / traced.nx), s.y(gy / traced.ny)]),
      );
      expect(ours.length).toBe(plot[i]!.points.length);
      ours.forEach((v, j) => expect(Math.abs(v - plot[i]!.points[j]!)).toBeLessThan(0.002));
    });
  });

  it('write each band as closed, thinned rings, one path per band', () => {
    const paths = bandPaths(traceBands(20));
    expect(paths.map((p) => p.fill)).toEqual([...bandColors, divergedColor]);
    for (const { d } of paths) expect(d === '' || /^(M[^MZ]+Z)+$/.test(d)).toBe(true);
    expect(paths[0]!.d).toMatch(/^M/);
  });

  it('show the wide frame’s paths in another frame by a transform of its plot area', () => {
    expect(bandTransform(wideScales())).toBeUndefined();
    const narrow = fallbackScales(mapDomain.alpha, mapDomain.mu, mapAspect, mapMargins, 'linear', 'linear', 360);
    const wide = wideScales();
    const m = /^matrix\(([^,]+),0,0,([^,]+),([^,]+),([^)]+)\)$/.exec(bandTransform(narrow)!)!;
    const [a, d, e, f] = m.slice(1).map(Number) as [number, number, number, number];
    for (const [alpha, mu] of [
      [0, 0],
      [4, 1],
      [1.5, 0.3],
    ] as const) {
      expect(a * wide.x(alpha) + e).toBeCloseTo(narrow.x(alpha), 2);
      expect(d * wide.y(mu) + f).toBeCloseTo(narrow.y(mu), 2);
    }
  });
});
