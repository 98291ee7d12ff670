import { Plot } from '../lib/plot.ts';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { cssVariable } from '../lib/download.ts';
import { datasets } from '../../../src/engine/data/index.ts';
import { activations } from '../../../src/engine/nn/index.ts';
import type { Activation } from '../../../src/engine/nn/index.ts';
import { classicOptimizerNames } from '../../../src/engine/optim/index.ts';
import type { ClassicOptimizerName } from '../../../src/engine/optim/index.ts';
import type { Trainer } from '../../../src/engine/sim/index.ts';
import { Button, Select, Slider, Toggle } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { applyHyper, decodeOptimizers, defaultSettings, encodeOptimizers, hyperRanges } from '../lib/optimizer-settings.ts';
import { basePlotOptions, colors, seriesColor } from '../lib/plot-theme.ts';
import { frameWidths } from '../lib/PlotFigure.tsx';
import { ScaledPlot } from '../lib/ScaledPlot.tsx';
import { onThemeChange } from '../lib/theme-watch.ts';
import { useUrlParam } from '../lib/url-param.ts';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { fallbackScales, plotMargins, scalesOf } from '../Race/scales.ts';
import type { Scales } from '../Race/scales.ts';
import { buildRace, createRoundRobin, encodeHidden, lossAxes, lossFloor, parseHidden, shadeProbabilities, trainerDatasets, trainerLrs, trainerStatus } from './model.ts';
import type { TrainerProps } from './schema.ts';
import { optimizerTitlesOf, useDivergenceText, useLocale, useStrings, withLocale } from '../lib/i18n.tsx';
import { strings } from './strings.ts';

const colorOf = (name: ClassicOptimizerName) => seriesColor(classicOptimizerNames.indexOf(name));
/**
 * Milliseconds of work (painting decision boundaries, then training) per animation frame; the
 * rest of the frame is left to the browser (style, layout, paint) and to the status re-render.
 */
const frameBudget = 8;
/** How often the decision boundaries, loss curves and status are redrawn while training. */
const redrawEvery = 250;
const lossAspect = 0.5;
const lossMargins = { top: 22, right: 20, bottom: 30, left: 62 } as const;
/** At most this many points per loss curve (the record has one per epoch). */
const maxCurvePoints = 400;
const gridSize = 40;
/** Steps per optimizer per animation frame (always within the time budget). */
const speeds: Record<string, { steps: number }> = {
  slow: { steps: 1 },
  normal: { steps: 4 },
  fast: { steps: 20 },
};

/** A CSS colour (a var() resolved on the page) as [r, g, b]. */
function rgbOf(context: CanvasRenderingContext2D, cssColor: string): [number, number, number] {
  context.fillStyle = '#000';
  context.fillStyle = cssColor;
  const text = String(context.fillStyle);
  if (text.startsWith('#') && text.length === 7) return [parseInt(text.slice(1, 3), 16), parseInt(text.slice(3, 5), 16), parseInt(text.slice(5, 7), 16)];
  const m = /(\d+)\D+(\d+)\D+(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [128, 128, 128];
}

const cssValue = (name: string, fallback: string) => cssVariable(name) || fallback;

function TrainerIsland(props: TrainerProps) {
  const s = useStrings(strings);
  const divergence = useDivergenceText();
  const locale = useLocale();
  const titles = optimizerTitlesOf(locale);
  const ids = useId();
  const specs = useMemo(
    () =>
      ({
        ds: { kind: 'enum', default: props.dataset, values: trainerDatasets },
        act: { kind: 'enum', default: props.activation, values: activations },
        batch: { kind: 'number', default: props.batchSize, min: 1, max: 210, integer: true },
        seed: { kind: 'number', default: props.seed, min: 0, max: 9999, integer: true },
        speed: { kind: 'enum', default: 'normal', values: Object.keys(speeds) },
      }) as const,
    [],
  );
  const { state, update, messages } = useUrlState(props.id, specs, { ds: props.dataset, act: props.activation, batch: props.batchSize, seed: props.seed, speed: 'normal' });
  const baseOptimizers = useMemo(() => ({ selected: [...props.optimizers], settings: applyHyper(defaultSettings(trainerLrs), props.hyper) }), []);
  const opt = useUrlParam(
    `${props.id}.opt`,
    baseOptimizers,
    (v) => encodeOptimizers(v.selected, v.settings),
    (raw) => {
      const read = decodeOptimizers(raw, baseOptimizers, locale);
      return { value: { selected: read.selected, settings: read.settings }, messages: read.messages };
    },
  );
  const baseHidden = props.sizes.slice(1, -1);
  const hiddenParam = useUrlParam(`${props.id}.hidden`, baseHidden, encodeHidden, (raw) => {
    const read = parseHidden(raw, s);
    return read.ok ? { value: read.hidden, messages: [] } : { value: baseHidden, messages: [s.linkHidden(read.message, baseHidden.join(', '))] };
  });
  const [hiddenDraft, setHiddenDraft] = useState<string | null>(null);
  const [hiddenError, setHiddenError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const [version, setVersion] = useState(0);

  const { selected, settings } = opt.value;
  const hidden = hiddenParam.value;
  const dataset = state.ds as (typeof trainerDatasets)[number];
  const config = { dataset, hidden, activation: state.act as Activation, batchSize: state.batch, seed: state.seed, selected, settings };
  const configKey = JSON.stringify(config);
  const built = useMemo(() => buildRace(config), [configKey]);
  const { race, names, train, test } = built;
  const stepsPerEpoch = race.trainers[0]?.stepsPerEpoch ?? 1;
  const info = datasets[dataset];
  const [[x0, x1], [y0, y1]] = info.domain;

  useEffect(() => {
    setPlaying(false);
    setVersion((v) => v + 1);
  }, [configKey]);

  // Decision boundaries: each network's probability of class 1 on a grid, painted on a small canvas.
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const grid = useMemo(() => {
    const X = new Float64Array(gridSize * gridSize * 2);
    for (let j = 0; j < gridSize; j++) {
      for (let i = 0; i < gridSize; i++) {
        const k = j * gridSize + i;
        X[2 * k] = x0 + ((i + 0.5) / gridSize) * (x1 - x0);
        X[2 * k + 1] = y1 - ((j + 0.5) / gridSize) * (y1 - y0); // row 0 at the top
      }
    }
    return { X, out: new Float64Array(gridSize * gridSize) };
  }, [dataset]);
  // Theme colours as RGB, read once (reading CSS variables forces a style recalculation) and again
  // when the theme changes.
  const palette = useRef<{ c0: number[]; c1: number[]; bg: number[] } | null>(null);
  const [theme, setTheme] = useState(0);
  useEffect(
    () =>
      onThemeChange(() => {
        palette.current = null;
        setTheme((t) => t + 1);
      }),
    [],
  );
  const paintPanel = (index: number) => {
    const trainer: Trainer | undefined = race.trainers[index];
    const context = canvases.current[index]?.getContext('2d');
    if (!trainer || !context) return;
    palette.current ??= {
      c0: rgbOf(context, cssValue('--series-2', '#c2410c')),
      c1: rgbOf(context, cssValue('--series-1', '#1f5fbf')),
      bg: rgbOf(context, cssValue('--bg-raised', '#ffffff')),
    };
    const { c0, c1, bg } = palette.current;
    trainer.mlp.predict(trainer.params, grid.X, grid.out);
    const image = context.createImageData(gridSize, gridSize);
    shadeProbabilities(grid.out, c0, c1, bg, image.data);
    context.putImageData(image, 0, 0);
  };

  // The work of each animation frame, within a time budget (`frameBudget`): first the decision
  // boundaries waiting to be painted, one network at a time (a snapshot is painted whole before
  // training goes on, so the panels, the curves and the status show the same step); then, while
  // training, single optimizer steps taken in turn (createRoundRobin), so a frame can end between
  // two networks. Every `redrawEvery` ms, at the end of a whole round, the status and the loss
  // curves re-render and every panel is queued for painting. Nothing here rebuilds a Plot.
  const stepper = useMemo(() => createRoundRobin(race), [race]);
  const live = useRef({ race, stepper, playing, perFrame: 4, paintPanel });
  live.current = { race, stepper, playing, perFrame: speeds[state.speed]?.steps ?? 4, paintPanel };
  const engine = useRef({ frame: 0, pending: [] as number[], lastRedraw: 0, stopping: false });
  const tick = () => {
    const e = engine.current;
    const l = live.current;
    e.frame = 0;
    const begin = performance.now();
    const within = () => performance.now() - begin < frameBudget;
    while (e.pending.length > 0) {
      l.paintPanel(e.pending.shift()!);
      if (!within()) break;
    }
    if (e.pending.length === 0 && l.playing) {
      if (e.stopping) {
        e.stopping = false;
        setPlaying(false);
        return;
      }
      const due = begin - e.lastRedraw >= redrawEvery;
      if (!(due && l.stepper.cursor === 0)) l.stepper.run(l.perFrame * l.race.trainers.length, within, due);
      if (l.stepper.cursor === 0 && (due || l.stepper.finished)) {
        e.lastRedraw = begin;
        e.pending = l.race.trainers.map((_, i) => i);
        e.stopping = l.stepper.finished;
        setVersion((v) => v + 1);
      }
    }
    if (e.pending.length > 0 || l.playing) e.frame = requestAnimationFrame(tick);
  };
  const wake = () => {
    if (engine.current.frame === 0) engine.current.frame = requestAnimationFrame(tick);
  };
  useEffect(() => () => cancelAnimationFrame(engine.current.frame), []);
  useEffect(() => {
    engine.current.stopping = false;
    if (playing) {
      engine.current.lastRedraw = performance.now();
      wake();
    }
  }, [playing]);
  // Outside training (first paint, one epoch, reset, a new configuration or theme): repaint every panel.
  useLayoutEffect(() => {
    if (playing) return;
    engine.current.pending = race.trainers.map((_, i) => i);
    wake();
  }, [version, race, theme, playing]);
  /** Stops training at the end of the current round, so every optimizer has taken the same number of steps. */
  const pause = () => {
    stepper.finishRound();
    setPlaying(false);
    setVersion((v) => v + 1);
  };

  const toPanel = (x: number, y: number) => [((x - x0) / (x1 - x0)) * 100, ((y1 - y) / (y1 - y0)) * 100] as const;
  const points = useMemo(() => {
    const list: { x: number; y: number; label: number; test: boolean }[] = [];
    for (let r = 0; r < train.n; r++) list.push({ x: train.X[2 * r]!, y: train.X[2 * r + 1]!, label: train.Y[r]!, test: false });
    for (let r = 0; r < test.n; r++) list.push({ x: test.X[2 * r]!, y: test.X[2 * r + 1]!, label: test.Y[r]!, test: true });
    return list;
  }, [built]);

  // The same vnode every render, so Preact skips re-diffing hundreds of circles on each redraw.
  const pointsDrawing = useMemo(
    () => (
      <svg viewBox="0 0 100 100" aria-hidden="true">
        {/* Four groups (train or test, class 1 or 0) carry the styles; each point only its place,
            to 0.01 of the 100-unit panel (a page ships the first frame of every panel). */}
        {([false, true] as const).flatMap((isTest) =>
          [1, 0].map((label) => {
            const color = label === 1 ? 'var(--series-1)' : 'var(--series-2)';
            const style = isTest ? { fill: 'none', stroke: color, 'stroke-width': 0.6 } : { fill: color, stroke: 'var(--bg-raised)', 'stroke-width': 0.3 };
            return (
              <g key={`${isTest}-${label}`} {...style}>
                {points.map((p, k) => {
                  if (p.test !== isTest || (p.label >= 0.5 ? 1 : 0) !== label) return null;
                  const [px, py] = toPanel(p.x, p.y);
                  return <circle key={k} cx={px.toFixed(2)} cy={py.toFixed(2)} r={1.5} />;
                })}
              </g>
            );
          }),
        )}
      </svg>
    ),
    [points],
  );

  const toggle = (name: ClassicOptimizerName, on: boolean) => {
    const next = on ? classicOptimizerNames.filter((n) => n === name || selected.includes(n)) : selected.filter((n) => n !== name);
    if (next.length === 0) {
      setNotice(s.atLeastOne);
      return;
    }
    setNotice(null);
    opt.setValue({ selected: next, settings });
  };
  const applyHidden = () => {
    if (hiddenDraft === null) return;
    const read = parseHidden(hiddenDraft, s);
    if (!read.ok) {
      setHiddenError(s.keeps(read.message, hidden.length ? hidden.join(', ') : s.noHidden));
      return;
    }
    setHiddenError(null);
    setHiddenDraft(null);
    hiddenParam.setValue(read.hidden);
  };

  const status = trainerStatus(race, names, stepsPerEpoch, s.status, divergence.train, titles);
  const sizesText = [2, ...hidden, 1].join('–');
  const lossLabel = s.lossLabel(names.length);
  // The loss chart: its Plot draws only the axes, whose domains change a few times per run
  // (lossAxes); the curves are paths on an overlay, recomputed at each redraw.
  const axes = lossAxes(race, stepsPerEpoch);
  const [lossScales, setLossScales] = useState<Scales | null>(null);
  // Before the browser draws the chart, the curves are drawn with the scales of the build's frame on
  // screen: the laptop's or the phone's (ScaledPlot's onFrame).
  const [lossFrame, setLossFrame] = useState<number>(frameWidths.wide);
  const lossAt = (width: number) => fallbackScales([0, axes.xMax], axes.y, lossAspect, lossMargins, 'linear', 'log', width);
  const lossFallback = useMemo(() => lossAt(lossFrame), [axes.xMax, axes.y[0], axes.y[1], lossFrame]);
  const lossS = lossScales ?? lossFallback;
  const curvesFor = (S: Scales) =>
    race.trainers.flatMap((t, i) => {
      const name = names[i]!;
      const h = t.history;
      const stride = Math.max(1, Math.ceil(h.epochStep.length / maxCurvePoints));
      const path = (losses: readonly number[]) => {
        let d = '';
        for (let k = 0; k < losses.length; k += stride) {
          d += `${k === 0 ? 'M' : 'L'}${S.x(h.epochStep[k]!).toFixed(1)},${S.y(Math.max(losses[k]!, lossFloor)).toFixed(1)}`;
        }
        const last = losses.length - 1;
        if (last > 0 && last % stride !== 0) d += `L${S.x(h.epochStep[last]!).toFixed(1)},${S.y(Math.max(losses[last]!, lossFloor)).toFixed(1)}`;
        return d;
      };
      return [
        { name, set: 'train', d: path(h.trainLoss) },
        { name, set: 'test', d: path(h.testLoss) },
      ];
    });
  const curves = useMemo(() => curvesFor(lossS), [version, race, lossS]);

  // The controls re-render only when what they show changes, not at every redraw while training.
  const controls = useMemo(
    () => (
      <div class="race__controls">
        <div class="race__row">
          <Select label={s.dataSet} value={state.ds} options={trainerDatasets.map((id) => ({ value: id, label: s.datasets[id].title }))} onChange={(ds) => update({ ds })} />
          <Select label={s.activation} value={state.act} options={activations.map((a) => ({ value: a, label: a }))} onChange={(act) => update({ act })} />
          <form
            class="trainer__hidden"
            onSubmit={(event) => {
              event.preventDefault();
              applyHidden();
            }}
          >
            <label class="control__label" for={`${ids}-hidden`}>
              {s.hiddenLayers}
            </label>
            <div class="trainer__hidden-row">
              <input
                id={`${ids}-hidden`}
                type="text"
                inputMode="numeric"
                maxLength={40}
                value={hiddenDraft ?? hidden.join(', ')}
                aria-invalid={hiddenError ? 'true' : undefined}
                aria-describedby={`${ids}-hidden-help`}
                onInput={(event) => setHiddenDraft(event.currentTarget.value)}
                onBlur={applyHidden}
              />
              <button type="submit" class="button">
                {s.apply}
              </button>
            </div>
            <span id={`${ids}-hidden-help`} class="race__help">
              {s.hiddenHelp(sizesText)}
            </span>
          </form>
        </div>
        <div class="race__row">
          <Slider label={s.batchSize} value={state.batch} min={1} max={210} step={1} format={(v) => (v >= 210 ? s.fullBatch : String(v))} onChange={(batch) => update({ batch: Math.round(batch) })} />
          <Select label={s.speed} value={state.speed} options={(['slow', 'normal', 'fast'] as const).map((value) => ({ value, label: s.speeds[value] }))} onChange={(speed) => update({ speed })} />
          <Slider label={s.seed} value={state.seed} min={0} max={99} step={1} format={(v) => String(v)} onChange={(seed) => update({ seed: Math.round(seed) })} />
        </div>
        <fieldset class="race__optimizers">
          <legend>{s.optimizers}</legend>
          {classicOptimizerNames.map((oname) => {
            const on = selected.includes(oname);
            return (
              <div class="race__opt" key={oname} style={{ '--swatch': colorOf(oname) }}>
                <Toggle label={titles[oname]} checked={on} onChange={(checked) => toggle(oname, checked)} />
                {on && (
                  <Slider
                    label={`${titles[oname]} α`}
                    value={settings[oname].lr}
                    min={hyperRanges.lr.min}
                    max={hyperRanges.lr.max}
                    log
                    onChange={(lr) => opt.setValue({ selected, settings: { ...settings, [oname]: { ...settings[oname], lr } } })}
                    hint={s.logScale}
                  />
                )}
              </div>
            );
          })}
        </fieldset>
        <div class="widget__buttons">
          <Button onClick={() => (playing ? pause() : setPlaying(true))} pressed={playing}>
            {playing ? s.pause : s.train}
          </Button>
          <Button
            onClick={() => {
              stepper.finishRound();
              for (const t of race.trainers) t.epoch();
              setVersion((v) => v + 1);
            }}
          >
            {s.oneEpoch}
          </Button>
          <Button
            onClick={() => {
              setPlaying(false);
              race.reset();
              stepper.reset();
              setVersion((v) => v + 1);
            }}
          >
            {s.reset}
          </Button>
        </div>
      </div>
    ),
    [state, opt.value, hidden, hiddenDraft, hiddenError, playing, race, stepper, s],
  );

  return (
    <WidgetFrame
      name="trainer"
      title={props.title === strings.en.defaultTitle ? s.defaultTitle : props.title}
      status={status}
      messages={[...messages, ...opt.messages, ...hiddenParam.messages, ...(hiddenError ? [hiddenError] : []), ...(notice ? [notice] : [])]}
      controls={controls}
    >
      <ul class="trainer__panels" aria-label={s.boundaries}>
        {names.map((name, index) => (
          <li key={name} class="trainer__panel" style={{ '--swatch': colorOf(name) }} data-panel={name}>
            <p class="trainer__panel-title">{titles[name]}</p>
            <div class="trainer__map" role="img" aria-label={s.boundary(titles[name])}>
              <canvas
                width={gridSize}
                height={gridSize}
                ref={(el) => {
                  canvases.current[index] = el;
                }}
              />
{pointsDrawing}
            </div>
          </li>
        ))}
      </ul>
      <p class="race__caption">{s.lossCaption}</p>
      <ScaledPlot
        class="trainer__loss"
        aspect={lossAspect}
        label={lossLabel}
        deps={[axes.xMax, axes.y[0], axes.y[1]]}
        onDrawn={(figure, width, height) => setLossScales(scalesOf(figure, width, height))}
        draw={(context) =>
          Plot.plot({
            ...basePlotOptions(context, lossLabel, s.lossDescription),
            ...plotMargins(lossMargins),
            x: { domain: [0, axes.xMax], label: s.xAxis },
            y: { type: 'log', domain: axes.y, label: s.yAxis, grid: true, ticks: 5, tickFormat: (v: number) => fmt(v, 2) },
            marks: [Plot.frame({ stroke: colors.grid, anchor: 'bottom' })],
          })
        }
        onFrame={setLossFrame}
        overlay={(frameWidth) => {
          const S = frameWidth === undefined ? lossS : (lossScales ?? lossAt(frameWidth));
          const shown = frameWidth === undefined ? curves : curvesFor(S);
          return (
            <svg viewBox={`0 0 ${S.width} ${S.height}`} width="100%" height="100%" aria-hidden="true">
              {shown.map(({ name, set, d }) => (
                <path
                  key={`${name}-${set}`}
                  d={d}
                  fill="none"
                  stroke={colorOf(name)}
                  stroke-width={set === 'train' ? 1.75 : 1.5}
                  stroke-dasharray={set === 'test' ? '4 3' : undefined}
                  stroke-linejoin="round"
                  data-loss-line={name}
                  data-set={set}
                />
              ))}
            </svg>
          );
        }}
      />
      <p class="race__best">
        {s.summary(s.datasets[dataset].title, s.datasets[dataset].description, train.n, test.n, sizesText, state.act, Math.min(state.batch, train.n))}
      </p>
    </WidgetFrame>
  );
}

export default withLocale(TrainerIsland);
