import * as Plot from '@observablehq/plot';
import { useMemo } from 'preact/hooks';
import { contourLevels, sampleGrid } from '../../../src/sim/grid.ts';
import { pathMarks, pathPoints } from '../lib/contour.ts';
import { ContourFigure } from '../lib/ContourFigure.tsx';
import { Slider } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { decadeTicks } from '../lib/ticks.ts';
import { useUrlState } from '../lib/hooks.ts';
import { PlotFigure } from '../lib/PlotFigure.tsx';
import { basePlotOptions, colors, seriesColor } from '../lib/plot-theme.ts';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { batchNoiseSpecs, compareBatches, dataFor, domain, lrRange } from './model.ts';
import type { BatchNoiseProps } from './schema.ts';

const fullColor = seriesColor(0);
const miniColor = seriesColor(1);

/** Full-batch gradient descent against mini-batch SGD on the same line-fitting problem. */
export default function BatchNoiseIsland(props: BatchNoiseProps) {
  const { state, update, messages } = useUrlState(props.id, batchNoiseSpecs, {
    lr: props.lr,
    batch: Math.round(Math.log2(props.batchSize)),
    seed: 1,
    epochs: props.epochs,
  });
  const fit = useMemo(() => dataFor(props.dataSeed), [props.dataSeed]);
  const grid = useMemo(() => sampleGrid(fit.f, domain, { nx: 80 }), [fit]);
  const levels = useMemo(() => contourLevels(grid, { count: 12, floor: fit.minLoss, ratio: 3e-3 }), [grid, fit]);
  const batchSize = 2 ** state.batch;
  const c = useMemo(() => compareBatches(fit, state.lr, batchSize, state.seed, state.epochs), [fit, state.lr, batchSize, state.seed, state.epochs]);

  const fullLoss = c.full.losses[c.full.steps] ?? 0;
  const miniLoss = c.mini.losses[c.mini.steps] ?? 0;
  const isFull = batchSize >= fit.n;
  const bound = 2 / fit.hessianEigenvalues[1];
  const miniName = isFull ? 'the “mini-batch” run (here the whole set, so the same run)' : `mini-batches of ${batchSize}`;
  let status: string;
  if (c.full.diverged || c.mini.diverged) {
    const parts = [];
    if (c.full.diverged) parts.push(`Full batch stopped at step ${c.full.diverged.step}: ${c.full.diverged.reason}`);
    if (c.mini.diverged) parts.push(`Mini-batches of ${batchSize} stopped at step ${c.mini.diverged.step}: ${c.mini.diverged.reason}`);
    status = `α = ${fmt(state.lr)} (full-batch bound 2/λmax = ${fmt(bound)}). ${parts.join(' ')}`;
  } else {
    status =
      `After ${state.epochs} ${state.epochs === 1 ? 'pass' : 'passes'} over the ${fit.n} points: full batch took ${c.full.steps} steps, loss ${fmt(fullLoss)}; ` +
      `${miniName} took ${c.mini.steps} steps, loss ${fmt(miniLoss)}` +
      (isFull ? '' : `, wandering between ${fmt(c.lastEpochRange[0])} and ${fmt(c.lastEpochRange[1])} in the last pass`) +
      `. Best possible: ${fmt(fit.minLoss)}.`;
  }

  const fullPath = pathPoints(c.full.points);
  const miniPath = pathPoints(c.mini.points);
  const excess = (run: typeof c.full, perEpoch: number) =>
    Array.from(run.losses, (l, k) => ({ epoch: k / perEpoch, gap: Math.max(l - fit.minLoss, 1e-12) }));
  const fullCurve = excess(c.full, 1);
  const miniCurve = excess(c.mini, c.stepsPerEpoch);
  const points = Array.from(fit.xs, (x, i) => ({ x, y: fit.ys[i]! }));
  const yDomain = [Math.min(...fit.ys) - 0.5, Math.max(...fit.ys) + 0.5];
  const lineOf = (run: typeof c.full) => {
    const a = run.points[2 * run.steps] ?? 0;
    const b = run.points[2 * run.steps + 1] ?? 0;
    return [{ x: 0, y: b }, { x: 3, y: a * 3 + b }];
  };

  const mapLabel = 'Paths of full-batch and mini-batch gradient descent on the loss contours';
  const mapDescription = `Contour map of the mean squared error over slope and intercept. Full batch (${c.full.steps} steps) and mini-batches of ${batchSize} (${c.mini.steps} steps) start at slope 0, intercept 2; the least-squares line is at slope ${fmt(fit.solution[0])}, intercept ${fmt(fit.solution[1])}.`;
  const lossLabel = 'Loss above the best line against passes over the data, logarithmic';
  const lossDescription = `Full batch ends ${fmt(fullLoss - fit.minLoss)} above the best loss, mini-batches ${fmt(miniLoss - fit.minLoss)} above it.`;
  const dataLabel = 'The data and the two fitted lines';
  const dataDescription = `${fit.n} points scattered around a rising line, with the line each run ended on.`;

  return (
    <WidgetFrame
      name="batch-noise"
      title="Full batch against mini-batches"
      status={status}
      messages={messages}
      controls={
        <>
          <Slider
            label="Batch size"
            value={state.batch}
            min={0}
            max={5}
            step={1}
            format={(v) => (2 ** v >= fit.n ? `${2 ** v} (all)` : String(2 ** v))}
            onChange={(batch) => update({ batch: Math.round(batch) })}
          />
          <Slider label="Learning rate α" value={state.lr} min={lrRange[0]} max={lrRange[1]} log onChange={(lr) => update({ lr })} hint="Logarithmic scale." />
          <Slider label="Shuffle seed" value={state.seed} min={1} max={99} step={1} format={(v) => String(v)} onChange={(seed) => update({ seed: Math.round(seed) })} />
          <Slider label="Passes over the data" value={state.epochs} min={1} max={60} step={1} format={(v) => String(v)} onChange={(epochs) => update({ epochs: Math.round(epochs) })} />
        </>
      }
    >
      <p class="widget__legend" style={{ margin: '0 0 0.25rem', fontSize: '0.9rem' }}>
        <span style={{ color: fullColor }}>● full batch</span> <span style={{ color: miniColor }}>● mini-batches</span> <span>× best line</span>
      </p>
      <div class="widget__panels" style={{ display: 'grid', gap: '0.5rem' }}>
        <ContourFigure
          grid={grid}
          contours={{ levels }}
          domain={domain}
          axisLabels={{ x: 'slope a', y: 'intercept b' }}
          aspect={0.85}
          label={mapLabel}
          description={mapDescription}
          deps={[c]}
          overlay={() => [
            Plot.dot([{ x: fit.solution[0], y: fit.solution[1] }], { x: 'x', y: 'y', symbol: 'times', r: 6, stroke: colors.fg, strokeWidth: 2.5 }),
            ...pathMarks(miniPath, { stroke: miniColor, r: 1.2, strokeWidth: 1 }),
            ...pathMarks(fullPath, { stroke: fullColor, r: 2.5 }),
          ]}
        />
        <PlotFigure
          aspect={0.42}
          label={lossLabel}
          deps={[c]}
          draw={(context) =>
            Plot.plot({
              ...basePlotOptions(context, lossLabel, lossDescription),
              x: { domain: [0, state.epochs], label: 'passes over the data' },
              marginLeft: 56,
              y: { type: 'log', label: 'loss − best (log)', grid: true, tickFormat: (v: number) => fmt(v), ticks: decadeTicks([...fullCurve, ...miniCurve].map((d) => d.gap), context.width < 420 ? 3 : 5) },
              marks: [
                Plot.line(miniCurve, { x: 'epoch', y: 'gap', stroke: miniColor, strokeWidth: 1.2 }),
                Plot.line(fullCurve, { x: 'epoch', y: 'gap', stroke: fullColor, strokeWidth: 2.2 }),
              ],
            })
          }
        />
        <PlotFigure
          aspect={0.42}
          label={dataLabel}
          deps={[c]}
          draw={(context) =>
            Plot.plot({
              ...basePlotOptions(context, dataLabel, dataDescription),
              x: { domain: [0, 3], label: 'x' },
              y: { domain: yDomain, label: 'y', grid: true },
              clip: true,
              marks: [
                Plot.dot(points, { x: 'x', y: 'y', fill: colors.soft, r: 2.5 }),
                Plot.line(lineOf(c.mini), { x: 'x', y: 'y', stroke: miniColor, strokeWidth: 2 }),
                Plot.line(lineOf(c.full), { x: 'x', y: 'y', stroke: fullColor, strokeWidth: 2, strokeDasharray: '5 3' }),
              ],
            })
          }
        />
      </div>
    </WidgetFrame>
  );
}
