import { useMemo } from 'preact/hooks';
import { scheduleNames } from '../../../src/engine/optim/index.ts';
import type { ScheduleName } from '../../../src/engine/optim/index.ts';
import { adamStepSizes, lrCurve, noisyBowlLoss } from '../../../src/engine/sim/index.ts';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { useAfterPaint, useHeldRef } from '../lib/after-paint.ts';
import { Legend } from '../lib/Legend.tsx';
import { LogLossChart } from '../lib/LogLossChart.tsx';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { Select, Slider } from '../lib/controls.tsx';
import { seriesColor } from '../lib/plot-theme.ts';
import { AdamChart, chartAspect, LrChart } from './figures.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { adamSteps, noisyBowl, scheduleFields, scheduleSpec, scheduleViewSpecs, tailMean } from './model.ts';
import type { ScheduleField } from './model.ts';
import type { ScheduleViewProps } from './schema.ts';
import { useStrings, withLocale } from '../lib/i18n.tsx';
import { strings } from './strings.ts';

const scheduledColor = seriesColor(0);
const constantColor = seriesColor(1);

/** The slider of each schedule field: range and keyboard step. */
const fieldSliders = (steps: number) =>
  ({
    stepSize: { min: 10, max: steps, step: 10 },
    stepGamma: { min: 0.05, max: 0.9, step: 0.05 },
    expGamma: { min: 0.95, max: 0.999, step: 0.001 },
    tMax: { min: 20, max: steps, step: 10 },
    minLr: { min: 0, max: 0.05, step: 0.001 },
    warmup: { min: 1, max: 100, step: 1 },
    startFactor: { min: 0.01, max: 1, step: 0.01 },
  }) satisfies Record<ScheduleField, { min: number; max: number; step: number }>;

const series = (values: ArrayLike<number>, from = 1) => Array.from(values, (v, i) => ({ k: i + from, v }));

/** The runs at a constant α, which a schedule's own slider leaves as they are. */
interface ConstantRuns {
  lr: number;
  steps: number;
  loss: ReturnType<typeof noisyBowlLoss>;
  adam: ReturnType<typeof adamStepSizes>[0];
}

/** The runs with the schedule, which depend on α and the schedule's setting (`key`). */
interface ScheduledRuns {
  key: string;
  steps: number;
  lrs: ReturnType<typeof lrCurve>;
  loss: ReturnType<typeof noisyBowlLoss>;
  adam: ReturnType<typeof adamStepSizes>[0];
}

/** A schedule's learning rate, what it does to SGD on a noisy bowl, and to Adam's first steps. */
function ScheduleViewIsland(props: ScheduleViewProps) {
  const s = useStrings(strings);
  const specs = useMemo(
    () => scheduleViewSpecs(props.steps, props.schedule, props.lr),
    [props.steps, props.schedule, props.lr],
  );
  const { state, update, messages } = useUrlState(props.id, specs);
  const schedule = scheduleSpec(state);
  const key = JSON.stringify([state.lr, schedule]);
  // The constant-rate runs depend on α alone: a schedule's own slider reruns only the scheduled ones.
  // useHeldRef: the runs the hydration's stage made are kept (after-paint.ts).
  const constantRuns = useHeldRef<{ current: ConstantRuns | null }>(() => ({ current: null }));
  // The runs (20 noisy-bowl runs each way: most of a key press's work) follow the input's frame,
  // once for the latest setting (after-paint.ts); the controls answer at once, the figures and the
  // status a task later, all from the one setting they were computed for.
  const opts = { steps: props.steps, ...noisyBowl };
  const constantRun = (): ConstantRuns => {
    let constant = constantRuns.current;
    if (constant?.lr !== state.lr || constant.steps !== props.steps) {
      constant = {
        lr: state.lr,
        steps: props.steps,
        loss: noisyBowlLoss({ name: 'sgd', lr: state.lr }, opts),
        adam: adamStepSizes({ lr: state.lr }, adamSteps)[0],
      };
      constantRuns.current = constant;
    }
    return constant;
  };
  // The runs with the schedule, kept by its setting (`key`): made in a stage of their own.
  const scheduledRuns = useHeldRef<{ current: ScheduledRuns | null }>(() => ({ current: null }));
  const scheduledRun = (): ScheduledRuns => {
    let scheduled = scheduledRuns.current;
    if (scheduled?.key !== key || scheduled.steps !== props.steps) {
      const spec = { name: 'sgd' as const, lr: state.lr, schedule };
      scheduled = {
        key,
        steps: props.steps,
        lrs: lrCurve(spec, props.steps),
        loss: noisyBowlLoss(spec, opts),
        adam: adamStepSizes({ lr: state.lr, schedule }, adamSteps)[0],
      };
      scheduledRuns.current = scheduled;
    }
    return scheduled;
  };
  const runs = useAfterPaint(
    () => {
      const constant = constantRun();
      const { lrs, loss, adam } = scheduledRun();
      return {
        name: state.name as ScheduleName,
        lr: state.lr,
        constantLoss: constant.loss,
        adamConstant: constant.adam,
        lrs,
        loss,
        adam,
      };
    },
    [key, props.steps],
    // The constant-rate runs and the scheduled ones in a turn each (20 noisy-bowl runs each: at 4x
    // CPU slow-down, 20-25 ms a turn instead of one task of 45-50 ms after a new α).
    { stages: () => [() => void constantRun(), () => void scheduledRun()] },
  ).value;
  const { lrs, loss, adam, constantLoss, adamConstant } = runs;

  const name = s.names[runs.name];
  const first = fmt(lrs[0]);
  const last = fmt(lrs.at(-1));
  const scheduled = fmt(tailMean(loss, 50));
  const constant = fmt(tailMean(constantLoss, 50));
  const adamFirst = fmt(adam[0]);
  const alpha = fmt(adamConstant[0]);
  const status = s.status(name, first, last, props.steps, scheduled, constant, adamFirst, alpha);
  const sliders = fieldSliders(props.steps);

  // The same figures' vnodes while the runs are the same: a key press that only moves a slider
  // re-renders the controls, not the three charts (Preact skips a subtree it is handed again).
  const figures = useMemo(() => {
    const chart = { stepAxis: s.stepAxis, lr: runs.lr, scheduledColor, constantColor };
    return (
      <>
        <Legend
          items={[
            { label: s.scheduled, color: scheduledColor },
            { label: s.constant, color: constantColor },
          ]}
        />
        <LrChart
          {...chart}
          label={s.lrLabel}
          description={s.lrDescription(name, first, last)}
          steps={props.steps}
          valueAxis={s.lrAxis}
          rates={series(lrs)}
        />
        <LogLossChart
          aspect={chartAspect}
          label={s.lossLabel}
          description={s.lossDescription(scheduled, constant)}
          x={{ key: 'k', domain: [0, props.steps], label: s.stepAxis }}
          y={{ key: 'v', label: s.lossAxis }}
          lines={[
            { data: series(constantLoss, 0), stroke: constantColor, strokeWidth: 2 },
            { data: series(loss, 0), stroke: scheduledColor, strokeWidth: 2.5 },
          ]}
        />
        <AdamChart
          {...chart}
          label={s.adamLabel}
          description={s.adamDescription(adamFirst, alpha)}
          steps={adamSteps}
          valueAxis={s.adamAxis}
          constant={series(adamConstant)}
          scheduled={series(adam)}
        />
      </>
    );
  }, [runs, s]);

  return (
    <WidgetFrame
      name="schedule-view"
      title={s.title}
      status={status}
      messages={messages}
      controls={
        <>
          <Select
            param="name"
            label={s.schedule}
            value={state.name as ScheduleName}
            options={scheduleNames.map((value) => ({ value, label: s.names[value] }))}
            onChange={(name) => update({ name })}
          />
          <OptimizerSliders
            lr={{ value: state.lr, range: [0.01, 0.5], onChange: (lr) => update({ lr }), label: s.lr, hint: s.lrHint }}
          />
          {scheduleFields[state.name as ScheduleName].map((field) => (
            <Slider
              key={field}
              param={field}
              label={s[field]}
              value={state[field]}
              {...sliders[field]}
              onChange={(v) => update({ [field]: v })}
            />
          ))}
        </>
      }
    >
      {figures}
    </WidgetFrame>
  );
}

export default withLocale(ScheduleViewIsland);
