import { describe, expect, it } from 'vitest';
import { axisValley } from '../../../../src/engine/problems/index.ts';
import { runAdaptive } from '../../../../components/widgets/AdaptiveSteps/model.ts';
import {
  extent,
  referenceLayers,
  seriesLayers,
  stateSeries,
  upTo,
} from '../../../../components/widgets/AdaptiveSteps/series.ts';

const runs = runAdaptive({
  optimizers: ['adagrad', 'rmsprop'],
  surface: axisValley,
  lr: 0.3,
  decay: 0.9,
  noise: 0,
  steps: 100,
});
const steps = [1, 2, 5, 10, 50, 100];

describe('AdaptiveSteps series', () => {
  it('takes each recorded value at the drawn steps, x series first, then y', () => {
    const series = stateSeries(runs, ['adagrad', 'rmsprop'], 'cache', steps);
    expect(series.map((s) => s.name)).toEqual(['Adagrad, x', 'RMSProp, x', 'Adagrad, y', 'RMSProp, y']);
    const cache = runs[1]!.states!['cache']!;
    expect(series[3]!.points.map((p) => p.x)).toEqual(steps);
    expect(series[3]!.points[2]!.y).toBe(cache[2 * (5 - 1) + 1]);
  });

  it('draws each line up to the cursor, dashed for y, and the cursor’s rule', () => {
    const series = stateSeries(runs, ['adagrad', 'rmsprop'], 'effectiveStep', steps);
    const layers = seriesLayers(series, 10);
    expect(layers.map((l) => l.kind)).toEqual(['line', 'line', 'line', 'line', 'ruleX']);
    expect(layers.map((l) => ('strokeDasharray' in l ? l.strokeDasharray : undefined))).toEqual([
      undefined,
      undefined,
      '6 3',
      '6 3',
      undefined,
    ]);
    expect(layers[0]!.kind === 'line' && layers[0]!.points.map((p) => p.x)).toEqual([1, 2, 5, 10]);
    expect(seriesLayers(series, 0).some((l) => l.kind === 'ruleX')).toBe(false);
    expect(upTo(series[0]!.points, 1000)).toBe(series[0]!.points);
  });

  it('widens the range of values by 1.5× each way, rounded out to 1, 2 or 5 × 10^k', () => {
    const line = (ys: number[]) => ({
      name: 'a',
      axis: 'x' as const,
      color: 'red',
      points: ys.map((y, x) => ({ x, y })),
    });
    // 2 / 1.5 ≈ 1.33 and 8 × 1.5 = 12: the axis from 1 to 20.
    expect(extent([line([2, 8])])).toEqual([1, 20]);
    // Values that moved a little keep the same axis; past a step, it moves.
    expect(extent([line([2.2, 9])])).toEqual([1, 20]);
    expect(extent([line([1.4, 14])])).toEqual([0.5, 50]);
    expect(extent([line([3, 3])])).toEqual([1, 10]);
    expect(extent([])).toEqual([1e-3, 1]);
  });

  it('draws the 1/√t reference from the first value, inside the chart, with its label', () => {
    const first = { name: 'Adagrad, x', axis: 'x' as const, color: 'red', points: [{ x: 1, y: 1 }] };
    const [line, label] = referenceLayers(first, steps, 50, 0.2);
    expect(line!.kind === 'line' && line!.points).toEqual([
      { x: 1, y: 1 },
      { x: 2, y: 1 / Math.sqrt(2) },
      { x: 5, y: 1 / Math.sqrt(5) },
      { x: 10, y: 1 / Math.sqrt(10) },
    ]);
    expect(label).toMatchObject({ kind: 'text', text: '∝ 1/√t', textAnchor: 'start' });
    expect(referenceLayers(undefined, steps, 50, 0.2)).toEqual([]);
  });
});
