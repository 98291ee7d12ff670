import { useMemo } from 'preact/hooks';
import { axisValley } from '../../../src/engine/problems/index.ts';
import { contourLevels, runOnProblem, sampleGrid } from '../../../src/engine/sim/index.ts';
import { pathPoints } from '../lib/contour.ts';
import { Select, Toggle } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { useAfterPaint } from '../lib/after-paint.ts';
import { Legend } from '../lib/Legend.tsx';
import { logSteps } from '../lib/log-steps.ts';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { colors, optimizerColor } from '../lib/plot-theme.ts';
import { LogStepPlayer } from '../lib/StepPlayer.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { useDivergenceText, useStrings, withLocale } from '../lib/i18n.tsx';
import { InternalsMap, LengthsChart, MomentsChart } from './figures.tsx';
import { adamInternalsSpecs, beta2Choices, lengthAxisTop, peak, stepLengths } from './model.ts';
import type { AdamInternalsProps } from './schema.ts';
import { strings } from './strings.ts';

const surface = axisValley;
const beta1 = 0.9;

/** Adam from the inside: m̂, √ŝ and the step they make, with bias correction on or off. */
function AdamInternalsIsland(props: AdamInternalsProps) {
  const s = useStrings(strings);
  const divergence = useDivergenceText();
  const with_ = s.with;
  const without = s.without;
  const steps = props.steps;
  const specs = useMemo(
    () =>
      adamInternalsSpecs({
        lr: props.lr,
        beta2: props.beta2,
        bc: props.biasCorrection,
        coord: props.coordinate,
        steps,
      }),
    [],
  );
  const { state, update, messages } = useUrlState(props.id, specs, {
    lr: props.lr,
    beta2: props.beta2,
    bc: props.biasCorrection,
    coord: props.coordinate,
    t: steps,
  });
  const t = Math.min(state.t, steps);
  const axis = state.coord === 'y' ? 1 : 0;
  const beta2 = Number(state.beta2);

  // Both runs (with and without bias correction) follow the frame that answers the key press, once
  // for the latest α and β₂ (after-paint.ts): the slider moves at once, the figures a task later, each
  // drawn from the α its runs were made with.
  const { lr, runs } = useAfterPaint(
    () => ({
      lr: state.lr,
      runs: [true, false].map((biasCorrection) =>
        runOnProblem(surface, { name: 'adam', lr: state.lr, beta1, beta2, biasCorrection }, { steps, record: true }),
      ) as [ReturnType<typeof runOnProblem>, ReturnType<typeof runOnProblem>],
    }),
    [state.lr, beta2, steps],
  ).value;
  const [corrected, uncorrected] = runs;
  const run = state.bc ? corrected : uncorrected;
  const other = state.bc ? uncorrected : corrected;

  const lengths = useMemo(
    () => [stepLengths(corrected, axis, lr), stepLengths(uncorrected, axis, lr)],
    [corrected, uncorrected, axis],
  );
  const grid = useMemo(() => sampleGrid(surface.f, surface.domain, { nx: 90, ny: 40 }), []);
  const levels = useMemo(() => contourLevels(grid, { count: 12, scale: 'quadratic' }), [grid]);

  // Each series is made again only when what it shows changes: a played frame (t) makes the lines
  // up to t, a change of parameter (axis) the moments and the lengths, not the map's paths.
  const drawn = useMemo(() => logSteps(steps, 120), [steps]);
  const mHat = run.states?.mHat;
  const sHat = run.states?.sHat;
  const moments = useMemo(() => {
    const m: { t: number; value: number }[] = [];
    const root: { t: number; value: number }[] = [];
    for (const k of drawn) {
      if (k > Math.min(t, run.steps) || !mHat || !sHat) break;
      const mk = Math.abs(mHat[2 * (k - 1) + axis]!);
      const rk = Math.sqrt(sHat[2 * (k - 1) + axis]!);
      if (mk > 0) m.push({ t: k, value: mk });
      if (rk > 0) root.push({ t: k, value: rk });
    }
    return { m, root };
  }, [run, t, axis, drawn]);
  const momentDomain = useMemo((): [number, number] => {
    let lo = Infinity;
    let hi = 0;
    for (const r of [corrected, uncorrected]) {
      const mh = r.states?.mHat;
      const sh = r.states?.sHat;
      if (!mh || !sh) continue;
      for (let k = 0; k < r.steps; k++) {
        for (const v of [Math.abs(mh[2 * k + axis]!), Math.sqrt(sh[2 * k + axis]!)]) {
          if (v > 0 && v < lo) lo = v;
          if (v > hi) hi = v;
        }
      }
    }
    return hi > lo ? [Math.max(lo, hi * 1e-4) / 1.5, hi * 1.5] : [1e-3, 1];
  }, [corrected, uncorrected, axis]);

  const lengthSeries = (values: Float64Array, series: string) =>
    drawn.filter((k) => k <= Math.min(t, values.length)).map((k) => ({ t: k, value: values[k - 1]!, series }));
  const [currentLengths, otherLengths] = useMemo(
    () => [
      lengthSeries(state.bc ? lengths[0]! : lengths[1]!, state.bc ? with_ : without),
      lengthSeries(state.bc ? lengths[1]! : lengths[0]!, state.bc ? without : with_),
    ],
    [lengths, t, state.bc, drawn, s],
  );
  const lengthMax = useMemo(() => lengthAxisTop(lengths.map((l) => peak(l)?.value ?? 1)), [lengths]);

  const coordName = state.coord;
  const k = Math.min(t, run.steps);
  const stepNow = k > 0 ? (state.bc ? lengths[0] : lengths[1])?.[k - 1] : undefined;
  const uncorrectedPeak = peak(lengths[1]!);
  const first = lengths[1]![0];
  let status: string;
  if (k === 0) {
    status = s.start(fmt(surface.start[0]), fmt(surface.start[1]));
  } else {
    status = s.status(
      k,
      state.bc ? with_ : without,
      state.beta2,
      coordName,
      fmt(mHat?.[2 * (k - 1) + axis]),
      fmt(Math.sqrt(sHat?.[2 * (k - 1) + axis] ?? NaN)),
      fmt(stepNow),
      fmt(run.losses[k]),
      fmt(first),
      uncorrectedPeak ? { value: fmt(uncorrectedPeak.value), step: uncorrectedPeak.index + 1 } : null,
    );
  }
  if (run.diverged && t > run.steps) status += s.stopped(run.diverged.step, divergence.run(run.diverged));

  const path = useMemo(() => pathPoints(run.points, Math.min(t, run.steps), 800), [run, t]);
  const otherPath = useMemo(() => pathPoints(other.points, Math.min(t, other.steps), 800), [other, t]);
  const adamColor = optimizerColor('adam');
  const mapLabel = s.mapLabel(s.surface, state.bc ? with_ : without, t);
  const momentsLabel = s.momentsLabel(coordName, steps);
  const lengthLabel = s.lengthLabel(coordName);

  // The same figures' vnodes until what they show changes: a key press that only moves the α
  // slider re-renders the controls, not the three figures, and a change of parameter not the map
  // (Preact skips a subtree handed to it again).
  const map = useMemo(
    () => (
      <>
        <Legend
          items={[
            { label: state.bc ? with_ : without, color: adamColor },
            { label: state.bc ? without : with_, color: colors.soft, dashed: '5 3' },
          ]}
        />
        <InternalsMap
          grid={grid}
          levels={levels}
          label={mapLabel}
          description={s.mapDescription(s.surface, state.bc ? with_ : without, state.bc ? without : with_, t)}
          path={path}
          otherPath={otherPath}
          color={adamColor}
        />
      </>
    ),
    [path, otherPath, t, state.bc, s],
  );
  const momentsChart = useMemo(
    () => (
      <>
        <Legend
          items={[
            { label: s.mLegend(coordName), color: colors.accent },
            { label: s.sLegend(coordName), color: colors.warn },
          ]}
        />
        <MomentsChart
          label={momentsLabel}
          description={s.momentsDescription(t)}
          steps={steps}
          t={t}
          timeAxis={s.timeAxis}
          valueAxis={s.momentsAxis}
          domain={momentDomain}
          m={moments.m}
          root={moments.root}
        />
      </>
    ),
    [moments, momentDomain, t, coordName, s],
  );
  const lengthsChart = useMemo(
    () => (
      <LengthsChart
        label={lengthLabel}
        description={s.lengthDescription(state.bc ? with_ : without, state.bc ? without : with_, t)}
        steps={steps}
        t={t}
        timeAxis={s.timeAxis}
        valueAxis={s.lengthAxis(coordName)}
        domain={[0, lengthMax]}
        current={currentLengths}
        other={otherLengths}
        color={adamColor}
      />
    ),
    [currentLengths, otherLengths, lengthMax, t, state.bc, coordName, s],
  );
  // The settings' controls keep their vnodes while a played frame moves only the player.
  const settings = useMemo(
    () => (
      <>
        <OptimizerSliders
          lr={{ value: state.lr, range: [0.001, 1], onChange: (lr) => update({ lr }), label: s.lr, hint: s.lrHint }}
        />
        <Select
          param="beta2"
          label="β₂"
          value={state.beta2}
          options={beta2Choices.map((value) => ({ value, label: value === '0.999' ? s.beta2Paper : s.beta2Article }))}
          onChange={(beta2) => update({ beta2 })}
        />
        <Select
          param="coord"
          label={s.parameter}
          value={state.coord}
          options={[
            { value: 'x', label: s.gentle },
            { value: 'y', label: s.steep },
          ]}
          onChange={(coord) => update({ coord })}
        />
        <Toggle param="bc" label={s.biasCorrection} checked={state.bc} onChange={(bc) => update({ bc })} />
      </>
    ),
    // `update` only sets this widget's state (useUrlState): the first one serves every render.
    [state.lr, state.beta2, state.coord, state.bc, s],
  );

  return (
    <WidgetFrame
      name="adam-internals"
      title={s.title}
      status={status}
      messages={messages}
      controls={
        <>
          {settings}
          <LogStepPlayer step={t} steps={steps} onStep={(next) => update({ t: next })} />
        </>
      }
    >
      {map}
      {momentsChart}
      {lengthsChart}
    </WidgetFrame>
  );
}

export default withLocale(AdamInternalsIsland);
