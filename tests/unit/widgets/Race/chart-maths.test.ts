import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../components/widgets/lib/optimizer-settings.ts';
import { plotMargins } from '../../../../components/widgets/lib/scales.ts';
import { raceLrs } from '../../../../components/widgets/Race/model.ts';
import { computeSweep, sweepLrs } from '../../../../components/widgets/Race/sweep.ts';
import { problems } from '../../../../src/engine/problems/index.ts';
import { classicOptimizerNames } from '../../../../src/engine/optim/index.ts';
import {
  chartMargins,
  sweepAspect,
  sweepAxes,
  sweepAxesKey,
  sweepFrameScales,
  sweepLines,
  sweepScalesAt,
  lossDomainY,
  lossPaths,
  lossRange,
  lossValue,
  plotLinePath,
  tick,
  trajectoryPath,
} from '../../../../components/widgets/Race/chart-maths.ts';
import type { RaceRun } from '../../../../components/widgets/Race/model.ts';
import type { RunResult } from '../../../../src/engine/sim/index.ts';

const run = (points: number[], losses: number[]) =>
  ({
    points: Float64Array.from(points),
    losses: Float64Array.from(losses),
    steps: losses.length - 1,
  }) as unknown as RunResult;
const identity = { x: (v: number) => v, y: (v: number) => v };

describe('the loss chart values and axes', () => {
  it('writes ticks short: 10⁻⁴ rather than 1×10⁻⁴, two digits, a true minus sign on the symlog axis', () => {
    expect([1e-4, 1e-3, 0.00316, 1, 10, 2e5, 1e-16].map(tick)).toEqual([
      '10⁻⁴',
      '0.001',
      '0.0032',
      '1',
      '10',
      '2×10⁵',
      '10⁻¹⁶',
    ]);
    expect([0, -0.1, -1000].map(tick)).toEqual(['0', '\u22120.1', '\u22121000']);
  });

  it('plots the gap to a known minimum (at least 1e-16), or the loss itself', () => {
    expect(lossValue(5, 2)).toBe(3);
    expect(lossValue(2, 2)).toBe(1e-16);
    expect(lossValue(-4, null)).toBe(-4);
  });

  it('rounds the y domain out to whole decades', () => {
    const runs: RaceRun[] = [{ name: 'sgd', run: run([0, 0, 0, 0], [30, 0.02]) }];
    expect(lossRange(runs, 0)).toEqual({ lo: 0.02, hi: 30 });
    expect(lossDomainY(lossRange(runs, 0), 0)).toEqual([0.01, 100]);
    // No known minimum: symlog from 0 (or below, for a negative loss) to a decade above the top.
    expect(lossDomainY({ lo: 0.5, hi: 30 }, null)).toEqual([-0.001, 100]);
    expect(lossDomainY({ lo: -20, hi: 30 }, null)).toEqual([-100, 100]);
    // No runs: a default range.
    expect(lossRange([], 0)).toEqual({ lo: 1e-16, hi: 1 });
  });
});

describe('paths', () => {
  it('draws a trajectory up to a step, and no further than the run', () => {
    const r = run([0, 0, 1, 2, 3, 4], [9, 5, 1]);
    expect(trajectoryPath(r, 1, identity)).toBe('M0,0l1,2');
    // (1, 2) is 0.4 px off the straight line to (3, 4): within svg-path.ts's half-pixel tolerance.
    expect(trajectoryPath(r, 99, identity)).toBe('M0,0l3,4');
  });

  it('makes a path once per run and scales (the Race makes them ahead, in the stages of a change)', () => {
    const r = run([0, 0, 1, 2, 3, 4], [9, 5, 1]);
    let calls = 0;
    const counting = { x: (v: number) => (calls++, v), y: (v: number) => v };
    const whole = trajectoryPath(r, 2, counting);
    const part = trajectoryPath(r, 1, counting);
    const loss = lossPaths([{ name: 'adam', run: r }], 1, counting)[0]!.d;
    const made = calls;
    expect([trajectoryPath(r, 2, counting), trajectoryPath(r, 1, counting)]).toEqual([whole, part]);
    expect(lossPaths([{ name: 'adam', run: r }], 1, counting)[0]!.d).toBe(loss);
    expect(calls).toBe(made);
    // Another part, another baseline, other scales: made again, and right.
    expect(trajectoryPath(r, 0, counting)).toBe('M0,0l0,0');
    expect(lossPaths([{ name: 'adam', run: r }], null, counting)[0]!.d).not.toBe(loss);
    expect(trajectoryPath(r, 1, { x: (v: number) => 2 * v, y: (v: number) => v })).toBe('M0,0l2,2');
  });

  it('draws each loss line against the step', () => {
    const runs: RaceRun[] = [{ name: 'adam', run: run([0, 0, 0, 0], [3, 1]) }];
    expect(lossPaths(runs, 1, identity)).toEqual([{ key: 'adam', color: 'var(--series-6)', d: 'M0,2l1-2' }]);
  });
});

describe('runs that would put NaN on the screen', () => {
  it('gives a start at the minimum (every gap 1e-16) an axis one decade long', () => {
    const runs: RaceRun[] = [{ name: 'sgd', run: run([1, 1, 1, 1], [0, 0]) }];
    expect(lossDomainY(lossRange(runs, 0), 0)).toEqual([1e-16, 1e-15]);
  });

  it('leaves a diverged run’s infinite loss out of the axis and out of its line', () => {
    const runs: RaceRun[] = [{ name: 'sgd', run: run([0, 0, 0, 0, 0, 0], [3, 50, Infinity]) }];
    expect(lossRange(runs, null)).toEqual({ lo: 3, hi: 50 });
    expect(lossPaths(runs, null, identity)[0]!.d).toBe('M0,3l1,47');
  });
});

describe("the sweep chart's scales without its figure", () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const input = {
    start: [-1.2, 1] as [number, number],
    steps: 150,
    noise: 0,
    seed: 1,
    selected: [...classicOptimizerNames],
    settings: defaultSettings(raceLrs),
  };
  for (const [title, surface, baseline] of [
    ['symlog: no known minimum', problems.rosenbrock, null],
    ['log of the gap to the minimum', problems.rosenbrock, 0],
  ] as const) {
    it(`ring the runs where Plot's drawn sweep chart puts them (${title})`, () => {
      const { rows, best } = computeSweep({ ...input, surface });
      const width = 360;
      const S = sweepFrameScales(rows, baseline, width)!;
      const plotted = rows.filter((r) => !r.diverged).map((r) => ({ ...r, v: lossValue(r.finalLoss, baseline) }));
      // The chart's own domains (SweepChart.tsx): x fixed, y from the marks.
      const figure = Plot.plot({
        document,
        width,
        height: Math.round(width * sweepAspect),
        ...plotMargins(chartMargins),
        x: { type: 'log', domain: [sweepLrs[0]!, sweepLrs[sweepLrs.length - 1]!] },
        y: { type: baseline === null ? 'symlog' : 'log' },
        marks: [
          Plot.line(plotted, { x: 'lr', y: 'v' }),
          Plot.dot(
            best.map((b) => ({ ...b, v: lossValue(b.finalLoss, baseline) })),
            { x: 'lr', y: 'v' },
          ),
        ],
      }) as unknown as { scale(name: string): { apply(v: number): number } };
      for (const r of plotted) {
        expect(S.x(r.lr)).toBeCloseTo(figure.scale('x').apply(r.lr), 6);
        expect(S.y(r.v)).toBeCloseTo(figure.scale('y').apply(r.v), 6);
      }
      expect(sweepFrameScales([], baseline, width)).toBeNull();
    });
  }
});

describe("the sweep chart's axes and lines (its overlay)", () => {
  it("writes a line as Plot's line mark does, broken where a point is not finite", () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const points: [number, number][] = [
      [10.12345, 20],
      [30, 40.00049],
      [NaN, 1],
      [50, 60],
      [70.5, 80.25],
    ];
    const figure = Plot.plot({
      document,
      x: { type: 'identity' },
      y: { type: 'identity' },
      marks: [Plot.line(points, { x: '0', y: '1' })],
    });
    const drawn = figure.querySelector('[aria-label="line"] path')!.getAttribute('d');
    expect(plotLinePath(points)).toBe(drawn);
  });

  const row = (name: 'sgd' | 'adam', lr: number, finalLoss: number, diverged = false) => ({
    name,
    lr,
    finalLoss,
    diverged,
  });
  const rows = [
    row('sgd', 1e-3, 4),
    row('sgd', 1e-2, 0.5),
    row('sgd', 1e-1, Infinity, true),
    row('sgd', 1, 2),
    row('adam', 1e-3, 8),
    row('adam', 1e-2, 0.25),
  ];

  it('spans the plotted losses (a diverged run left out), on a log axis of the gap or a symlog one', () => {
    expect(sweepAxes(rows, null)).toEqual({ gap: false, domain: [0.25, 8] });
    expect(sweepAxes(rows, 0.25)).toEqual({ gap: true, domain: [1e-16, 7.75] });
    expect(sweepAxes([row('sgd', 1, Infinity, true)], null)).toEqual({ gap: false, domain: null });
    expect(sweepAxesKey(sweepAxes(rows, null))).not.toBe(sweepAxesKey(sweepAxes(rows, 0.25)));
    expect(sweepScalesAt({ gap: false, domain: null }, 360)).toBeNull();
  });

  it('draws a line per optimizer through its runs that did not diverge, joined across one that did (as Plot did)', () => {
    const lines = sweepLines(rows, null, { x: (lr) => 1000 * lr, y: (v) => v });
    expect(lines.map((l) => l.name)).toEqual(['sgd', 'adam']);
    // Three points (1, 4), (10, 0.5), (1000, 2): the diverged one skipped without a break.
    expect(lines[0]!.d).toBe('M1,4L10,0.5L1000,2');
    expect(sweepLines([row('sgd', 1e-3, 4 / 3)], null, { x: (lr) => 1000 * lr, y: (v) => v })[0]!.d).toBe('M1,1.333Z');
    expect(sweepLines([row('sgd', 1, Infinity, true)], null, identity)).toEqual([]);
  });
});
