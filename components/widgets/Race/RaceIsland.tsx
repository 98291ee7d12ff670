import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { optimizerNames } from '../../../src/engine/optim/index.ts';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import { Button } from '../lib/controls.tsx';
import { ControlGroup } from '../lib/embed-context.tsx';
import { fmt } from '../lib/format.ts';
import { createPlayClock, useFrameScheduler } from '../lib/frame-scheduler.ts';
import { optimizerTitlesOf, useDivergenceText, useLocale, useStrings, withLocale } from '../lib/i18n.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { downloadRace } from './exports.ts';
import type { DownloadKind } from './exports.ts';
import { MapFigure } from './MapFigure.tsx';
import type { MapHandle } from './MapFigure.tsx';
import { EntrySettings, useEntries } from './EntrySettings.tsx';
import { entrySweep } from './racers.ts';
import { lossBaseline, raceStatus, raceSummary, runColor, runKey, runTitle } from './model.ts';
import { RaceControls } from './RaceControls.tsx';
import { RaceLossChart } from './RaceLossChart.tsx';
import type { PrepareLossChart } from './RaceLossChart.tsx';
import { RaceSettings } from './RaceSettings.tsx';
import type { RaceProps } from './schema.ts';
import { flushUrlWrites } from '../lib/url-writer.ts';
import { strings } from './strings.ts';
import { RaceSweep } from './SweepChart.tsx';
import { useRaceState } from './use-race-state.ts';
import { useRaceRuns } from './use-race-runs.ts';

function RaceIsland(props: RaceProps) {
  const s = useStrings(strings);
  const divergence = useDivergenceText();
  const locale = useLocale();
  // One object per language (the Chinese titles are a new object per call): the settings block's memo depends on it.
  const titles = useMemo(() => optimizerTitlesOf(locale), [locale]);
  const ids = useId();
  const race = useRaceState(props, s);
  const { state, update, surface, start } = race;
  // With `racers`: runs keyed by entry; the sweep covers the entries' optimizers, at their settings.
  const listed = useEntries(props);
  const { selected, settings } = listed === null ? race : entrySweep(listed.entries, race.settings);
  const [playing, setPlaying] = useState(false);
  const map = useRef<MapHandle>({ figure: null, overlay: null, scales: null });
  const lossChart = useRef<PrepareLossChart | null>(null);
  const view = useRaceRuns({ race, listed, selected, settings, s, map, lossChart });
  const { result } = view;
  const runs = result.runs;
  const baseline = lossBaseline(view.surface);
  const shown = Math.min(state.step, view.steps);

  // The learning-rate sweep: independent of each optimizer's own lr, so the lr sliders never recompute it.
  const sweepKey = JSON.stringify([
    state.s,
    race.formulaText,
    start,
    state.steps,
    state.noise,
    state.seed,
    selected,
    optimizerNames.map((n) => ({ ...settings[n], lr: 0 })),
  ]);
  // The sweep's block is rendered again only when what it shows changes (its key, the race's runs
  // ringed on it, its words), not with every key press or played frame; its own state (the sweep
  // under way, then done) renders it alone.
  const setLrs = useRef(race.setLrs);
  setLrs.current = race.setLrs;
  const applyBest = useMemo(() => (best: readonly { name: OptimizerName; lr: number }[]) => setLrs.current(best), []);
  const sweepLabel = s.sweepLabel(state.steps, view.surfaceName);
  const sweepBlock = useMemo(
    () =>
      props.sweep && (
        <RaceSweep
          s={s}
          titles={titles}
          sweepKey={sweepKey}
          input={{ surface, start, steps: state.steps, noise: state.noise, seed: state.seed, selected, settings }}
          raceRuns={runs}
          baseline={baseline}
          label={sweepLabel}
          applyBest={applyBest}
        />
      ),
    [s, titles, sweepKey, runs, baseline, sweepLabel],
  );

  // Playback: whole steps at `speed` steps per second, on the shared frame scheduler.
  const clock = useRef(createPlayClock());
  const player = useFrameScheduler(({ now }) => {
    const advance = clock.current.advance(now, state.speed);
    if (advance > 0) {
      const next = Math.min(view.steps, shown + advance);
      update({ step: next });
      if (next >= view.steps) {
        setPlaying(false);
        return false;
      }
    }
    return true;
  });
  useEffect(() => {
    if (playing) player.wake();
    else player.stop();
  }, [playing]);

  // The settings block (up to seven optimizers' sliders) is rendered again only when they change,
  // not with every played frame, nor with the steps slider: the run's length matters to the cards
  // only when a schedule is chosen, and they read it then (`horizon`).
  const horizon = useRef(state.steps);
  horizon.current = state.steps;
  const settingsBlock = useMemo(
    () =>
      listed ? (
        <EntrySettings s={s} entries={listed.entries} lrs={listed.lrs} setLr={listed.setLr} />
      ) : (
        <RaceSettings
          s={s}
          titles={titles}
          selected={race.selected}
          settings={race.settings}
          horizon={horizon}
          toggle={race.toggle}
          setSettings={race.setSettings}
        />
      ),
    [s, titles, race.optValue, listed?.lrs],
  );
  const name = state.s === 'formula' ? 'formula' : state.s;
  const download = async (kind: DownloadKind) => {
    const scales = map.current.scales;
    // The link in the file is the page's URL, written once the reader pauses (url-writer.ts): write what waits first.
    flushUrlWrites();
    try {
      await downloadRace({
        kind,
        name,
        runs,
        config: {
          surface: state.s,
          formula: state.s === 'formula' ? race.formulaText : undefined,
          start: view.start,
          steps: view.steps,
          noise: view.noise,
          seed: view.seed,
          optimizers: listed === null ? selected : listed.entries.map((e) => e.key),
          link: window.location.href,
        },
        figure: map.current.figure,
        overlay: map.current.overlay,
        width: scales?.width ?? 0,
        height: scales?.height ?? 0,
        notDrawn: s.notDrawn,
      });
      race.setNotice(s.downloaded(kind.toUpperCase()));
    } catch (error) {
      race.setNotice(s.downloadFailed(kind.toUpperCase(), error instanceof Error ? error.message : String(error)));
    }
  };

  const status =
    result.error ??
    raceStatus(
      runs,
      shown,
      view.steps,
      view.surfaceTitle ?? `f(x, y) = ${view.formulaText}`,
      s.status,
      divergence.run,
      titles,
    );

  return (
    <WidgetFrame
      name="race"
      title={props.title === strings.en.defaultTitle ? s.defaultTitle : props.title}
      status={status}
      summary={result.error ?? raceSummary(runs, shown, view.steps, s.status, titles)}
      messages={[...race.linkMessages, ...(result.error ? [result.error] : []), ...(race.notice ? [race.notice] : [])]}
      controls={
        <RaceControls
          s={s}
          ids={ids}
          race={race}
          shown={shown}
          playing={playing}
          onPlay={() => {
            if (shown >= view.steps) update({ step: 0 });
            clock.current.reset();
            setPlaying(!playing);
          }}
          onStep={() => update({ step: Math.min(view.steps, shown + 1) })}
          onReset={() => {
            setPlaying(false);
            update({ step: 0 });
          }}
          onSurface={(choice) => {
            setPlaying(false);
            race.chooseSurface(choice);
          }}
        />
      }
      settings={settingsBlock}
      below={
        <>
          <div class="race__loss-block">
            <p class="race__caption">{baseline === null ? s.lossCaption : s.gapCaption}</p>
            <RaceLossChart
              s={s}
              runs={runs}
              baseline={baseline}
              steps={view.steps}
              shown={shown}
              label={s.lossLabel(runs.length, view.surfaceName)}
              prepare={lossChart}
            />
          </div>
          {sweepBlock}
          <ControlGroup
            name="download"
            label={s.downloads}
            class="race__exports widget__buttons"
            role="group"
            aria-label={s.downloads}
          >
            <span class="control__label">{s.download}</span>
            <Button onClick={() => void download('csv')} label={s.csv}>
              CSV
            </Button>
            <Button onClick={() => void download('json')} label={s.json}>
              JSON
            </Button>
            <Button onClick={() => void download('svg')} label={s.svg}>
              SVG
            </Button>
            <Button onClick={() => void download('png')} label={s.png}>
              PNG
            </Button>
          </ControlGroup>
        </>
      }
    >
      <MapFigure
        s={s}
        ids={ids}
        surface={view.surface}
        start={start}
        runStart={view.start}
        current={view.surface === surface}
        settling={view.settling}
        runs={runs}
        shown={shown}
        label={s.mapLabel(view.surfaceName, runs.length, fmt(view.start[0]), fmt(view.start[1]))}
        description={s.mapDescription(view.surfaceName)}
        moveStart={race.moveStart}
        handle={map}
      />
      <ul class="race__legend" aria-label={s.colours}>
        {runs.map((r) => (
          <li key={runKey(r)} style={{ '--swatch': runColor(r) }}>
            {runTitle(r, titles)}
          </li>
        ))}
      </ul>
    </WidgetFrame>
  );
}

export default withLocale(RaceIsland);
