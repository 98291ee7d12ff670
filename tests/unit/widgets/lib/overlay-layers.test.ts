import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import '../../../../components/widgets/lib/ssr-dom.ts';
import {
  dotsPath,
  linePath,
  paintOf,
  rulePath,
  type DotsLayer,
} from '../../../../components/widgets/lib/overlay-layers.ts';
import { fallbackScales } from '../../../../components/widgets/lib/scales.ts';
import { thinPath } from '../../../../components/widgets/lib/svg-path.ts';

const document = globalThis.__descentServerDocument!;
const margins = { top: 24, right: 12, bottom: 40, left: 42 };
const domain = { x: [-2, 2] as const, y: [-1, 3] as const };
const aspect = 0.8;
const width = 360;
const height = Math.round(width * aspect);
const scales = fallbackScales(domain.x, domain.y, aspect, margins, 'linear', 'linear', width);

/** The same figure drawn by Plot, as the overlay's marks would have been. */
function plotted(marks: Plot.Markish[]): Element {
  return Plot.plot({
    document,
    width,
    height,
    marginTop: margins.top,
    marginRight: margins.right,
    marginBottom: margins.bottom,
    marginLeft: margins.left,
    x: { domain: [...domain.x] },
    y: { domain: [...domain.y] },
    marks,
  });
}

/** The points of an M/L path, absolute: relative moves (`l`, svg-path's compact thinned form) added up. */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [, command, body] of d.matchAll(/([MLml])([^MLml]*)/g)) {
    const numbers = (body!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? []).map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const last = out.at(-1) ?? [0, 0];
      const relative = command === 'l' || (command === 'm' && i > 0);
      out.push(relative ? [last[0] + numbers[i]!, last[1] + numbers[i + 1]!] : [numbers[i]!, numbers[i + 1]!]);
    }
  }
  return out;
}

/** Within the tenth of a pixel the overlay's paths are written to. */
const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(0.051);

describe('overlay layers', () => {
  it('put a symbol where Plot puts it, at Plot’s size (times and diamond)', () => {
    for (const symbol of ['times', 'diamond'] as const) {
      const layer: DotsLayer = { kind: 'dots', symbol, points: [{ x: 1, y: 2 }], r: 6, stroke: 'red' };
      const figure = plotted([Plot.dot(layer.points, { x: 'x', y: 'y', symbol, r: 6, stroke: 'red' })]);
      const path = figure.querySelector('g[aria-label="dot"] path')!;
      const [tx, ty] = /translate\(([-\d.]+),([-\d.]+)\)/
        .exec(path.getAttribute('transform')!)!
        .slice(1)
        .map(Number) as [number, number];
      const expected = points(path.getAttribute('d')!.replace(/Z$/, '')).map(([x, y]) => [x + tx, y + ty]);
      const ours = points(dotsPath(layer, scales).replace(/Z$/, ''));
      expect(ours).toHaveLength(expected.length);
      ours.forEach((p, i) => {
        near(p[0], expected[i]![0]!);
        near(p[1], expected[i]![1]!);
      });
    }
  });

  it('draw circles centred where Plot’s dots are, one path for all, leaving out points that are not finite', () => {
    const data = [
      { x: -1, y: 0 },
      { x: 0.5, y: 2.5 },
      { x: NaN, y: 1 },
    ];
    const circles = [...plotted([Plot.dot(data, { x: 'x', y: 'y', r: 3, fill: 'blue' })]).querySelectorAll('circle')];
    const d = dotsPath({ kind: 'dots', points: data, r: 3, fill: 'blue' }, scales);
    const starts = [...d.matchAll(/M([-\d.]+),([-\d.]+)a3,3/g)].map((m) => [Number(m[1]) + 3, Number(m[2])]);
    expect(starts).toHaveLength(circles.length);
    circles.forEach((c, i) => {
      near(starts[i]![0]!, Number(c.getAttribute('cx')));
      near(starts[i]![1]!, Number(c.getAttribute('cy')));
    });
  });

  it('draw a line within half a pixel of Plot’s, broken at a point that is not finite', () => {
    const data = Array.from({ length: 50 }, (_, i) => ({ x: -2 + i * 0.08, y: 1 + Math.sin(i / 5) }));
    const plot = plotted([Plot.line(data, { x: 'x', y: 'y' })]).querySelector('g[aria-label="line"] path')!;
    const expected = points(plot.getAttribute('d')!);
    const ours = points(linePath(data, scales));
    // Thinned: fewer points, each on Plot's polyline (its points are the data's, in order).
    expect(ours.length).toBeLessThanOrEqual(expected.length);
    for (const p of ours)
      expect(Math.min(...expected.map((q) => Math.hypot(p[0] - q[0], p[1] - q[1])))).toBeLessThan(0.1);
    near(ours[0]![0], expected[0]![0]);
    near(ours.at(-1)![1], expected.at(-1)![1]);
    const broken = linePath(
      [
        { x: 0, y: 0 },
        { x: 1, y: 1 },
        { x: NaN, y: 1 },
        { x: 1, y: 2 },
        { x: 2, y: 2 },
      ],
      scales,
    );
    expect(broken.match(/M/g)).toHaveLength(2);
    expect(broken).not.toMatch(/NaN/);
  });

  it('run a rule across the plot area', () => {
    expect(
      rulePath({ kind: 'ruleX', x: 0, stroke: 'grey' }, scales, { left: 42, top: 24, right: 348, bottom: 248 }),
    ).toBe(`M${scales.x(0)},24V248`);
    expect(rulePath({ kind: 'ruleX', x: NaN, stroke: 'grey' }, scales, { left: 0, top: 0, right: 1, bottom: 1 })).toBe(
      '',
    );
  });

  it('paint as Plot’s marks do by default', () => {
    expect(paintOf({ kind: 'line', points: [], stroke: 'red' })).toEqual({
      fill: 'none',
      stroke: 'red',
      'stroke-width': 1.5,
      'stroke-linejoin': 'round',
      'stroke-linecap': 'round',
      'stroke-miterlimit': 1,
    });
    expect(paintOf({ kind: 'dots', points: [], r: 2, fill: 'blue' })).toEqual({ fill: 'blue' });
    expect(paintOf({ kind: 'dots', points: [], r: 2, fill: 'blue', fillOpacity: 0.75 })).toEqual({
      fill: 'blue',
      'fill-opacity': 0.75,
    });
    expect(paintOf({ kind: 'dots', points: [], r: 2, stroke: 'red', strokeWidth: 2.5 })).toEqual({
      fill: 'none',
      stroke: 'red',
      'stroke-width': 2.5,
    });
    expect(paintOf({ kind: 'ruleX', x: 1, stroke: 'grey', strokeOpacity: 0.6 })).toEqual({
      fill: 'none',
      stroke: 'grey',
      'stroke-opacity': 0.6,
    });
  });

  it('use the scales of the Plot they are drawn over (log axes too)', () => {
    const log = fallbackScales(
      [1, 300],
      [0.01, 10],
      0.6,
      { top: 24, right: 16, bottom: 40, left: 52 },
      'log',
      'log',
      640,
    );
    const figure = Plot.plot({
      document,
      width: 640,
      height: 384,
      marginTop: 24,
      marginRight: 16,
      marginBottom: 40,
      marginLeft: 52,
      x: { type: 'log', domain: [1, 300] },
      y: { type: 'log', domain: [0.01, 10] },
      marks: [],
    }) as unknown as { scale(name: string): { apply(v: number): number } };
    for (const v of [1, 7, 300]) expect(log.x(v)).toBeCloseTo(figure.scale('x').apply(v), 6);
    for (const v of [0.01, 0.3, 10]) expect(log.y(v)).toBeCloseTo(figure.scale('y').apply(v), 6);
  });
});

// Lines of rows read through accessors (the charts' { t, value } rows), as the charts draw them.
describe('linePath of rows', () => {
  const chartMargins = { top: 24, right: 16, bottom: 40, left: 52 };
  type Row = { t: number; value: number };
  const byT = (r: Row) => r.t;
  const byValue = (r: Row) => r.value;
  // A curve on log/log axes (a straight one would thin to its two ends).
  const rows = Array.from({ length: 200 }, (_, i) => ({ t: i + 1, value: Math.exp(-(i + 1) / 40) + 0.01 }));

  it('draws the line Plot draws on the same scales (log/log), thinned as the build thins a static frame', () => {
    const S = fallbackScales([1, 200], [1e-3, 2], 0.6, chartMargins, 'log', 'log');
    const figure = Plot.plot({
      document,
      width: S.width,
      height: S.height,
      marginTop: chartMargins.top,
      marginRight: chartMargins.right,
      marginBottom: chartMargins.bottom,
      marginLeft: chartMargins.left,
      x: { type: 'log', domain: [1, 200] },
      y: { type: 'log', domain: [1e-3, 2] },
      marks: [Plot.line(rows, { x: 't', y: 'value' })],
    });
    const plotted = figure.querySelector('[aria-label="line"] path')!.getAttribute('d')!;
    const ours = linePath(rows, S, byT, byValue);
    expect(ours).toBe(thinPath(plotted));
    expect(ours.length).toBeLessThan(plotted.length / 4);
  });

  it('breaks the line at a point off the scale (a log scale’s 0), and draws nothing for no rows', () => {
    const S = fallbackScales([0, 10], [1e-2, 1], 0.5, chartMargins, 'linear', 'log');
    const values = [1, 0.1, 0, 0.1, 0.01];
    const d = linePath(
      values.map((value, t) => ({ t, value })),
      S,
      byT,
      byValue,
    );
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(linePath([], S, byT, byValue)).toBe('');
  });
});
