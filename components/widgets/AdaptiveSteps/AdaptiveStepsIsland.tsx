import { useMemo } from 'preact/hooks';
import { optimizerTitles } from '../../../src/engine/optim/index.ts';
import { contourLevels, sampleGrid, type RunResult } from '../../../src/engine/sim/index.ts';
import { headedPathLayers, pathPoints, startAndMinimumLayers } from '../lib/contour.ts';
import { ContourFigure } from '../lib/ContourFigure.tsx';
import { Select, Slider } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { useAfterPaint, useHeldRef } from '../lib/after-paint.ts';
import { createKeyedMemo } from '../lib/keyed-memo.ts';
import { Legend } from '../lib/Legend.tsx';
import { LogTimeChart } from '../lib/LogTimeChart.tsx';
import { logSteps } from '../lib/log-steps.ts';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { useRecentMemo } from '../lib/recent-memo.ts';
import type { OverlayLayer } from '../lib/overlay-layers.ts';
import { optimizerColor } from '../lib/plot-theme.ts';
import { LogStepPlayer } from '../lib/StepPlayer.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { useDivergenceText, useStrings, withLocale } from '../lib/i18n.tsx';
import {
  adaptiveStepsSpecs,
  adaptiveSurfaceIds,
  adaptiveSurfaces,
  runDeps,
  runLengths,
  runOne,
  type AdaptiveOptimizer,
  type AdaptiveSurfaceId,
} from './model.ts';
import type { AdaptiveStepsProps } from './schema.ts';
import { extent, referenceLayers, seriesLayers, stateSeries } from './series.ts';
import { strings } from './strings.ts';

/** Both charts' value axes (a cache, a step size) are logarithmic. */
const logValues = { kind: 'log' } as const;

/** Adaptive optimizers on a valley: the path, and each parameter's cache and effective step size over time. */
function AdaptiveStepsIsland(props: AdaptiveStepsProps) {
  const s = useStrings(strings);
  const divergence = useDivergenceText();
  const length = Number(props.steps);
  const specs = useMemo(
    () =>
      adaptiveStepsSpecs({
        lr: props.lr,
        decay: props.decay,
        noise: props.noise,
        length: props.steps,
        surface: props.surface,
      }),
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

  const names = props.optimizers;
  const showDecay = names.includes('rmsprop');
  // One run per optimizer, kept by what it depends on (model.ts's runDeps): γ's slider runs RMSProp
  // alone again, and a slider pressed up then down again finds its runs. useHeldRef: the runs the
  // hydration's stages made are kept (after-paint.ts).
  const runMemo = useHeldRef(() => createKeyedMemo<RunResult>(4));
  const runInput = () => ({
    surface: adaptiveSurfaces[state.surface as AdaptiveSurfaceId],
    lr: state.lr,
    decay: state.decay,
    noise: state.noise,
    steps: Number(state.length),
  });
  const runOf = (name: AdaptiveOptimizer, input: ReturnType<typeof runInput>) =>
    runMemo(name, () => runOne(name, input), runDeps(name, input));
  // The runs follow the frame that answers the key press, once for the latest setting (after-paint.ts),
  // each optimizer's in a task of its own (`stages`; 1,000 recorded steps of RMSProp: 4-5 ms at 1x),
  // then the series the charts draw: the controls answer at once, and the figures and the status a
  // task later, all drawn for the surface and length the runs were made on.
  const computed = useAfterPaint(
    () => {
      const input = runInput();
      const runs = names.map((name) => runOf(name, input));
      const allSteps = logSteps(input.steps);
      const caches = stateSeries(runs, names, 'cache', allSteps);
      const effective = stateSeries(runs, names, 'effectiveStep', allSteps);
      return {
        runs,
        surfaceId: state.surface as AdaptiveSurfaceId,
        steps: input.steps,
        allSteps,
        caches,
        effective,
        cacheDomain: extent(caches),
        effectiveDomain: extent(effective),
      };
    },
    [state.lr, state.decay, state.noise, state.length, state.surface],
    {
      stages: () => {
        const input = runInput();
        return names.map((name) => () => void runOf(name, input));
      },
    },
  ).value;
  const { runs, surfaceId, steps } = computed;
  const surface = adaptiveSurfaces[surfaceId];
  const t = Math.min(state.t, steps);
  // Kept for the last surfaces shown (recent-memo.ts): back on one, its map (kept by the grid,
  // kept-mark.ts) is not sampled or traced again.
  const { grid, levels } = useRecentMemo(() => {
    const grid = sampleGrid(surface.f, surface.domain, { nx: 90, ny: 40 });
    return { grid, levels: contourLevels(grid, { count: 12, scale: 'quadratic' }) };
  }, [surface]);

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

  // The same figures' vnodes until what they show changes: a key press on a slider re-renders the
  // controls, not the map and the two charts (Preact skips a subtree handed to it again), and their
  // layers are made only then.
  const figures = useMemo(() => {
    const { allSteps, caches, effective, cacheDomain, effectiveDomain } = computed;
    // Drawn series: the whole run's time axis is fixed; the lines stop at the cursor (an overlay,
    // so a step moves a few paths and no chart is rebuilt: LogTimeChart).
    // Adagrad's step under a gradient of constant size falls like 1/√t: a reference through its first value.
    const reference = names[0] === 'adagrad' ? referenceLayers(effective[0], allSteps, t, effectiveDomain[0]) : [];
    const surfaceTitle = s.surfaces[surfaceId];
    const paths = runs.map((run) => pathPoints(run.points, Math.min(t, run.steps), 800));
    const { minimum, start } = startAndMinimumLayers(surface);
    const mapLayers: OverlayLayer[] = [
      minimum,
      ...paths.flatMap((path, r) => headedPathLayers(path, optimizerColor(names[r]!))),
      start,
    ];
    return (
      <>
        <ContourFigure
          grid={grid}
          contours={{ levels, shade: null }}
          domain={surface.domain}
          aspect={0.5}
          marginRight={20}
          label={s.mapLabel(titleNames, surfaceTitle, t)}
          description={s.mapDescription(titleNames, surfaceTitle, fmt(surface.start[0]), fmt(surface.start[1]), t)}
          layers={mapLayers}
        />
        <Legend
          items={names.map((n) => ({ label: optimizerTitles[n], color: optimizerColor(n) }))}
          note={s.legendNote}
        />
        <LogTimeChart
          label={s.cacheLabel(steps)}
          description={s.cacheDescription(t)}
          steps={steps}
          domain={cacheDomain}
          timeAxis={s.timeAxis}
          valueAxis={s.cacheAxis}
          value={logValues}
          layers={seriesLayers(caches, t)}
        />
        <LogTimeChart
          label={s.effLabel(steps)}
          description={s.effDescription(t)}
          steps={steps}
          domain={effectiveDomain}
          timeAxis={s.timeAxis}
          valueAxis={s.effAxis}
          value={logValues}
          layers={[...reference, ...seriesLayers(effective, t)]}
        />
      </>
    );
  }, [computed, t, grid, s]);

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
          <LogStepPlayer step={t} steps={steps} onStep={(next) => update({ t: next })} />
        </>
      }
    >
      {figures}
    </WidgetFrame>
  );
}

export default withLocale(AdaptiveStepsIsland);
