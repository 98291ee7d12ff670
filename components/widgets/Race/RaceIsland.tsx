import { Plot } from '../lib/plot.ts';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { surfaceFromFormula } from '../../../src/engine/expr/index.ts';
import { exprErrorText } from '../../../src/i18n/expr.ts';
import { classicOptimizerNames } from '../../../src/engine/optim/index.ts';
import type { ClassicOptimizerName } from '../../../src/engine/optim/index.ts';
import type { Surface } from '../../../src/engine/problems/index.ts';
import { sampleField, shadeValues } from '../../../src/engine/sim/index.ts';
import { Button, Select, Slider, Toggle } from '../lib/controls.tsx';
import { cssVariable, downloadBlob, downloadText, svgToPng } from '../lib/download.ts';
import { fileNameOf, standaloneSvg, trajectoriesToCsv, trajectoriesToJson } from '../lib/export.ts';
import type { TrajectoryExport } from '../lib/export.ts';
import { fmt } from '../lib/format.ts';
import { useAnimationFrame, useUrlState } from '../lib/hooks.ts';
import { applyHyper, decodeOptimizers, defaultSettings, encodeOptimizers, hyperLabels, hyperOf, hyperRanges } from '../lib/optimizer-settings.ts';
import type { Settings } from '../lib/optimizer-settings.ts';
import { basePlotOptions, colors, seriesColor } from '../lib/plot-theme.ts';
import { frameWidths } from '../lib/PlotFigure.tsx';
import { ScaledPlot } from '../lib/ScaledPlot.tsx';
import { useUrlParam } from '../lib/url-param.ts';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { optimizerTitlesOf, useDivergenceText, useLocale, useStrings, withLocale } from '../lib/i18n.tsx';
import { strings } from './strings.ts';
import { clampToDomain, formulaSurface, lossBaseline, positionAt, raceLrs, raceSpecs, raceStatus, runRace, surfaceChoices, surfaceOf } from './model.ts';
import type { RaceRun } from './model.ts';
import type { RaceProps } from './schema.ts';
import { fallbackScales, plotMargins, scalesOf } from './scales.ts';
import type { Scales } from './scales.ts';
import { computeSweep, emptySweep, startSweep, sweepLrs } from './sweep.ts';
import type { SweepResult } from './sweep.ts';

/** The sweep on screen, with what it was computed for (it can lag behind the inputs while the next one is computed). */
type ShownSweep = SweepResult & { baseline: number | null; steps: number };

const colorOf = (name: ClassicOptimizerName) => seriesColor(classicOptimizerNames.indexOf(name));
const mapAspect = 0.72;
const lossAspect = 0.5;
const sweepAspect = 0.5;
const mapMargins = { top: 20, right: 20, bottom: 30, left: 44 } as const;
const chartMargins = { top: 22, right: 20, bottom: 30, left: 62 } as const;

const pathOf = (run: RaceRun['run'], upTo: number, s: Scales): string => {
  const n = Math.min(upTo, run.steps);
  let d = '';
  for (let k = 0; k <= n; k++) {
    const px = s.x(run.points[2 * k]!);
    const py = s.y(run.points[2 * k + 1]!);
    d += `${k === 0 ? 'M' : 'L'}${px.toFixed(1)},${py.toFixed(1)}`;
  }
  return d;
};

/** The y value the loss chart plots: the gap to the known minimum (log axis), or the loss itself (symlog). */
const lossValue = (loss: number, baseline: number | null) => (baseline === null ? loss : Math.max(loss - baseline, 1e-16));

/** Axis ticks: short numbers, powers of ten written as 10⁻³. */
const tick = (v: number) => fmt(v, 2);

const mark = (name: string) => {
  if (typeof performance !== 'undefined' && typeof window !== 'undefined') performance.mark(name);
};

function RaceIsland(props: RaceProps) {
  const s = useStrings(strings);
  const divergence = useDivergenceText();
  const locale = useLocale();
  const titles = optimizerTitlesOf(locale);
  const specs = useMemo(() => raceSpecs(), []);
  const propSurface = useMemo(() => surfaceOf(props.surface, formulaSurface(props.formula)), []);
  const base = useMemo(
    () => ({
      s: props.surface,
      start: props.start ? clampToDomain(propSurface, props.start) : [...propSurface.start],
      steps: props.steps,
      step: 0,
      speed: 30,
      noise: props.noise,
      seed: props.seed,
    }),
    [],
  );
  const { state, update, messages } = useUrlState(props.id, specs, base);
  const baseOptimizers = useMemo(() => ({ selected: [...props.optimizers], settings: applyHyper(defaultSettings(raceLrs), props.hyper) }), []);
  const opt = useUrlParam(
    `${props.id}.opt`,
    baseOptimizers,
    (v) => encodeOptimizers(v.selected, v.settings),
    (raw) => {
      const read = decodeOptimizers(raw, baseOptimizers, locale);
      return { value: { selected: read.selected, settings: read.settings }, messages: read.messages };
    },
  );
  const fn = useUrlParam(
    `${props.id}.fn`,
    props.formula,
    (text) => text,
    (raw) => {
      const result = surfaceFromFormula(raw);
      return result.ok ? { value: raw, messages: [] } : { value: props.formula, messages: [s.linkFn(exprErrorText(result.error.problem, locale), props.formula)] };
    },
  );
  const [draft, setDraft] = useState<string | null>(null);
  const [formulaError, setFormulaError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const clock = useRef({ last: 0, carry: 0 });
  const ids = useId();

  const formula = useMemo(() => formulaSurface(fn.value), [fn.value]);
  const surface: Surface = surfaceOf(state.s, formula);
  const start = clampToDomain(surface, state.start);
  const { selected, settings } = opt.value;
  const baseline = lossBaseline(surface);

  // Recompute every trajectory on each change; timed (with the redraws below) as 'race:update'.
  const race = useMemo(() => {
    mark('race:update:start');
    return runRace({ surface, start, steps: state.steps, noise: state.noise, seed: state.seed, selected, settings }, s);
  }, [surface, start[0], start[1], state.steps, state.noise, state.seed, opt.value]);
  const runs = race.runs;
  const shown = Math.min(state.step, state.steps);

  // The learning-rate sweep: independent of each optimizer's own lr, so the lr sliders never recompute it.
  const sweepKey = JSON.stringify([state.s, fn.value, start, state.steps, state.noise, state.seed, selected, classicOptimizerNames.map((n) => ({ ...settings[n], lr: 0 }))]);
  // Computed at build time for the static frame. In the browser, after hydration and after each
  // change, in slices of a few runs per animation frame (startSweep), so that no task blocks the
  // page; the previous sweep stays on screen, dimmed, until the new one is complete, and a newer
  // change cancels work that has become stale.
  const [sweep, setSweep] = useState<ShownSweep>(() =>
    props.sweep && typeof window === 'undefined'
      ? { ...computeSweep({ surface, start, steps: state.steps, noise: state.noise, seed: state.seed, selected, settings }), key: sweepKey, baseline, steps: state.steps }
      : { ...emptySweep, baseline, steps: state.steps },
  );
  const sweepInput = { surface, start, steps: state.steps, noise: state.noise, seed: state.seed, selected, settings };
  const sweepInputRef = useRef(sweepInput);
  sweepInputRef.current = sweepInput;
  const shownSweepKey = useRef(sweep.key);
  const [sweepRuns, setSweepRuns] = useState(0);
  const sweepStarted = useRef<number | null>(null);
  useEffect(() => {
    if (!props.sweep || shownSweepKey.current === sweepKey) return;
    let job: { cancel(): void } | null = null;
    // A short pause first: a slider dragged through many values starts one sweep, not one per value.
    const timer = window.setTimeout(() => {
      const input = sweepInputRef.current;
      sweepStarted.current = performance.now();
      const next = startSweep(input, {
        onSlice: (_done, start, end) => performance.measure('race:sweep:slice', { start, end }),
        onDone: (result) => {
          shownSweepKey.current = sweepKey;
          setSweep({ ...result, key: sweepKey, baseline: lossBaseline(input.surface), steps: input.steps });
        },
      });
      setSweepRuns(next.runs);
      job = next;
    }, 120);
    return () => {
      window.clearTimeout(timer);
      job?.cancel();
    };
  }, [sweepKey]);
  const sweepComputing = props.sweep && sweep.key !== sweepKey;
  // 'race:sweep': from the start of the sweep's work to the new sweep drawn (the chart redraws in
  // its own layout effect, which runs before this one).
  useLayoutEffect(() => {
    if (sweepStarted.current === null) return;
    performance.measure('race:sweep', { start: sweepStarted.current, end: performance.now() });
    sweepStarted.current = null;
  }, [sweep]);

  // Contours: the grid is sampled once per surface; the Plot is rebuilt only when it changes.
  const field = useMemo(() => {
    const sampled = sampleField(surface.f, surface.domain, 72, 56);
    const shade = shadeValues(sampled);
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of shade) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const thresholds = Number.isFinite(lo) && hi > lo ? Array.from({ length: 15 }, (_, i) => lo + ((hi - lo) * (i + 1)) / 16) : [];
    return { sampled, shade, thresholds };
  }, [surface]);

  const [mapScales, setMapScales] = useState<Scales | null>(null);
  const [lossScales, setLossScales] = useState<Scales | null>(null);
  const [sweepScales, setSweepScales] = useState<Scales | null>(null);
  const mapFigure = useRef<Element | null>(null);
  const overlayRef = useRef<SVGSVGElement>(null);
  // Before the browser draws a figure, its overlay is drawn with the scales of the build's frame
  // on screen: the laptop's or the phone's (ScaledPlot's onFrame).
  const [mapFrame, setMapFrame] = useState<number>(frameWidths.wide);
  const [lossFrame, setLossFrame] = useState<number>(frameWidths.wide);
  const mapAt = (width: number) => fallbackScales(surface.domain.x, surface.domain.y, mapAspect, mapMargins, 'linear', 'linear', width);
  const mapS = mapScales ?? mapAt(mapFrame);

  const maxLoss = useMemo(() => {
    let lo = Infinity;
    let hi = 0;
    for (const { run } of runs) for (const l of run.losses) {
      const v = lossValue(l, baseline);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return { lo: Number.isFinite(lo) ? lo : 1e-16, hi: hi > 0 ? hi : 1 };
  }, [runs, baseline]);
  // Rounded out to whole decades, so that most input changes keep the axes (and the Plot) as they are.
  const decade = (v: number, up: boolean) => 10 ** (up ? Math.ceil(Math.log10(v)) : Math.floor(Math.log10(v)));
  const lossDomainY: [number, number] =
    baseline === null ? [Math.min(0, -decade(Math.max(1e-3, -maxLoss.lo), true)), decade(Math.max(1e-3, maxLoss.hi), true)] : [Math.max(1e-16, decade(maxLoss.lo, false)), decade(maxLoss.hi, true)];
  const lossAt = (width: number) => fallbackScales([0, state.steps], lossDomainY, lossAspect, chartMargins, 'linear', baseline === null ? 'symlog' : 'log', width);
  const lossFallback = useMemo(() => lossAt(lossFrame), [state.steps, lossDomainY[0], lossDomainY[1], baseline === null, lossFrame]);
  const lossS = lossScales ?? lossFallback;

  useLayoutEffect(() => {
    if (typeof performance !== 'undefined' && performance.getEntriesByName('race:update:start', 'mark').length > 0) {
      performance.measure('race:update', 'race:update:start');
      performance.clearMarks('race:update:start');
    }
  }, [race]);

  useAnimationFrame(
    playing,
    () => {
      const now = performance.now();
      const dt = clock.current.last ? (now - clock.current.last) / 1000 : 0;
      clock.current.last = now;
      clock.current.carry += Math.min(dt, 0.25) * state.speed;
      const advance = Math.floor(clock.current.carry);
      if (advance > 0) {
        clock.current.carry -= advance;
        const next = Math.min(state.steps, shown + advance);
        update({ step: next });
        if (next >= state.steps) return false;
      }
      return true;
    },
    () => setPlaying(false),
  );

  const setSettings = (name: ClassicOptimizerName, patch: Partial<Settings[ClassicOptimizerName]>) =>
    opt.setValue({ selected, settings: { ...settings, [name]: { ...settings[name], ...patch } } });
  const toggle = (name: ClassicOptimizerName, on: boolean) => {
    const next = on ? classicOptimizerNames.filter((n) => n === name || selected.includes(n)) : selected.filter((n) => n !== name);
    if (next.length === 0) {
      setNotice(s.atLeastOne);
      return;
    }
    setNotice(null);
    opt.setValue({ selected: next, settings });
  };
  const moveStart = (point: readonly number[]) => update({ start: clampToDomain(surface, point), step: Math.min(state.step, state.steps) });

  const applyFormula = () => {
    const text = draft ?? fn.value;
    const result = surfaceFromFormula(text);
    if (!result.ok) {
      setFormulaError(s.formulaKept(exprErrorText(result.error.problem, locale)));
      return;
    }
    setFormulaError(null);
    fn.setValue(text);
    setDraft(null);
    update({ s: 'formula', start: clampToDomain(result.surface, state.s === 'formula' ? state.start : result.surface.start) });
  };

  const onMapKey = (event: KeyboardEvent) => {
    const dx = (surface.domain.x[1] - surface.domain.x[0]) / 50;
    const dy = (surface.domain.y[1] - surface.domain.y[0]) / 50;
    const k = event.shiftKey ? 5 : 1;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-dx, 0], ArrowRight: [dx, 0], ArrowUp: [0, dy], ArrowDown: [0, -dy] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    moveStart([start[0] + move[0] * k, start[1] + move[1] * k]);
  };
  const onMapClick = (event: MouseEvent) => {
    const target = event.currentTarget as HTMLElement;
    const rect = target.getBoundingClientRect();
    if (rect.width === 0) return;
    const px = ((event.clientX - rect.left) * mapS.width) / rect.width;
    const py = ((event.clientY - rect.top) * mapS.height) / rect.height;
    moveStart([mapS.invertX(px), mapS.invertY(py)]);
  };

  // Exports
  const exportsOf = (): TrajectoryExport[] =>
    runs.map(({ name, run }) => ({ optimizer: name, spec: { ...run.spec }, points: run.points, losses: run.losses, diverged: run.diverged?.reason ?? null }));
  const config = () => ({
    surface: state.s,
    formula: state.s === 'formula' ? fn.value : undefined,
    start,
    steps: state.steps,
    noise: state.noise,
    seed: state.seed,
    optimizers: selected,
    link: window.location.href,
  });
  const figureSvg = (): { markup: string; width: number; height: number } | null => {
    const figure = mapFigure.current;
    const overlay = overlayRef.current;
    if (!figure || !overlay) return null;
    const background = cssVariable('--bg-raised') || '#ffffff';
    let markup = figure.outerHTML;
    const open = markup.indexOf('>') + 1;
    markup = `${markup.slice(0, open)}<rect width="100%" height="100%" fill="${background}"/>${markup.slice(open)}`;
    markup = markup.replace(/<\/svg>\s*$/, `<g class="trajectories">${overlay.innerHTML}</g></svg>`);
    return { markup: standaloneSvg(markup, cssVariable), width: mapS.width, height: mapS.height };
  };
  const name = state.s === 'formula' ? 'formula' : state.s;
  const download = async (kind: 'csv' | 'json' | 'svg' | 'png') => {
    try {
      if (kind === 'csv') downloadText(trajectoriesToCsv(exportsOf()), 'text/csv', fileNameOf(`race-${name}`, 'csv'));
      else if (kind === 'json') downloadText(trajectoriesToJson(config(), exportsOf()), 'application/json', fileNameOf(`race-${name}`, 'json'));
      else {
        const svg = figureSvg();
        if (!svg) throw new Error(s.notDrawn);
        if (kind === 'svg') downloadText(svg.markup, 'image/svg+xml', fileNameOf(`race-${name}`, 'svg'));
        else downloadBlob(await svgToPng(svg.markup, svg.width, svg.height, cssVariable('--bg-raised') || '#ffffff'), fileNameOf(`race-${name}`, 'png'));
      }
      setNotice(s.downloaded(kind.toUpperCase()));
    } catch (error) {
      setNotice(s.downloadFailed(kind.toUpperCase(), error instanceof Error ? error.message : String(error)));
    }
  };

  const surfaceTitle = surface.id === 'formula' ? null : s.surfaces[surface.id as keyof typeof s.surfaces] ?? surface.title;
  const status = race.error ?? raceStatus(runs, shown, state.steps, surfaceTitle ?? `f(x, y) = ${fn.value}`, s.status, divergence.run, titles);
  const allMessages = [...messages, ...opt.messages, ...fn.messages, ...(race.error ? [race.error] : [])];
  const surfaceName = surfaceTitle ?? s.yourFunction(fn.value);
  const mapLabel = s.mapLabel(surfaceName, runs.length, fmt(start[0]), fmt(start[1]));
  const lossLabel = s.lossLabel(runs.length, surfaceName);
  const sweepLabel = s.sweepLabel(state.steps, surfaceName);

  const lossPathsFor = (S: Scales) =>
    runs.map(({ name, run }) => {
      let d = '';
      for (let k = 0; k <= run.steps; k++) d += `${k === 0 ? 'M' : 'L'}${S.x(k).toFixed(1)},${S.y(lossValue(run.losses[k]!, baseline)).toFixed(1)}`;
      return { name, d };
    });
  const lossPaths = useMemo(() => lossPathsFor(lossS), [runs, lossS, baseline]);
  const clipId = `${ids}-clip`.replace(/[^\w-]/g, '');

  /** The trajectories over the map, drawn with `S`; `live` for the one overlay of a running widget. */
  const mapOverlay = (S: Scales, live: boolean) => {
    const trail = runs.map(({ name, run }) => ({ name, full: pathOf(run, run.steps, S), part: pathOf(run, shown, S), at: positionAt(run, shown) }));
    const clip = live ? clipId : `${clipId}-${S.width}`;
    return (
      <svg {...(live ? { ref: overlayRef } : {})} viewBox={`0 0 ${S.width} ${S.height}`} width="100%" height="100%" aria-hidden="true" class="race__overlay">
        <defs>
          <clipPath id={clip}>
            <rect x={mapMargins.left} y={mapMargins.top} width={Math.max(0, S.width - mapMargins.left - mapMargins.right)} height={Math.max(0, S.height - mapMargins.top - mapMargins.bottom)} />
          </clipPath>
        </defs>
        <g clip-path={`url(#${clip})`}>
          {trail.map(({ name, full }) => (
            <path key={`${name}-full`} d={full} fill="none" stroke={colorOf(name)} stroke-opacity={0.25} stroke-width={1.5} />
          ))}
          {trail.map(({ name, part }) => (
            <path key={`${name}-part`} d={part} fill="none" stroke={colorOf(name)} stroke-width={2.25} stroke-linejoin="round" />
          ))}
          {trail.map(({ name, at }) => (
            <circle key={`${name}-dot`} data-dot={name} cx={S.x(at.x)} cy={S.y(at.y)} r={5} fill={colorOf(name)} stroke="var(--bg-raised)" stroke-width={1.5} />
          ))}
        </g>
        <circle cx={S.x(start[0])} cy={S.y(start[1])} r={8} fill="none" stroke={colors.fg} stroke-width={2} data-start />
      </svg>
    );
  };
  /** The loss lines and the step rule, drawn with `S`. */
  const lossOverlay = (S: Scales, paths: { name: ClassicOptimizerName; d: string }[]) => {
    const x = S.x(Math.min(shown, state.steps));
    return (
      <svg viewBox={`0 0 ${S.width} ${S.height}`} width="100%" height="100%" aria-hidden="true">
        {paths.map(({ name, d }) => (
          <path key={name} d={d} fill="none" stroke={colorOf(name)} stroke-width={1.75} stroke-linejoin="round" data-loss-line={name} />
        ))}
        <line x1={x} x2={x} y1={chartMargins.top} y2={S.height - chartMargins.bottom} stroke={colors.fg} stroke-dasharray="4 3" data-step-rule />
      </svg>
    );
  };

  return (
    <WidgetFrame
      name="race"
      title={props.title === strings.en.defaultTitle ? s.defaultTitle : props.title}
      status={status}
      messages={[...allMessages, ...(notice ? [notice] : [])]}
      controls={
        <div class="race__controls">
          <div class="race__row">
            <Select
              label={s.surface}
              value={state.s}
              options={surfaceChoices.map((id) => ({ value: id, label: id === 'formula' ? s.yourFunctionOption : s.surfaces[id] }))}
              onChange={(s) => {
                setPlaying(false);
                const next = surfaceOf(s, formula);
                update({ s, start: [...next.start], step: 0 });
              }}
            />
            {state.s === 'formula' && (
              <form
                class="race__formula"
                onSubmit={(event) => {
                  event.preventDefault();
                  applyFormula();
                }}
              >
                <label class="control__label" for={`${ids}-fn`}>
                  f(x, y) =
                </label>
                <input
                  id={`${ids}-fn`}
                  type="text"
                  inputMode="text"
                  spellcheck={false}
                  autoComplete="off"
                  maxLength={200}
                  value={draft ?? fn.value}
                  aria-invalid={formulaError ? 'true' : undefined}
                  aria-describedby={`${ids}-fn-help`}
                  onInput={(event) => setDraft(event.currentTarget.value)}
                />
                <button type="submit" class="button">
                  {s.apply}
                </button>
                <p id={`${ids}-fn-help`} class={formulaError ? 'race__error' : 'race__help'}>
                  {formulaError ?? s.formulaHelp}
                </p>
              </form>
            )}
          </div>
          <div class="race__row">
            <Slider label={s.steps} value={state.steps} min={10} max={1000} step={10} format={(v) => String(v)} onChange={(steps) => update({ steps: Math.round(steps), step: Math.min(state.step, Math.round(steps)) })} />
            <Slider
              label={s.noise}
              value={state.noise}
              min={0}
              max={5}
              step={0.05}
              onChange={(noise) => update({ noise })}
              hint={s.noiseHint}
            />
            {state.noise > 0 && <Slider label={s.noiseSeed} value={state.seed} min={0} max={99} step={1} format={(v) => String(v)} onChange={(seed) => update({ seed: Math.round(seed) })} />}
          </div>
          <fieldset class="race__optimizers">
            <legend>{s.optimizers}</legend>
            {classicOptimizerNames.map((oname) => {
              const on = selected.includes(oname);
              const os = settings[oname];
              const extra = hyperOf[oname].filter((key) => key !== 'lr');
              return (
                <div class="race__opt" key={oname} data-optimizer={oname} style={{ '--swatch': colorOf(oname) }}>
                  <Toggle label={titles[oname]} checked={on} onChange={(checked) => toggle(oname, checked)} />
                  {on && (
                    <>
                      <Slider
                        label={`${titles[oname]} α`}
                        value={os.lr}
                        min={hyperRanges.lr.min}
                        max={hyperRanges.lr.max}
                        log
                        onChange={(lr) => setSettings(oname, { lr })}
                        hint={s.logScale}
                      />
                      {(extra.length > 0 || oname === 'adam') && (
                        <details class="race__more">
                          <summary>{s.moreSettings}</summary>
                          {extra.map((key) => (
                            <Slider
                              key={key}
                              label={`${titles[oname]} ${hyperLabels[locale][key]}`}
                              value={os[key]}
                              min={hyperRanges[key].min}
                              max={hyperRanges[key].max}
                              log={hyperRanges[key].log}
                              step={key === 'beta2' ? 0.0001 : 0.001}
                              format={(v) => (key === 'eps' ? fmt(v) : String(Number(v.toPrecision(4))))}
                              onChange={(v) => setSettings(oname, { [key]: v })}
                            />
                          ))}
                          {oname === 'adam' && <Toggle label={s.biasCorrection} checked={os.biasCorrection} onChange={(biasCorrection) => setSettings('adam', { biasCorrection })} />}
                        </details>
                      )}
                    </>
                  )}
                </div>
              );
            })}
          </fieldset>
          <div class="race__row race__playback">
            <div class="widget__buttons">
              <Button
                onClick={() => {
                  if (shown >= state.steps) update({ step: 0 });
                  clock.current = { last: 0, carry: 0 };
                  setPlaying(!playing);
                }}
                pressed={playing}
              >
                {playing ? s.pause : s.play}
              </Button>
              <Button onClick={() => update({ step: Math.min(state.steps, shown + 1) })} disabled={shown >= state.steps}>
                {s.stepButton}
              </Button>
              <Button
                onClick={() => {
                  setPlaying(false);
                  update({ step: 0 });
                }}
              >
                {s.reset}
              </Button>
            </div>
            <Slider label={s.speed} value={state.speed} min={1} max={300} log format={(v) => String(Math.round(v))} onChange={(speed) => update({ speed })} />
            <Slider label={s.stepShown} value={shown} min={0} max={state.steps} step={1} format={(v) => s.of(v, state.steps)} onChange={(step) => update({ step: Math.round(step) })} />
          </div>
        </div>
      }
    >
      <div
        class="race__map"
        tabIndex={0}
        role="application"
        aria-roledescription={s.picker}
        aria-label={s.pickerLabel(fmt(start[0]), fmt(start[1]))}
        onKeyDown={onMapKey}
        onClick={onMapClick}
      >
        <ScaledPlot
          aspect={mapAspect}
          label={mapLabel}
          deps={[surface, field]}
          onDrawn={(figure, width, height) => {
            mapFigure.current = figure;
            setMapScales(scalesOf(figure, width, height));
          }}
          draw={(context) =>
            Plot.plot({
              ...basePlotOptions(context, mapLabel, s.mapDescription(surfaceName)),
              ...plotMargins(mapMargins),
              x: { domain: [...surface.domain.x], label: 'x' },
              y: { domain: [...surface.domain.y], label: 'y' },
              marks: [
                Plot.contour(field.shade, {
                  width: field.sampled.nx,
                  height: field.sampled.ny,
                  x1: surface.domain.x[0],
                  x2: surface.domain.x[1],
                  y1: surface.domain.y[0],
                  y2: surface.domain.y[1],
                  thresholds: field.thresholds,
                  fill: colors.accent,
                  fillOpacity: 0.05,
                  stroke: colors.soft,
                  strokeOpacity: 0.35,
                  strokeWidth: 0.6,
                }),
                Plot.dot(surface.minima, { x: (m: { point: number[] }) => m.point[0], y: (m: { point: number[] }) => m.point[1], symbol: 'times', r: 5, stroke: colors.fg, strokeWidth: 2 }),
                Plot.frame({ stroke: colors.grid }),
              ],
            })
          }
          onFrame={setMapFrame}
          overlay={(frameWidth) => mapOverlay(frameWidth === undefined ? mapS : (mapScales ?? mapAt(frameWidth)), frameWidth === undefined)}
        />
      </div>
      <ul class="race__legend" aria-label={s.colours}>
        {runs.map(({ name }) => (
          <li key={name} style={{ '--swatch': colorOf(name) }}>
            {titles[name]}
          </li>
        ))}
      </ul>
      <p class="race__caption">{baseline === null ? s.lossCaption : s.gapCaption}</p>
      <ScaledPlot
        class="race__loss"
        aspect={lossAspect}
        label={lossLabel}
        deps={[lossDomainY[0], lossDomainY[1], state.steps, baseline === null]}
        onDrawn={(figure, width, height) => setLossScales(scalesOf(figure, width, height))}
        draw={(context) =>
          Plot.plot({
            ...basePlotOptions(context, lossLabel, s.lossDescription(baseline !== null)),
            ...plotMargins(chartMargins),
            x: { domain: [0, state.steps], label: s.stepAxis },
            y: baseline === null ? { type: 'symlog', domain: lossDomainY, label: s.lossAxis, grid: true, ticks: 6, tickFormat: tick } : { type: 'log', domain: lossDomainY, label: s.gapAxis, grid: true, ticks: 6, tickFormat: tick },
            marks: [Plot.frame({ stroke: colors.grid, anchor: 'bottom' })],
          })
        }
        onFrame={setLossFrame}
        overlay={(frameWidth) => {
          if (frameWidth === undefined) return lossOverlay(lossS, lossPaths);
          const S = lossScales ?? lossAt(frameWidth);
          return lossOverlay(S, lossPathsFor(S));
        }}
      />
      {props.sweep && (
        <div class="race__sweep-block" data-sweep-state={sweepComputing ? 'computing' : 'done'} data-sweep-runs={sweepRuns || undefined}>
          <p class="race__caption">{s.sweepCaption(sweep.steps)}</p>
          <ScaledPlot
            class={`race__sweep${sweepComputing ? ' race__sweep--stale' : ''}`}
            aspect={sweepAspect}
            label={sweepLabel}
            deps={[sweep]}
            onDrawn={(figure, width, height) => setSweepScales(scalesOf(figure, width, height))}
            draw={(context) => {
              const shownBaseline = sweep.baseline;
              const rows = sweep.rows.filter((r) => !r.diverged).map((r) => ({ ...r, v: lossValue(r.finalLoss, shownBaseline) }));
              const best = sweep.best.map((b) => ({ ...b, v: lossValue(b.finalLoss, shownBaseline) }));
              return Plot.plot({
                ...basePlotOptions(context, sweepLabel, s.sweepDescription),
                ...plotMargins(chartMargins),
                x: { type: 'log', domain: [sweepLrs[0]!, sweepLrs[sweepLrs.length - 1]!], label: s.lrAxis, ticks: 6, tickFormat: tick },
                y: shownBaseline === null ? { type: 'symlog', label: s.finalLoss, grid: true, ticks: 6, tickFormat: tick } : { type: 'log', label: s.finalGap, grid: true, ticks: 6, tickFormat: tick },
                marks: [
                  ...classicOptimizerNames.map((oname) => Plot.line(rows.filter((r) => r.name === oname), { x: 'lr', y: 'v', stroke: colorOf(oname), strokeWidth: 1.5 })),
                  Plot.dot(best, { x: 'lr', y: 'v', fill: (d: { name: ClassicOptimizerName }) => colorOf(d.name), r: 5, stroke: 'var(--bg-raised)' }),
                ],
              });
            }}
            overlay={(frameWidth) =>
              frameWidth === undefined &&
              sweepScales &&
              !sweepComputing && (
                <svg viewBox={`0 0 ${sweepScales.width} ${sweepScales.height}`} width="100%" height="100%" aria-hidden="true">
                  {runs.map(({ name, run }) => {
                    if (run.diverged) return null;
                    const y = sweepScales.y(lossValue(run.losses[run.steps]!, baseline));
                    const x = sweepScales.x(settings[name].lr);
                    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
                    return <circle key={name} cx={x} cy={y} r={7} fill="none" stroke={colorOf(name)} stroke-width={2} />;
                  })}
                </svg>
              )
            }
          />
          <p class="race__best" data-best aria-busy={sweepComputing ? 'true' : undefined}>
            {sweepComputing
              ? sweep.key === ''
                ? s.computing
                : s.recomputing
              : sweep.best.length === 0
                ? s.noneConverged
                : s.best(sweep.best.map((b) => s.bestItem(titles[b.name], fmt(b.lr), fmt(b.finalLoss))))}
          </p>
          <div class="widget__buttons">
            <Button
              onClick={() => {
                const next = { ...settings };
                for (const b of sweep.best) next[b.name] = { ...next[b.name], lr: b.lr };
                opt.setValue({ selected, settings: next });
              }}
              disabled={sweepComputing || sweep.best.length === 0}
            >
              {s.useBest}
            </Button>
          </div>
        </div>
      )}
      <div class="race__exports widget__buttons" role="group" aria-label={s.downloads}>
        <span class="control__label">{s.download}</span>
        <Button onClick={() => void download('csv')} label={s.csv}>CSV</Button>
        <Button onClick={() => void download('json')} label={s.json}>JSON</Button>
        <Button onClick={() => void download('svg')} label={s.svg}>SVG</Button>
        <Button onClick={() => void download('png')} label={s.png}>PNG</Button>
      </div>
    </WidgetFrame>
  );
}

export default withLocale(RaceIsland);
