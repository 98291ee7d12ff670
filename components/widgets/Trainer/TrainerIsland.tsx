import { cssVariable } from '../lib/download.ts';
import * as Plot from '@observablehq/plot';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { datasets } from '../../../src/data/index.ts';
import { activations } from '../../../src/nn/index.ts';
import type { Activation } from '../../../src/nn/index.ts';
import { optimizerNames, optimizerTitles } from '../../../src/optim/index.ts';
import type { OptimizerName } from '../../../src/optim/index.ts';
import type { Trainer } from '../../../src/sim/index.ts';
import { Button, Select, Slider, Toggle } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { applyHyper, decodeOptimizers, defaultSettings, encodeOptimizers, hyperRanges } from '../lib/optimizer-settings.ts';
import { PlotFigure } from '../lib/PlotFigure.tsx';
import { basePlotOptions, seriesColor } from '../lib/plot-theme.ts';
import { useUrlParam } from '../lib/url-param.ts';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { buildRace, encodeHidden, maxSteps, parseHidden, trainerDatasets, trainerLrs, trainerStatus } from './model.ts';
import type { TrainerProps } from './schema.ts';

const colorOf = (name: OptimizerName) => seriesColor(optimizerNames.indexOf(name));
/** Milliseconds of training per animation frame: the rest of the frame is left for drawing. */
const frameBudget = 7;
/** How often the heat maps and loss curves are redrawn while training. */
const redrawEvery = 250;
const gridSize = 40;
/** Steps per optimizer per animation frame (always within the time budget). */
const speeds: Record<string, { steps: number; label: string }> = {
  slow: { steps: 1, label: 'Slow (1 step per frame)' },
  normal: { steps: 4, label: 'Normal (4 steps per frame)' },
  fast: { steps: 20, label: 'Fast (20 steps per frame)' },
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

export default function TrainerIsland(props: TrainerProps) {
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
      const read = decodeOptimizers(raw, baseOptimizers);
      return { value: { selected: read.selected, settings: read.settings }, messages: read.messages };
    },
  );
  const baseHidden = props.sizes.slice(1, -1);
  const hiddenParam = useUrlParam(`${props.id}.hidden`, baseHidden, encodeHidden, (raw) => {
    const read = parseHidden(raw);
    return read.ok ? { value: read.hidden, messages: [] } : { value: baseHidden, messages: [`Link parameter hidden: ${read.message} Using ${baseHidden.join(', ')}.`] };
  });
  const [hiddenDraft, setHiddenDraft] = useState<string | null>(null);
  const [hiddenError, setHiddenError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const [version, setVersion] = useState(0);
  const lastDraw = useRef(0);

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

  // Training loop: small chunks per animation frame within a time budget; redraws a few times a second.
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    const loop = () => {
      const begin = performance.now();
      let healthy = race.trainers.some((t) => !t.diverged);
      const steps = () => Math.max(...race.trainers.map((t) => t.steps));
      const perFrame = speeds[state.speed]?.steps ?? 4;
      for (let done = 0; healthy && done < perFrame && performance.now() - begin < frameBudget && steps() < maxSteps; done++) {
        race.run(1);
        healthy = race.trainers.some((t) => !t.diverged);
      }
      const done = !healthy || steps() >= maxSteps;
      if (done || begin - lastDraw.current > redrawEvery) {
        lastDraw.current = begin;
        setVersion((v) => v + 1);
      }
      if (done) {
        setPlaying(false);
        return;
      }
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [playing, race, state.speed]);

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
  useLayoutEffect(() => {
    race.trainers.forEach((trainer: Trainer, index) => {
      const canvas = canvases.current[index];
      const context = canvas?.getContext('2d');
      if (!canvas || !context) return;
      const c0 = rgbOf(context, cssValue('--series-2', '#c2410c'));
      const c1 = rgbOf(context, cssValue('--series-1', '#1f5fbf'));
      const bg = rgbOf(context, cssValue('--bg-raised', '#ffffff'));
      trainer.mlp.predict(trainer.params, grid.X, grid.out);
      const image = context.createImageData(gridSize, gridSize);
      for (let k = 0; k < grid.out.length; k++) {
        const p = grid.out[k]!;
        const c = p >= 0.5 ? c1 : c0;
        const t = Number.isFinite(p) ? Math.min(1, Math.abs(2 * p - 1)) * 0.55 : 0;
        image.data[4 * k] = bg[0] + (c[0] - bg[0]) * t;
        image.data[4 * k + 1] = bg[1] + (c[1] - bg[1]) * t;
        image.data[4 * k + 2] = bg[2] + (c[2] - bg[2]) * t;
        image.data[4 * k + 3] = 255;
      }
      context.putImageData(image, 0, 0);
    });
  }, [version, race]);

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
        {points.map((p, k) => {
          const [px, py] = toPanel(p.x, p.y);
          const color = p.label >= 0.5 ? 'var(--series-1)' : 'var(--series-2)';
          return p.test ? (
            <circle key={k} cx={px} cy={py} r={1.5} fill="none" stroke={color} stroke-width={0.6} />
          ) : (
            <circle key={k} cx={px} cy={py} r={1.5} fill={color} stroke="var(--bg-raised)" stroke-width={0.3} />
          );
        })}
      </svg>
    ),
    [points],
  );

  const toggle = (name: OptimizerName, on: boolean) => {
    const next = on ? optimizerNames.filter((n) => n === name || selected.includes(n)) : selected.filter((n) => n !== name);
    if (next.length === 0) {
      setNotice('At least one optimizer must train.');
      return;
    }
    setNotice(null);
    opt.setValue({ selected: next, settings });
  };
  const applyHidden = () => {
    if (hiddenDraft === null) return;
    const read = parseHidden(hiddenDraft);
    if (!read.ok) {
      setHiddenError(`${read.message} The network keeps ${hidden.length ? hidden.join(', ') : 'no hidden layer'}.`);
      return;
    }
    setHiddenError(null);
    setHiddenDraft(null);
    hiddenParam.setValue(read.hidden);
  };

  const status = trainerStatus(race, names, stepsPerEpoch);
  const sizesText = [2, ...hidden, 1].join('–');
  const lossLabel = `Training and test loss against step for ${names.length} optimizers`;
  const lossData = useMemo(() => {
    const rows: { name: OptimizerName; step: number; loss: number; set: string }[] = [];
    race.trainers.forEach((t, i) => {
      const name = names[i]!;
      const h = t.history;
      const stride = Math.max(1, Math.ceil(h.epochStep.length / 300));
      for (let k = 0; k < h.epochStep.length; k += stride) {
        rows.push({ name, step: h.epochStep[k]!, loss: Math.max(h.trainLoss[k]!, 1e-6), set: 'train' });
        const testLoss = h.testLoss[k];
        if (testLoss !== undefined) rows.push({ name, step: h.epochStep[k]!, loss: Math.max(testLoss, 1e-6), set: 'test' });
      }
    });
    return rows;
  }, [version, race]);
  const maxStep = Math.max(stepsPerEpoch * 10, ...race.trainers.map((t) => t.steps));

  return (
    <WidgetFrame
      name="trainer"
      title={props.title}
      status={status}
      messages={[...messages, ...opt.messages, ...hiddenParam.messages, ...(hiddenError ? [hiddenError] : []), ...(notice ? [notice] : [])]}
      controls={
        <div class="race__controls">
          <div class="race__row">
            <Select label="Data set" value={state.ds} options={trainerDatasets.map((id) => ({ value: id, label: datasets[id].title }))} onChange={(ds) => update({ ds })} />
            <Select label="Activation" value={state.act} options={activations.map((a) => ({ value: a, label: a }))} onChange={(act) => update({ act })} />
            <form
              class="trainer__hidden"
              onSubmit={(event) => {
                event.preventDefault();
                applyHidden();
              }}
            >
              <label class="control__label" for={`${ids}-hidden`}>
                Hidden layers
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
                  Apply
                </button>
              </div>
              <span id={`${ids}-hidden-help`} class="race__help">
                Widths, e.g. 8, 8 (0 to 4 layers of 1 to 32 units). Network: {sizesText}.
              </span>
            </form>
          </div>
          <div class="race__row">
            <Slider label="Batch size" value={state.batch} min={1} max={210} step={1} format={(v) => (v >= 210 ? '210 (full batch)' : String(v))} onChange={(batch) => update({ batch: Math.round(batch) })} />
 <Select label="Speed" value={state.speed} options={Object.entries(speeds).map(([value, s]) => ({ value, label: s.label }))} onChange={(speed) => update({ speed })} />
            <Slider label="Seed (data and initial weights)" value={state.seed} min={0} max={99} step={1} format={(v) => String(v)} onChange={(seed) => update({ seed: Math.round(seed) })} />
          </div>
          <fieldset class="race__optimizers">
            <legend>Optimizers (same initial weights, same mini-batches)</legend>
            {optimizerNames.map((oname) => {
              const on = selected.includes(oname);
              return (
                <div class="race__opt" key={oname} style={{ '--swatch': colorOf(oname) }}>
                  <Toggle label={optimizerTitles[oname]} checked={on} onChange={(checked) => toggle(oname, checked)} />
                  {on && (
                    <Slider
                      label={`${optimizerTitles[oname]} α`}
                      value={settings[oname].lr}
                      min={hyperRanges.lr.min}
                      max={hyperRanges.lr.max}
                      log
                      onChange={(lr) => opt.setValue({ selected, settings: { ...settings, [oname]: { ...settings[oname], lr } } })}
                      hint="Logarithmic scale."
                    />
                  )}
                </div>
              );
            })}
          </fieldset>
          <div class="widget__buttons">
            <Button onClick={() => setPlaying(!playing)} pressed={playing}>
              {playing ? 'Pause' : 'Train'}
            </Button>
            <Button
              onClick={() => {
                for (const t of race.trainers) t.epoch();
                setVersion((v) => v + 1);
              }}
            >
              One epoch
            </Button>
            <Button
              onClick={() => {
                setPlaying(false);
                race.reset();
                setVersion((v) => v + 1);
              }}
            >
              Reset
            </Button>
          </div>
        </div>
      }
    >
      <ul class="trainer__panels" aria-label="Decision boundaries">
        {names.map((name, index) => (
          <li key={name} class="trainer__panel" style={{ '--swatch': colorOf(name) }} data-panel={name}>
            <p class="trainer__panel-title">{optimizerTitles[name]}</p>
            <div class="trainer__map" role="img" aria-label={`Decision boundary of the network trained by ${optimizerTitles[name]}: blue where it predicts class 1, orange for class 0; filled dots are training points, rings test points.`}>
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
      <p class="race__caption">Loss on the training set (solid) and the held-out test set (dashed), measured at the end of each epoch, log scale.</p>
      <PlotFigure
        aspect={0.5}
        label={lossLabel}
        deps={[version, race]}
        draw={(context) =>
          Plot.plot({
            ...basePlotOptions(context, lossLabel, 'One solid line (training set) and one dashed line (test set) per optimizer: the loss after each epoch, on a log axis.'),
            marginLeft: 52,
            marginRight: 14,
            x: { domain: [0, maxStep], label: 'step' },
            y: { type: 'log', label: 'loss', grid: true, ticks: 5, tickFormat: (v: number) => fmt(v, 2) },
            marks: names.flatMap((name) => [
              Plot.line(lossData.filter((d) => d.name === name && d.set === 'train'), { x: 'step', y: 'loss', stroke: colorOf(name), strokeWidth: 1.75 }),
              Plot.line(lossData.filter((d) => d.name === name && d.set === 'test'), { x: 'step', y: 'loss', stroke: colorOf(name), strokeWidth: 1.5, strokeDasharray: '4 3' }),
            ]),
          })
        }
      />
      <p class="race__best">
        {info.title}: {info.description} {train.n} training points, {test.n} test points; network {sizesText} ({state.act}), batch {Math.min(state.batch, train.n)}.
      </p>
    </WidgetFrame>
  );
}
