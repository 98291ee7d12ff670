import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { optimizerNames } from '../../../src/engine/optim/index.ts';
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
import { runEntryRace } from './entry-runs.ts';
import { EntrySettings, useEntries } from './EntrySettings.tsx';
import { entrySweep } from './racers.ts';
import { lossBaseline, raceStatus, raceSummary, runColor, runKey, runRace, runTitle } from './model.ts';
import { RaceControls } from './RaceControls.tsx';
import { RaceLossChart } from './RaceLossChart.tsx';
import { RaceSettings } from './RaceSettings.tsx';
import type { RaceProps } from './schema.ts';
import { strings } from './strings.ts';
import { SweepChart } from './SweepChart.tsx';
import { useRaceState } from './use-race-state.ts';
import { useSweep } from './use-sweep.ts';

const mark = (name: string) => {
  if (typeof performance !== 'undefined' && typeof window !== 'undefined') performance.mark(name);
};

function RaceIsland(props: RaceProps) {
  const s = useStrings(strings);
  const divergence = useDivergenceText();
  const titles = optimizerTitlesOf(useLocale());
  const ids = useId();
  const race = useRaceState(props, s);
  const { state, update, surface, start } = race;
  // With `racers`: runs keyed by entry; the sweep covers the entries' optimizers, at their settings.
  const listed = useEntries(props);
  const { selected, settings } = listed === null ? race : entrySweep(listed.entries, race.settings);
  const [playing, setPlaying] = useState(false);
  const baseline = lossBaseline(surface);

  // Recompute every trajectory on each change; timed (with the redraws below) as 'race:update'.
  const result = useMemo(() => {
    mark('race:update:start');
    const input = { surface, start, steps: state.steps, noise: state.noise, seed: state.seed };
    return listed === null
      ? runRace({ ...input, selected, settings }, s)
      : runEntryRace(listed.entries, { ...input, lrs: listed.lrs }, s);
  }, [surface, start[0], start[1], state.steps, state.noise, state.seed, race.optValue, listed?.lrs]);
  const runs = result.runs;
  const shown = Math.min(state.step, state.steps);
  useLayoutEffect(() => {
    if (typeof performance !== 'undefined' && performance.getEntriesByName('race:update:start', 'mark').length > 0) {
      performance.measure('race:update', 'race:update:start');
      performance.clearMarks('race:update:start');
    }
  }, [result]);

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
  const sweep = useSweep(props.sweep, sweepKey, {
    surface,
    start,
    steps: state.steps,
    noise: state.noise,
    seed: state.seed,
    selected,
    settings,
  });

  // Playback: whole steps at `speed` steps per second, on the shared frame scheduler.
  const clock = useRef(createPlayClock());
  const player = useFrameScheduler(({ now }) => {
    const advance = clock.current.advance(now, state.speed);
    if (advance > 0) {
      const next = Math.min(state.steps, shown + advance);
      update({ step: next });
      if (next >= state.steps) {
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

  const map = useRef<MapHandle>({ figure: null, overlay: null, scales: null });
  const name = state.s === 'formula' ? 'formula' : state.s;
  const download = async (kind: DownloadKind) => {
    const scales = map.current.scales;
    try {
      await downloadRace({
        kind,
        name,
        runs,
        config: {
          surface: state.s,
          formula: state.s === 'formula' ? race.formulaText : undefined,
          start,
          steps: state.steps,
          noise: state.noise,
          seed: state.seed,
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

  const surfaceTitle =
    surface.id === 'formula' ? null : (s.surfaces[surface.id as keyof typeof s.surfaces] ?? surface.title);
  const status =
    result.error ??
    raceStatus(
      runs,
      shown,
      state.steps,
      surfaceTitle ?? `f(x, y) = ${race.formulaText}`,
      s.status,
      divergence.run,
      titles,
    );
  const surfaceName = surfaceTitle ?? s.yourFunction(race.formulaText);

  return (
    <WidgetFrame
      name="race"
      title={props.title === strings.en.defaultTitle ? s.defaultTitle : props.title}
      status={status}
      summary={result.error ?? raceSummary(runs, shown, state.steps, s.status, titles)}
      messages={[...race.linkMessages, ...(result.error ? [result.error] : []), ...(race.notice ? [race.notice] : [])]}
      controls={
        <RaceControls
          s={s}
          ids={ids}
          race={race}
          shown={shown}
          playing={playing}
          onPlay={() => {
            if (shown >= state.steps) update({ step: 0 });
            clock.current.reset();
            setPlaying(!playing);
          }}
          onStep={() => update({ step: Math.min(state.steps, shown + 1) })}
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
      settings={
        listed ? (
          <EntrySettings s={s} entries={listed.entries} lrs={listed.lrs} setLr={listed.setLr} />
        ) : (
          <RaceSettings
            s={s}
            titles={titles}
            selected={race.selected}
            settings={race.settings}
            horizon={state.steps}
            toggle={race.toggle}
            setSettings={race.setSettings}
          />
        )
      }
      below={
        <>
          <div class="race__loss-block">
            <p class="race__caption">{baseline === null ? s.lossCaption : s.gapCaption}</p>
            <RaceLossChart
              s={s}
              runs={runs}
              baseline={baseline}
              steps={state.steps}
              shown={shown}
              label={s.lossLabel(runs.length, surfaceName)}
            />
          </div>
          {props.sweep && (
            <SweepChart
              s={s}
              titles={titles}
              sweep={sweep.sweep}
              computing={sweep.computing}
              runs={sweep.runs}
              raceRuns={runs}
              baseline={baseline}
              label={s.sweepLabel(state.steps, surfaceName)}
              applyBest={race.setLrs}
            />
          )}
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
        surface={surface}
        start={start}
        runs={runs}
        shown={shown}
        label={s.mapLabel(surfaceName, runs.length, fmt(start[0]), fmt(start[1]))}
        description={s.mapDescription(surfaceName)}
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
