import { Plot } from '../lib/plot.ts';
import { useMemo } from 'preact/hooks';
import { optimizerTitles } from '../../../src/engine/optim/index.ts';
import { contourLevels, sampleGrid } from '../../../src/engine/sim/index.ts';
import type { RunResult } from '../../../src/engine/sim/index.ts';
import { contourMarks, pathPoints } from '../lib/contour.ts';
import { Select, Slider } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { Legend } from '../lib/Legend.tsx';
import { logSteps, nextPlayStep } from '../lib/log-steps.ts';
import { logTickFormat } from '../lib/log-ticks.ts';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { PlotFigure } from '../lib/PlotFigure.tsx';
import { useRecentMemo } from '../lib/recent-memo.ts';
import { basePlotOptions, xAxisRoom, colors, optimizerColor } from '../lib/plot-theme.ts';
import { StepPlayer } from '../lib/StepPlayer.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { useDivergenceText, useStrings, withLocale } from '../lib/i18n.tsx';
import {
  adaptiveStepsSpecs,
  adaptiveSurfaceIds,
  adaptiveSurfaces,
  runAdaptive,
  runLengths,
  type AdaptiveSurfaceId,
} from './model.ts';
import type { AdaptiveStepsProps } from './schema.ts';
import { strings } from './strings.ts';

/** Milliseconds between cursor moves while playing. */
const playInterval = 110;


interface Series {
  t: number;
  value: number;
  series: string;
}

/** Per-parameter values of a recorded state, at the drawn steps, for a log-scale chart (positive values only). */
function stateSeries(runs: readonly RunResult[], names: readonly string[], key: 'cache' | 'effectiveStep', steps: readonly number[]): Series[] {
  const out: Series[] = [];
  runs.forEach((run, r) => {
    const values = run.states?.[key];
    if (!values) return;
    const title = optimizerTitles[names[r] as keyof typeof optimizerTitles];
    for (const t of steps) {
      if (t > run.steps) break;
      for (const [i, axis] of ['x', 'y'].entries()) {
        const value = values[2 * (t - 1) + i]!;
        if (value > 0 && Number.isFinite(value)) out.push({ t, value, series: `${title}, ${axis}` });
      }
    }
  });
  return out;
}

function extent(series: readonly Series[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    if (s.value < lo) lo = s.value;
    if (s.value > hi) hi = s.value;
  }
  if (!(hi >= lo)) return [1e-3, 1];
  if (hi === lo) return [lo / 2, hi * 2];
  return [lo / 1.5, hi * 1.5];
}

/** Adaptive optimizers on a valley: the path, and each parameter's cache and effective step size over time. */
function AdaptiveStepsIsland(props: AdaptiveStepsProps) {
  const s = useStrings(strings);
  const divergence = useDivergenceText();
  const length = Number(props.steps);
  const specs = useMemo(
    () => adaptiveStepsSpecs({ lr: props.lr, decay: props.decay, noise: props.noise, length: props.steps, surface: props.surface }),
    [],
  );
  const { state, update, messages } = useUrlState(props.id, specs, {
    lr: props.lr,
    decay: props.decay,
    noise: props.noise,
    length: props.steps,
    surface: props.surface,
    t: length,
  });

  const surface = adaptiveSurfaces[state.surface as AdaptiveSurfaceId];
  const steps = Number(state.length);
  const names = props.optimizers;
  const showDecay = names.includes('rmsprop');
  const runs = useMemo(
    () => runAdaptive({ optimizers: names, surface, lr: state.lr, decay: state.decay, noise: state.noise, steps }),
    [state.lr, state.decay, state.noise, steps, surface],
  );
  const t = Math.min(state.t, steps);
  // Kept for the last surfaces shown (recent-memo.ts): back on one, its map (kept by the grid,
  // kept-mark.ts) is not sampled or traced again.
  const { grid, levels } = useRecentMemo(() => {
    const grid = sampleGrid(surface.f, surface.domain, { nx: 90, ny: 40 });
    return { grid, levels: contourLevels(grid, { count: 12, scale: 'quadratic' }) };
  }, [surface]);

  // Drawn series: the whole run's time axis is fixed; the lines stop at the cursor.
  const allSteps = useMemo(() => logSteps(steps), [steps]);
  const caches = useMemo(() => stateSeries(runs, names, 'cache', allSteps), [runs]);
  const effective = useMemo(() => stateSeries(runs, names, 'effectiveStep', allSteps), [runs]);
  const cacheDomain = extent(caches);
  const effectiveDomain = extent(effective);
  const shownCaches = caches.filter((d) => d.t <= t);
  const shownEffective = effective.filter((d) => d.t <= t);
  const seriesNames = names.flatMap((n) => ['x', 'y'].map((a) => `${optimizerTitles[n]}, ${a}`));
  const seriesColors = names.flatMap((n) => [optimizerColor(n), optimizerColor(n)]);
  // Solid for x, dashed for y (Plot's dash pattern is one per mark, so one mark each).
  const timeLines = (data: readonly Series[]) => [
    Plot.line(data.filter((d) => d.series.endsWith(', x')), { x: 't', y: 'value', z: 'series', stroke: 'series', strokeWidth: 2 }),
    Plot.line(data.filter((d) => d.series.endsWith(', y')), { x: 't', y: 'value', z: 'series', stroke: 'series', strokeWidth: 2, strokeDasharray: '6 3' }),
  ];

  // Reference 1/√t through the first run's first x value: Adagrad's step under a gradient of constant size.
  const first = effective.find((d) => d.series === seriesNames[0]);
  const reference =
    first && names[0] === 'adagrad'
      ? allSteps
          .filter((k) => k <= t)
          .map((k) => ({ t: k, value: first.value / Math.sqrt(k) }))
          // Only inside the chart: below its floor the line (and its label) would run across the axis title.
          .filter((d) => d.value >= effectiveDomain[0])
      : [];

  // The label sits above and to the right of the line's middle (on the log time axis): the line falls
  // to the right, so it never crosses the label there, and there is room before the chart's edge.
  const referenceLabelAt = (points: typeof reference) => {
    const middle = Math.sqrt(points[0]!.t * points[points.length - 1]!.t);
    return points.reduce((best, d) => (Math.abs(Math.log(d.t / middle)) < Math.abs(Math.log(best.t / middle)) ? d : best));
  };

  const statusParts = runs.map((run, r) => {
    const title = optimizerTitles[names[r]!];
    const k = Math.min(t, run.steps);
    const x = run.points[2 * k]!;
    const y = run.points[2 * k + 1]!;
    const eff = run.states?.effectiveStep;
    const stepText = k === 0 || !eff ? '' : s.effective(fmt(eff[2 * (k - 1)]), fmt(eff[2 * (k - 1) + 1]));
    const stopped = run.diverged && t > run.steps ? s.stopped(run.diverged.step, divergence.run(run.diverged)) : '';
    return `${s.part(title, fmt(x), fmt(y), fmt(run.losses[k]))}${stepText}${stopped}`;
  });
  const status = s.status(t, steps, statusParts);

  const titleNames = s.names(names.map((n) => optimizerTitles[n]));
  const surfaceTitle = s.surfaces[state.surface as AdaptiveSurfaceId];
  const mapLabel = s.mapLabel(titleNames, surfaceTitle, t);
  const mapDescription = s.mapDescription(titleNames, surfaceTitle, fmt(surface.start[0]), fmt(surface.start[1]), t);
  const cacheLabel = s.cacheLabel(steps);
  const effLabel = s.effLabel(steps);

  const paths = runs.map((run) => pathPoints(run.points, Math.min(t, run.steps), 800));
  const timeAxisLabel = s.timeAxis;
  const color = { domain: seriesNames, range: seriesColors } as const;
  const logTicks = { ticks: 4, tickFormat: logTickFormat } as const;

  return (
    <WidgetFrame
      name="adaptive-steps"
      title={s.title(titleNames)}
      status={status}
      messages={messages}
      controls={
        <>
          <OptimizerSliders
            lr={{ value: state.lr, range: [0.001, 2], onChange: (lr) => update({ lr }), label: s.lr, hint: s.lrHint }}
          />
          {showDecay && (
            <Slider
              param="decay"
              label={s.decay}
              value={state.decay}
              min={0}
              max={0.999}
              step={0.001}
              onChange={(decay) => update({ decay })}
              hint={s.decayHint}
            />
          )}
          <Slider
            param="noise"
            label={s.noise}
            value={state.noise}
            min={0}
            max={2}
            step={0.05}
            onChange={(noise) => update({ noise })}
            hint={s.noiseHint}
          />
          <Select
            param="surface"
            label={s.surface}
            value={state.surface}
            options={adaptiveSurfaceIds.map((value) => ({ value, label: s.surfaces[value] }))}
            onChange={(surface) => update({ surface })}
          />
          <Select
            param="length"
            label={s.length}
            value={state.length}
            options={runLengths.map((value) => ({ value, label: s.lengthOption(value) }))}
            onChange={(length) => update({ length, t: Math.min(t, Number(length)) })}
          />
          <StepPlayer param="t" step={t} last={steps} max={steps} onStep={(next) => update({ t: next })} interval={playInterval} advance={nextPlayStep} />
        </>
      }
    >
      <PlotFigure
        aspect={0.5}
        label={mapLabel}
        deps={[runs, t, surface]}
        draw={(context) =>
          Plot.plot({
            ...basePlotOptions(context, mapLabel, mapDescription),
            marginLeft: 42,
            x: { domain: surface.domain.x, label: 'x' },
            y: { domain: surface.domain.y, label: 'y' },
            clip: true,
            marks: [
              ...contourMarks(grid, { levels, shade: null }, context),
              Plot.dot([{ x: 0, y: 0 }], { x: 'x', y: 'y', symbol: 'times', r: 5, stroke: colors.fg }),
              ...paths.flatMap((path, r) => [
                Plot.line(path, { x: 'x', y: 'y', stroke: optimizerColor(names[r]!), strokeWidth: 2 }),
                Plot.dot(path.slice(-1), { x: 'x', y: 'y', r: 5, fill: optimizerColor(names[r]!), stroke: 'var(--bg)', strokeWidth: 1.5 }),
              ]),
              Plot.dot([{ x: surface.start[0], y: surface.start[1] }], { x: 'x', y: 'y', r: 4, stroke: colors.fg, fill: 'none' }),
            ],
          })
        }
      />
      <Legend items={names.map((n) => ({ label: optimizerTitles[n], color: optimizerColor(n) }))} note={s.legendNote} />
      <PlotFigure
        aspect={0.6}
        label={cacheLabel}
        deps={[runs, t]}
        draw={(context) =>
          Plot.plot({
            ...basePlotOptions(
              context,
              cacheLabel,
              s.cacheDescription(t),
            ),
            marginLeft: 52,
            marginBottom: xAxisRoom,
            marginRight: 16,
            x: { type: 'log', domain: [1, steps], label: timeAxisLabel, labelAnchor: 'center', ...logTicks },
            y: { type: 'log', domain: cacheDomain, label: s.cacheAxis, grid: true, ...logTicks },
            color,
            marks: [
              ...timeLines(shownCaches),
              t > 0 ? Plot.ruleX([t], { stroke: colors.soft, strokeOpacity: 0.6 }) : null,
            ],
          })
        }
      />
      <PlotFigure
        aspect={0.6}
        label={effLabel}
        deps={[runs, t]}
        draw={(context) =>
          Plot.plot({
            ...basePlotOptions(
              context,
              effLabel,
              s.effDescription(t),
            ),
            marginLeft: 52,
            marginBottom: xAxisRoom,
            marginRight: 16,
            x: { type: 'log', domain: [1, steps], label: timeAxisLabel, labelAnchor: 'center', ...logTicks },
            y: { type: 'log', domain: effectiveDomain, label: s.effAxis, grid: true, ...logTicks },
            color,
            marks: [
              Plot.line(reference, { x: 't', y: 'value', stroke: colors.soft, strokeDasharray: '1 3', strokeWidth: 1.5 }),
              reference.length > 1
                ? Plot.text([referenceLabelAt(reference)], { x: 't', y: 'value', text: () => '∝ 1/√t', dx: 4, dy: -9, textAnchor: 'start', fill: colors.soft })
                : null,
              ...timeLines(shownEffective),
              t > 0 ? Plot.ruleX([t], { stroke: colors.soft, strokeOpacity: 0.6 }) : null,
            ],
          })
        }
      />
    </WidgetFrame>
  );
}

export default withLocale(AdaptiveStepsIsland);
