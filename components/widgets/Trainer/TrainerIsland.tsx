import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { datasets } from '../../../src/engine/data/index.ts';
import { useFrameScheduler } from '../lib/frame-scheduler.ts';
import { useAfterPaint, useHeldRef } from '../lib/after-paint.ts';
import { createRecentMemo } from '../lib/recent-memo.ts';
import { optimizerTitlesOf, useDivergenceText, useLocale, useStrings, withLocale } from '../lib/i18n.tsx';
import { OptimizerCards } from '../lib/OptimizerCards.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { DataPanels } from './DataPanels.tsx';
import {
  createRoundRobin,
  networkCount,
  trainerData,
  trainerHorizon,
  trainerSetupInStages,
  trainerStatus,
} from './model.ts';
import type { StagedTrainerSetup, TrainerConfig, TrainerData } from './model.ts';
import { trainerLanes } from './racers.ts';
import { RuleRacerSettings } from './RuleRacerSettings.tsx';
import type { TrainerProps } from './schema.ts';
import { strings } from './strings.ts';
import { StepsTable } from './StepsTable.tsx';
import { TrainerControls, TrainerRunSettings } from './TrainerControls.tsx';
import { TrainerLossChart } from './TrainerLossChart.tsx';
import { createTrainingLoop, trainingFrame } from './training-loop.ts';
import { useBoundaryPainter } from './use-boundary-painter.ts';
import { speeds, useTrainerState } from './use-trainer-state.ts';

/**
 * Milliseconds of work (painting decision boundaries, then training) per animation frame; the
 * rest of the frame is left to the browser (style, layout, paint) and to the status re-render.
 */
const frameBudget = 8;

function TrainerIsland(props: TrainerProps) {
  const s = useStrings(strings);
  const divergence = useDivergenceText();
  const locale = useLocale();
  // One object per locale (optimizerTitlesOf makes a new one for Chinese), so the memos below hold.
  const titles = useMemo(() => optimizerTitlesOf(locale), [locale]);
  const ids = useId();
  const trainer = useTrainerState(props, s);
  const { state, config } = trainer;
  const [playing, setPlaying] = useState(false);
  const [version, setVersion] = useState(0);

  const configKey = JSON.stringify(config);
  // A new configuration (a seed, batch or data set, a rate...) is trained anew after the frame
  // that paints the control's new value, once for the last of several key presses: the data,
  // networks, panels, curves and status follow together one paint later (after-paint.ts).
  // The data is kept per data set and seed (a new batch, rate or optimizer trains on the same rows),
  // and made in a turn of its own before the networks', each made in a turn of its own too
  // (useAfterPaint's stages, model.ts's trainerSetupInStages).
  const dataMemo = useHeldRef(() => createRecentMemo<TrainerData>(4));
  const dataOf = (c: TrainerConfig) => dataMemo(() => trainerData(c.dataset, c.seed), [c.dataset, c.seed]);
  const staged = useHeldRef(() => ({ key: '', build: null as StagedTrainerSetup | null }));
  const stagedOf = (c: TrainerConfig, key: string) => {
    if (staged.key !== key || staged.build === null)
      Object.assign(staged, { key, build: trainerSetupInStages(c, dataOf(c)) });
    return staged.build!;
  };
  // Taken once: a setup shown (and trained) is never handed out again for the same configuration.
  const setupOf = (c: TrainerConfig, key: string) => {
    const build = stagedOf(c, key);
    staged.build = null;
    return build.result();
  };
  const settled = useAfterPaint(() => ({ config, setup: setupOf(config, configKey) }), [configKey], {
    stages: () => [
      () => dataOf(config),
      ...Array.from({ length: networkCount(config) }, (_, i) => () => stagedOf(config, configKey).stages[i]?.()),
    ],
  });
  const { setup } = settled.value;
  const shown = settled.value.config;
  const { sideBySide, train, test } = setup;
  const stepsPerEpoch = sideBySide.trainers[0]?.stepsPerEpoch ?? 1;
  const domain = datasets[shown.dataset].domain;

  // A new configuration is a new setup: the panels, curves and status already follow it (their
  // effects and memos depend on sideBySide), so no second render is asked for here.
  useEffect(() => setPlaying(false), [configKey]);

  const { canvases, paintPanel, queuePanels, cancelQueued, theme } = useBoundaryPainter(sideBySide, domain);

  // Each frame paints waiting panels, then trains, within the budget (training-loop.ts).
  const stepper = useMemo(() => createRoundRobin(sideBySide), [sideBySide]);
  const loop = useRef(createTrainingLoop());
  const scheduler = useFrameScheduler((frame) => {
    const result = trainingFrame(
      loop.current,
      { networks: sideBySide.trainers.length, stepper, playing, perFrame: speeds[state.speed]?.steps ?? 4, paintPanel },
      frame,
    );
    if (result.stop) setPlaying(false);
    if (result.redraw) setVersion((v) => v + 1);
    return result.again;
  }, frameBudget);
  useEffect(() => {
    loop.current.stopping = false;
    if (playing) {
      loop.current.lastRedraw = performance.now();
      scheduler.wake();
    }
  }, [playing]);
  // Outside training (first paint, one epoch, reset, a new configuration or theme): every panel is
  // repainted after the paint, in turns of the page's draw queue (use-boundary-painter.ts), not in
  // the frame that answers the input. While training, the frames paint them (training-loop.ts), so
  // panels, curves and status show the same step: a panel still queued then is dropped.
  useLayoutEffect(() => {
    if (playing) {
      cancelQueued();
      return;
    }
    loop.current.pending = [];
    queuePanels();
  }, [version, sideBySide, theme, playing]);
  /** Stops training at the end of the current round, so every optimizer has taken the same number of steps. */
  const pause = () => {
    stepper.finishRound();
    setPlaying(false);
    setVersion((v) => v + 1);
  };

  const lanes = useMemo(() => trainerLanes(setup, titles, trainer.labels), [setup, titles]);
  const laneTitles = useMemo(() => Object.fromEntries(lanes.map((lane) => [lane.key, lane.label])), [lanes]);
  const status = trainerStatus(sideBySide, setup.keys, stepsPerEpoch, s.status, divergence.train, laneTitles);
  const sizesText = [2, ...shown.hidden, 1].join('–');

  // The controls re-render only when what they show changes, not at every redraw while training.
  const controls = useMemo(
    () => (
      <TrainerControls
        s={s}
        ids={ids}
        trainer={trainer}
        playing={playing}
        onPlay={() => {
          if (playing) return pause();
          // A button pressed before the last change was trained anew acts on the new networks.
          settled.flush();
          setPlaying(true);
        }}
        onEpoch={() => {
          // A setup newer than this render's is untrained: its round robin has nothing to finish.
          const latest = settled.flush().setup.sideBySide;
          if (latest === sideBySide) stepper.finishRound();
          for (const t of latest.trainers) t.epoch();
          setVersion((v) => v + 1);
        }}
        onReset={() => {
          setPlaying(false);
          const latest = settled.flush().setup.sideBySide;
          latest.reset();
          if (latest === sideBySide) stepper.reset();
          setVersion((v) => v + 1);
        }}
      />
    ),
    [
      state.ds,
      state.act,
      trainer.optValue,
      trainer.hidden,
      trainer.hiddenDraft,
      trainer.hiddenError,
      playing,
      sideBySide,
      stepper,
      s,
    ],
  );

  // Three parts, each re-rendered only when what it shows changes: a seed or batch step does not
  // re-render the optimizer cards (their sliders and schedule settings are most of the settings).
  const runSettings = useMemo(() => <TrainerRunSettings s={s} trainer={trainer} />, [state, s]);
  const cards = useMemo(
    () => (
      <OptimizerCards
        legend={s.optimizers}
        titles={titles}
        selected={trainer.selected}
        settings={trainer.settings}
        horizon={trainerHorizon}
        words={s}
        toggle={trainer.toggle}
        setLr={trainer.setLr}
        setSchedule={trainer.setSettings}
      />
    ),
    [trainer.optValue, titles, s],
  );
  const ruleSettings = useMemo(
    () => <RuleRacerSettings s={s} lrs={trainer.ruleLrs} values={trainer.ruleLrValues} setLr={trainer.setRuleLr} />,
    [trainer.ruleLrValues, s],
  );
  const settings = (
    <>
      {runSettings}
      {cards}
      {ruleSettings}
    </>
  );

  // The figures, each re-rendered only when what it draws changes: a key press that only moves a
  // control (the new configuration is trained after the paint) re-renders none of them.
  const dataKey = `${shown.dataset} ${shown.seed}`;
  const panels = useMemo(
    () => <DataPanels s={s} lanes={lanes} setup={setup} dataKey={dataKey} domain={domain} canvases={canvases} />,
    [s, lanes, setup, dataKey, domain],
  );
  const stepsTable = useMemo(
    () => props.showSteps && <StepsTable s={s} sideBySide={sideBySide} lanes={lanes} version={version} />,
    [s, sideBySide, lanes, version],
  );
  const summary = s.summary(
    s.datasets[shown.dataset].title,
    s.datasets[shown.dataset].description,
    train.n,
    test.n,
    sizesText,
    shown.activation,
    Math.min(shown.batchSize, train.n),
  );
  const below = useMemo(
    () => (
      <>
        <p class="race__caption">{s.lossCaption}</p>
        <TrainerLossChart s={s} sideBySide={sideBySide} lanes={lanes} stepsPerEpoch={stepsPerEpoch} version={version} />
        <p class="race__best">{summary}</p>
      </>
    ),
    [s, sideBySide, lanes, stepsPerEpoch, version, summary],
  );

  return (
    <WidgetFrame
      name="trainer"
      title={props.title === strings.en.defaultTitle ? s.defaultTitle : props.title}
      status={status}
      messages={trainer.allMessages}
      controls={controls}
      settings={settings}
      below={below}
    >
      {panels}
      {stepsTable}
    </WidgetFrame>
  );
}

export default withLocale(TrainerIsland);
