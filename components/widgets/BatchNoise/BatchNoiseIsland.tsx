import { Plot } from '../lib/plot.ts';
import { useMemo } from 'preact/hooks';
import { contourLevels, sampleGrid } from '../../../src/engine/sim/index.ts';
import { pathLayers, pathPoints } from '../lib/contour.ts';
import { ContourFigure } from '../lib/ContourFigure.tsx';
import { Slider } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { LogLossChart } from '../lib/LogLossChart.tsx';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { basePlotOptions, colors, defaultMargins, optimizerColor } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';
import { Legend } from '../lib/Legend.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { useDivergenceText, useStrings, withLocale } from '../lib/i18n.tsx';
import { batchNoiseSpecs, compareBatches, dataFor, domain, lrRange, statusText } from './model.ts';
import type { BatchNoiseProps } from './schema.ts';
import { strings } from './strings.ts';

const fullColor = optimizerColor('sgd');
// Mini-batch SGD is gradient descent with noisy gradients: the noisy path in grey, under the
// full-batch run in gradient descent's colour.
const miniColor = colors.soft;

/** Full-batch gradient descent against mini-batch SGD on the same line-fitting problem. */
function BatchNoiseIsland(props: BatchNoiseProps) {
  const s = useStrings(strings);
  const divergence = useDivergenceText();
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
  const status = statusText(s, divergence.run, c, state.lr, state.epochs);

  const fullPath = pathPoints(c.full.points);
  const miniPath = pathPoints(c.mini.points);
  const excess = (run: typeof c.full, perEpoch: number) =>
    Array.from(run.losses, (l, k) => ({ epoch: k / perEpoch, gap: Math.max(l - fit.minLoss, 1e-12) }));
  const fullCurve = excess(c.full, 1);
  const miniCurve = excess(c.mini, c.stepsPerEpoch);
  const points = Array.from(fit.xs, (x, i) => ({ x, y: fit.ys[i]! }));
  const yDomain = [Math.min(...fit.ys) - 0.5, Math.max(...fit.ys) + 0.5] as const;
  const lineOf = (run: typeof c.full) => {
    const a = run.points[2 * run.steps] ?? 0;
    const b = run.points[2 * run.steps + 1] ?? 0;
    return [{ x: 0, y: b }, { x: 3, y: a * 3 + b }];
  };

  const mapLabel = s.mapLabel;
  const mapDescription = s.mapDescription(c.full.steps, batchSize, c.mini.steps, fmt(fit.solution[0]), fmt(fit.solution[1]));
  const lossLabel = s.lossLabel;
  const lossDescription = s.lossDescription(fmt(fullLoss - fit.minLoss), fmt(miniLoss - fit.minLoss));
  const dataLabel = s.dataLabel;
  const dataDescription = s.dataDescription(fit.n);

  return (
    <WidgetFrame
      name="batch-noise"
      title={s.title}
      status={status}
      messages={messages}
      controls={
        <>
          <Slider
            param="batch"
            label={s.batch}
            value={state.batch}
            min={0}
            max={5}
            step={1}
            format={(v) => (2 ** v >= fit.n ? s.all(2 ** v) : String(2 ** v))}
            onChange={(batch) => update({ batch: Math.round(batch) })}
          />
          <OptimizerSliders
            lr={{ value: state.lr, range: [lrRange[0], lrRange[1]], onChange: (lr) => update({ lr }), label: s.lr, hint: s.lrHint }}
          />
          <Slider param="seed" label={s.seed} value={state.seed} min={1} max={99} step={1} format={(v) => String(v)} onChange={(seed) => update({ seed: Math.round(seed) })} />
          <Slider param="epochs" label={s.epochs} value={state.epochs} min={1} max={60} step={1} format={(v) => String(v)} onChange={(epochs) => update({ epochs: Math.round(epochs) })} />
        </>
      }
    >
      {/* A key of coloured lines with text in the page's colour: text in a series colour fell below
          WCAG's contrast on light backgrounds (the palette is chosen for lines, not for text). */}
      <Legend
        items={[
          { label: s.legendFull, color: fullColor },
          { label: s.legendMini, color: miniColor },
        ]}
        note={s.legendBest}
      />
      <div class="widget__panels" style={{ display: 'grid', gap: '0.5rem' }}>
        <ContourFigure
          grid={grid}
          contours={{ levels }}
          domain={domain}
          axisLabels={{ x: s.slope, y: s.intercept }}
          aspect={0.85}
          label={mapLabel}
          description={mapDescription}
          layers={[
            { kind: 'dots', symbol: 'times', points: [{ x: fit.solution[0], y: fit.solution[1] }], r: 6, stroke: colors.fg, strokeWidth: 2.5 },
            ...pathLayers(miniPath, { stroke: miniColor, r: 1.2, strokeWidth: 1 }),
            ...pathLayers(fullPath, { stroke: fullColor, r: 2.5 }),
          ]}
        />
        <LogLossChart
          aspect={0.42}
          label={lossLabel}
          description={lossDescription}
          x={{ key: 'epoch', domain: [0, state.epochs], label: s.passesAxis }}
          y={{ key: 'gap', label: s.gapAxis }}
          lines={[
            { data: miniCurve, stroke: miniColor, strokeWidth: 1.2 },
            { data: fullCurve, stroke: fullColor, strokeWidth: 2.2 },
          ]}
        />
        {/* The data never change (the base, drawn once); the two fitted lines move on the overlay. */}
        <OverlayFigure
          aspect={0.42}
          label={dataLabel}
          description={dataDescription}
          deps={[props.dataSeed]}
          scales={{ x: [0, 3], y: yDomain, margins: defaultMargins }}
          layers={[
            { kind: 'line', points: lineOf(c.mini), stroke: miniColor, strokeWidth: 2 },
            { kind: 'line', points: lineOf(c.full), stroke: fullColor, strokeWidth: 2, strokeDasharray: '5 3' },
          ]}
          draw={(context) =>
            Plot.plot({
              ...basePlotOptions(context, dataLabel, dataDescription),
              ...plotMargins(defaultMargins),
              x: { domain: [0, 3], label: 'x' },
              y: { domain: [...yDomain], label: 'y', grid: true },
              clip: true,
              marks: [Plot.dot(points, { x: 'x', y: 'y', fill: colors.soft, r: 2.5 })],
            })
          }
        />
      </div>
    </WidgetFrame>
  );
}

export default withLocale(BatchNoiseIsland);
