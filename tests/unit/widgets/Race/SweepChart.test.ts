// @vitest-environment happy-dom
/**
 * The sweep chart's Plot draws its axes alone; the lines and best dots are an overlay. A new sweep
 * within the same axes changes the overlay's paths and keeps the Plot on screen (on the old code,
 * every new sweep rebuilt the whole Plot); a sweep with other axes draws them.
 */
import * as PlotPackage from '@observablehq/plot';
import { h, render } from 'preact';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { providePlot } from '../../../../components/widgets/lib/plot.ts';
import { defaultSettings } from '../../../../components/widgets/lib/optimizer-settings.ts';
import { lossValue } from '../../../../components/widgets/Race/chart-maths.ts';
import { raceLrs } from '../../../../components/widgets/Race/model.ts';
import { strings } from '../../../../components/widgets/Race/strings.ts';
import { computeSweep } from '../../../../components/widgets/Race/sweep.ts';
import { SweepChart } from '../../../../components/widgets/Race/SweepChart.tsx';
import type { ShownSweep } from '../../../../components/widgets/Race/use-sweep.ts';
import { classicOptimizerNames, optimizerTitles } from '../../../../src/engine/optim/index.ts';
import { problems } from '../../../../src/engine/problems/index.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const realObserver = globalThis.ResizeObserver;
beforeAll(() => {
  providePlot(PlotPackage);
  // The figure's width, as the browser's first ResizeObserver callback gives it.
  globalThis.ResizeObserver = class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe() {
      queueMicrotask(() => this.callback([{ contentRect: { width: 360 } } as ResizeObserverEntry], this));
    }
    unobserve() {}
    disconnect() {}
  };
});
afterAll(() => {
  render(null, document.body);
  globalThis.ResizeObserver = realObserver;
});

const built = computeSweep({
  surface: problems.rosenbrock,
  start: [-1.2, 1],
  steps: 150,
  noise: 0,
  seed: 1,
  selected: [...classicOptimizerNames],
  settings: defaultSettings(raceLrs),
});
const first: ShownSweep = { ...built, key: 'a', baseline: null, steps: 150 };
const plotted = first.rows.filter((r) => !r.diverged).map((r) => lossValue(r.finalLoss, null));
const [lo, hi] = [Math.min(...plotted), Math.max(...plotted)];
// The same axes, one line moved: a run inside the extent of the losses ends halfway up it.
const inside = first.rows.findIndex((r) => !r.diverged && r.finalLoss > lo && r.finalLoss < hi);
const moved: ShownSweep = {
  ...first,
  key: 'b',
  rows: first.rows.map((r, i) => (i === inside ? { ...r, finalLoss: (lo + hi) / 2 } : r)),
};
// Other axes: every loss ten times larger.
const scaled: ShownSweep = { ...first, key: 'c', rows: first.rows.map((r) => ({ ...r, finalLoss: r.finalLoss * 10 })) };

test('a new sweep within the same axes keeps the Plot and moves its line; other axes redraw it', async () => {
  const root = document.createElement('div');
  document.body.append(root);
  const show = async (sweep: ShownSweep) => {
    render(
      h(SweepChart, {
        s: strings.en,
        titles: optimizerTitles,
        sweep,
        computing: false,
        runs: 0,
        wanted: sweep.key,
        raceRuns: [],
        baseline: null,
        label: 'Sweep',
        applyBest: () => {},
      }),
      root,
    );
    await tick();
    await tick();
  };
  const base = () => root.querySelector('.plot-figure > svg');
  const line = (name: string) => root.querySelector(`[data-sweep-line="${name}"]`)?.getAttribute('d');
  const name = first.rows[inside]!.name;

  await show(first);
  const drawn = base();
  expect(drawn).not.toBeNull();
  const before = line(name);

  await show(moved);
  expect(base()).toBe(drawn);
  // The base has axes and no line or dot of its own: they are the overlay's, and one moved.
  expect(drawn!.querySelectorAll('[data-mark="line"], [data-mark="dot"]')).toHaveLength(0);
  expect(root.querySelectorAll('[data-sweep-line]')).toHaveLength(classicOptimizerNames.length);
  expect(root.querySelectorAll('[data-sweep-best]')).toHaveLength(first.best.length);
  expect(line(name)).not.toBe(before);

  await show(scaled);
  expect(base()).not.toBe(drawn);
  expect(base()).not.toBeNull();
});
