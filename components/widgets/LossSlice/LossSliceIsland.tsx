import { useMemo } from 'preact/hooks';
import { createMLP } from '../../../src/engine/nn/index.ts';
import { lossAt, lossSlice, sliceAt, tangentLine } from '../../../src/engine/nn/index.ts';
import { createRng } from '../../../src/engine/rng/index.ts';
import { Select, Slider } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { createFigureClient } from '../lib/figure-client.ts';
import { colors } from '../lib/plot-theme.ts';
import { drawSliceBase, type SliceBase } from './draws.ts';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { useStrings, withLocale } from '../lib/i18n.tsx';
import { paddedDomain, parameterNames, sliceData, sliceRange, sliceSpecs, slopeInWords } from './model.ts';
import type { LossSliceProps } from './schema.ts';
import { strings } from './strings.ts';
import { margins, SliceMarks, toPoint } from './SliceMarks.tsx';

const { X, Y } = sliceData;
/** The slice's base is drawn in the widget's figure worker (figure-client.ts): a new parameter is a new curve. */
const figures = createFigureClient(
  () => new Worker(new URL('./figures.worker.ts', import.meta.url), { type: 'module' }),
);
const clampToRange = (v: number) => Math.min(sliceRange[1], Math.max(sliceRange[0], v));

/** The loss along one parameter of a tiny network, with its tangent, the sign of ∂L/∂w and a finite-difference check. */
function LossSliceIsland(props: LossSliceProps) {
  const s = useStrings(strings);
  const net = useMemo(() => {
    const mlp = createMLP({ sizes: [1, 2, 1], activation: 'tanh' });
    const params = mlp.init(createRng(props.seed));
    return { mlp, params, names: parameterNames(mlp, s.names) };
  }, [props.seed, s]);

  const specs = useMemo(() => sliceSpecs(net.mlp.size, { param: props.param, h: props.h }), [net]);
  const { state, update, messages } = useUrlState(props.id, specs, { param: props.param, shift: 0, h: props.h });

  const index = state.param;
  const info = net.names[index] ?? net.names[0]!;
  const start = net.params[index]!;
  const w = clampToRange(start + state.shift);
  const current = useMemo(() => {
    const p = Float64Array.from(net.params);
    p[index] = w;
    return p;
  }, [net, index, w]);

  const curve = useMemo(() => lossSlice(net.mlp, net.params, X, Y, index, sliceRange, 241), [net, index]);
  const yDomain = useMemo(() => paddedDomain(curve.map((c) => c.loss)), [curve]);
  const at = sliceAt(net.mlp, current, X, Y, index, state.h);
  const words = slopeInWords(at.backprop, s.slope);
  const tangent = tangentLine(w, at.loss, at.backprop, [w - 1.6, w + 1.6]);
  const chord = [
    { w: w - state.h, loss: lossAt(net.mlp, current, X, Y, index, w - state.h) },
    { w: w + state.h, loss: lossAt(net.mlp, current, X, Y, index, w + state.h) },
  ];
  const direction = Math.abs(at.backprop) > 1e-9 ? -Math.sign(at.backprop) : 0;

  const status = s.status(info.symbol, fmt(w), fmt(at.loss), fmt(at.backprop), words);
  const label = s.label(info.symbol, info.name);
  const description = s.description(info.symbol, sliceRange[0], sliceRange[1], fmt(w), fmt(at.backprop), direction);
  const base: SliceBase = { label, description, curve, symbol: info.symbol, yAxis: s.yAxis, yDomain };

  return (
    <WidgetFrame
      name="loss-slice"
      title={s.title}
      status={status}
      messages={messages}
      controls={
        <>
          <Select
            param="param"
            label={s.parameter}
            value={String(index)}
            options={net.names.map((n, i) => ({ value: String(i), label: s.option(n.symbol, n.name) }))}
            onChange={(v) => {
              const i = Number(v);
              update({ param: i, shift: 0 });
            }}
          />
          <Slider
            param="shift"
            label={s.value(info.symbol)}
            value={w}
            min={sliceRange[0]}
            max={sliceRange[1]}
            step={0.01}
            onChange={(value) => update({ shift: value - start })}
            hint={s.valueHint(info.name, fmt(start))}
          />
          <Slider
            param="h"
            label={s.h}
            value={state.h}
            min={1e-10}
            max={0.5}
            log
            onChange={(h) => update({ h })}
            hint={s.hHint}
          />
        </>
      }
    >
      <OverlayFigure
        aspect={0.62}
        label={label}
        description={description}
        deps={[index, net, label, yDomain]}
        scales={{ x: sliceRange, y: yDomain, margins }}
        layers={[
          { kind: 'line', points: tangent.map(toPoint), stroke: colors.accent, strokeWidth: 2 },
          ...(state.h > 0.02
            ? ([
                {
                  kind: 'line',
                  points: chord.map(toPoint),
                  stroke: colors.warn,
                  strokeWidth: 1.5,
                  strokeDasharray: '5 3',
                },
                { kind: 'dots', points: chord.map(toPoint), r: 3, fill: colors.warn },
              ] as const)
            : []),
        ]}
        overlay={(scales) => (
          <SliceMarks scales={scales} w={w} loss={at.loss} direction={direction} yDomain={yDomain} text={s.arrow} />
        )}
        draw={(context) => drawSliceBase(base, context)}
        offThread={{ client: figures, figure: 'slice', input: base }}
      />
      <div role="group" aria-label={s.readout}>
        <dl class="slice-readout">
          <div>
            <dt>{s.backprop}</dt>
            <dd>{fmt(at.backprop, 6)}</dd>
          </div>
          <div>
            <dt>{s.central}</dt>
            <dd>{fmt(at.finiteDifference, 6)}</dd>
          </div>
          <div>
            <dt>{s.difference}</dt>
            <dd>{fmt(at.difference, 2)}</dd>
          </div>
          <div>
            <dt>{s.step}</dt>
            <dd>{fmt(state.h, 2)}</dd>
          </div>
        </dl>
      </div>
    </WidgetFrame>
  );
}

export default withLocale(LossSliceIsland);
