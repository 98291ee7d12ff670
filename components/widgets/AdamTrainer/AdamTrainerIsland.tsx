import { useMemo, useRef, useState } from 'preact/hooks';
import { Legend } from '../lib/Legend.tsx';
import { Button, Select } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useAnimationFrame, useUrlState } from '../lib/hooks.ts';
import { useAfterPaint } from '../lib/after-paint.ts';
import { SeedSlider } from '../lib/NoiseControls.tsx';
import { OptimizerSliders } from '../lib/OptimizerSliders.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { ControlGroup } from '../lib/embed-context.tsx';
import { punctuation, useDivergenceText, useStrings, withLocale } from '../lib/i18n.tsx';
import {
  adamTrainerSpecs,
  batchChoices,
  createAdamRace,
  inputGrid,
  lineup,
  maxRaceSteps,
  raceDatasets,
  trainFor,
} from './model.ts';
import type { AdamTrainerProps } from './schema.ts';
import { strings } from './strings.ts';
import { AdamLossChart } from './AdamLossChart.tsx';
import { AdamMap } from './AdamMap.tsx';

/** Training time per animation frame, in milliseconds: well under a 16 ms frame. */
const frameBudget = 6;
/** Milliseconds between redraws of the charts while training. */
const drawInterval = 250;
const gridSize = 36;
/** The three learning-rate sliders (log scale), each with its range and hint. */
const lrSliders = [
  { key: 'adamLr', range: [0.0001, 0.5], hint: 'adamLrHint' },
  { key: 'rmspropLr', range: [0.0001, 0.5], hint: 'restartHint' },
  { key: 'momentumLr', range: [0.001, 1], hint: 'restartHint' },
] as const;

/** Adam, Adam with β₂ = 0.99, RMSProp and momentum training the same small network. */
function AdamTrainerIsland(props: AdamTrainerProps) {
  const s = useStrings(strings);
  const { comma } = useStrings(punctuation);
  const divergence = useDivergenceText();
  const base = {
    dataset: props.dataset,
    batch: props.batch,
    adamLr: props.adamLr,
    rmspropLr: props.rmspropLr,
    momentumLr: props.momentumLr,
    seed: props.seed,
  };
  const specs = useMemo(() => adamTrainerSpecs(base), []);
  const { state, update, messages } = useUrlState(props.id, specs, { ...base, t: 0, show: 'adam' });
  const [playing, setPlaying] = useState(false);
  const [, setVersion] = useState(0);
  // Counts the resets: the trainers train in place, so starting again at step 0 needs a new race
  // (the same settings and seed: the same first weights). Setting t to 0 alone left the trained
  // race on screen, the status still at the step reached.
  const [resets, setResets] = useState(0);
  const lastDraw = useRef(0);

  // A new race (data set, networks, trainers) is made in the task after the frame that answers the
  // key press, once for the latest setting (after-paint.ts): the slider moves at once.
  const setup = useAfterPaint(
    () => ({
      dataset: state.dataset,
      ...createAdamRace({
        dataset: state.dataset,
        batch: state.batch,
        adamLr: state.adamLr,
        rmspropLr: state.rmspropLr,
        momentumLr: state.momentumLr,
        seed: state.seed,
      }),
    }),
    [state.dataset, state.batch, state.adamLr, state.rmspropLr, state.momentumLr, state.seed, resets],
  ).value;
  // Steps trained on the current race; a new race starts from 0.
  const done = useRef({ race: setup.race, steps: 0 });
  if (done.current.race !== setup.race) done.current = { race: setup.race, steps: 0 };
  const stepsDone = done.current.steps;
  const goal = playing ? maxRaceSteps : state.t;

  useAnimationFrame(
    stepsDone < goal,
    () => {
      const current = done.current;
      // A frame either trains or redraws, so that training and the redraw (the charts' Plots, the
      // re-render) do not add up into one long task. The link's step count is written when
      // training stops (onStop, Pause): writing it at every redraw replaced the page's history
      // entry four times a second (4 % of the main thread's time while training, in a profile).
      const due = performance.now() - lastDraw.current > drawInterval;
      if (!due) current.steps = trainFor(current.race, current.steps, goal, frameBudget, () => performance.now());
      const finished = current.steps >= goal;
      if (finished || due) {
        lastDraw.current = performance.now();
        setVersion((v) => v + 1);
      }
      return !finished;
    },
    () => {
      if (playing) {
        setPlaying(false);
        update({ t: done.current.steps });
      }
      setVersion((v) => v + 1);
    },
  );

  const restart = (patch: Partial<typeof state>) => {
    setPlaying(false);
    update({ ...patch, t: 0 });
    setResets((n) => n + 1);
  };

  const trainers = setup.race.trainers;

  const showIndex = Math.max(
    0,
    lineup.findIndex((l) => l.key === state.show),
  );
  const shown = trainers[showIndex]!;
  const gridIn = useMemo(() => inputGrid(setup.dataset, gridSize, gridSize), [setup.dataset]);

  const lossTexts = lineup.map((entry, i) => {
    const tr = trainers[i]!;
    const last = tr.history.trainLoss[tr.history.trainLoss.length - 1];
    return tr.diverged ? s.stopped(entry.label, divergence.train(tr.diverged)) : s.loss(entry.label, fmt(last));
  });
  const busy = stepsDone < goal;
  const status = s.status(stepsDone, busy ? s.training(playing ? null : goal) : '', trainers[0]!.epochs, lossTexts);

  const lossLabel = s.lossLabel(stepsDone);
  const mapLabel = s.mapLabel(
    lineup[showIndex]!.label,
    shown.steps,
    s.datasets[setup.dataset as keyof typeof s.datasets],
  );

  // The controls re-render when what they show changes, not at every redraw while training (the
  // step count in the link, state.t, changes then): the handlers read the step counts from refs.
  const latestT = useRef(state.t);
  latestT.current = state.t;
  const atEnd = stepsDone >= maxRaceSteps;
  const controls = useMemo(
    () => (
      <>
        {lrSliders.map(({ key, range, hint }) => (
          <OptimizerSliders
            key={key}
            lr={{
              value: state[key],
              range,
              onChange: (lr) => restart({ [key]: lr }),
              label: s[key],
              hint: s[hint],
              param: key,
            }}
          />
        ))}
        <Select
          param="dataset"
          label={s.dataset}
          value={state.dataset}
          options={raceDatasets.map((id) => ({ value: id, label: s.datasets[id] }))}
          onChange={(value) => restart({ dataset: value })}
        />
        <Select
          param="batch"
          label={s.batch}
          value={state.batch}
          options={batchChoices.map((value) => ({
            value,
            label: value === 'full' ? s.fullBatch(setup.train.n) : value,
          }))}
          onChange={(batch) => restart({ batch })}
        />
        <SeedSlider label={s.seed} value={state.seed} onChange={(seed) => restart({ seed })} />
        <Select
          param="show"
          label={s.show}
          value={state.show}
          options={lineup.map((l) => ({ value: l.key, label: l.label }))}
          onChange={(show) => update({ show })}
        />
        {/* Named like the Trainer's training buttons: a classroom link hides or locks them with `train`. */}
        <ControlGroup name="train" label={[s.train, s.more(100), s.reset].join(comma)} class="widget__buttons">
          <Button
            onClick={() =>
              playing
                ? (setPlaying(false), update({ t: done.current.steps }))
                : setPlaying(done.current.steps < maxRaceSteps)
            }
            pressed={playing}
            disabled={!playing && atEnd}
          >
            {playing ? s.pause : s.train}
          </Button>
          <Button
            onClick={() => update({ t: Math.min(maxRaceSteps, Math.max(latestT.current, done.current.steps) + 100) })}
            disabled={playing || atEnd}
          >
            {s.more(100)}
          </Button>
          <Button onClick={() => restart({})}>{s.reset}</Button>
        </ControlGroup>
      </>
    ),
    [
      s,
      comma,
      setup,
      playing,
      atEnd,
      state.adamLr,
      state.rmspropLr,
      state.momentumLr,
      state.dataset,
      state.batch,
      state.seed,
      state.show,
    ],
  );

  return (
    <WidgetFrame name="adam-trainer" title={s.title} status={status} messages={messages} controls={controls}>
      <Legend items={lineup.map((l) => ({ label: l.label, color: l.color, dashed: l.dashed ? '5 3' : false }))} />
      <AdamLossChart
        trainers={trainers}
        stepsDone={stepsDone}
        label={lossLabel}
        description={s.lossDescription(lineup.map((l) => l.label))}
        xLabel={s.stepAxis}
        yLabel={s.lossAxis}
        prompt={s.prompt}
      />
      <AdamMap
        mlp={setup.mlp}
        params={shown.params}
        train={setup.train}
        grid={gridIn}
        size={gridSize}
        deps={[setup, stepsDone, showIndex]}
        label={mapLabel}
        description={s.mapDescription(setup.train.n)}
      />
    </WidgetFrame>
  );
}

export default withLocale(AdamTrainerIsland);
