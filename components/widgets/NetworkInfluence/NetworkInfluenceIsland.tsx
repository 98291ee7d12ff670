import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createMLP } from '../../../src/engine/nn/index.ts';
import {
  downstreamUnits,
  listWeights,
  nudgedActivations,
  outputSensitivity,
  reachSummary,
} from '../../../src/engine/nn/index.ts';
import { createRng } from '../../../src/engine/rng/index.ts';
import { Button, Select, Slider } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { colors } from '../lib/plot-theme.ts';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { ControlGroup } from '../lib/embed-context.tsx';
import { useStrings, withLocale } from '../lib/i18n.tsx';
import {
  influenceSpecs,
  moveSelection,
  networkLayout,
  scenarioWeights,
  unitName,
  weightName,
  weightRange,
  weightRoute,
  weightSymbol,
} from './model.ts';
import { height, NetworkDiagram, width } from './NetworkDiagram.tsx';
import type { NetworkInfluenceProps } from './schema.ts';
import { strings } from './strings.ts';

/** Labels aim at this size on screen, whatever the drawing's scale (the SVG scales with its box). */
const labelPx = 12.5;

/** Pick any weight of a small tanh network, see the units it reaches, nudge it and watch the output and the loss. */
function NetworkInfluenceIsland(props: NetworkInfluenceProps) {
  const s = useStrings(strings);
  const net = useMemo(() => {
    const mlp = createMLP({ sizes: props.sizes, activation: 'tanh' });
    const params = mlp.init(createRng(props.seed));
    const x = Float64Array.from(props.input);
    const weights = listWeights(mlp);
    const { output, grad } = outputSensitivity(mlp, params, x);
    return {
      mlp,
      params,
      x,
      weights,
      output,
      grad,
      layout: networkLayout(props.sizes, width, height),
      scenarios: scenarioWeights(props.sizes, listWeights(mlp), s.scenarios),
    };
  }, [props.sizes.join(','), props.seed, props.input.join(','), s]);

  const specs = useMemo(
    () => influenceSpecs(net.weights.length, { weight: props.weight, target: props.target }),
    [net],
  );
  const { state, update, messages } = useUrlState(props.id, specs, {
    weight: props.weight,
    shift: 0,
    target: props.target,
  });

  const { sizes } = props;
  // The diagram keeps its geometry at every width; only the label size follows the scale, so text
  // stays readable on a phone without crowding a wide screen. The static frame uses 1.
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const w = entry?.contentRect.width ?? 0;
      if (w > 0) setScale(w / width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const font = Math.min(17, Math.max(12, labelPx / scale));
  const last = sizes.length - 1;
  const chosen = net.weights[state.weight] ?? net.weights[0]!;
  const original = net.params[chosen.index]!;
  const value = clampWeight(original + state.shift);
  const changed = state.shift !== 0;
  const { before, after } = nudgedActivations(net.mlp, net.params, net.x, chosen.index, value);
  const outputBefore = before[last]![0]!;
  const outputNow = after[last]![0]!;
  const slope = net.grad[chosen.index]!;
  const delta = value - original;
  const lossBefore = (outputBefore - state.target) ** 2;
  const lossNow = (outputNow - state.target) ** 2;
  const reach = reachSummary(sizes, chosen);

  const choose = (index: number) => {
    const w = net.weights[index];
    if (w) update({ weight: index, shift: 0 });
  };

  const symbol = weightSymbol(chosen);
  const reachText = reach.direct ? s.direct : s.reaches(reach.hiddenReached, reach.hiddenTotal);
  const status = s.status({
    symbol,
    value: fmt(value),
    was: changed ? fmt(original) : null,
    reach: reachText,
    output: fmt(outputNow),
    outputWas: changed ? fmt(outputBefore) : null,
    loss: fmt(lossNow),
  });

  const chosenName = weightName(sizes, chosen, s.names);
  const label = s.label(sizes.join('-'), chosenName);
  const description =
    (reach.direct
      ? s.descriptionDirect
      : s.descriptionReached(downstreamUnits(sizes, chosen).map((u) => unitName(sizes, u, s.names)))) +
    s.descriptionOutput(fmt(outputNow));

  return (
    <WidgetFrame
      name="network-influence"
      title={s.title}
      status={status}
      messages={messages}
      controls={
        <>
          <Select
            param="weight"
            label={s.weight}
            value={String(state.weight)}
            options={net.weights.map((w, i) => ({
              value: String(i),
              label: s.option(weightSymbol(w), weightRoute(sizes, w, s.names)),
            }))}
            onChange={(v) => choose(Number(v))}
          />
          <Slider
            param="shift"
            label={s.value(symbol)}
            value={value}
            min={weightRange[0]}
            max={weightRange[1]}
            step={0.01}
            onChange={(next) => update({ shift: next - original })}
            hint={s.valueHint(chosenName, fmt(original))}
          />
          <Slider
            param="target"
            label={s.target}
            value={state.target}
            min={-2}
            max={2}
            step={0.05}
            onChange={(target) => update({ target })}
          />
          <ControlGroup
            name="scenarios"
            label={s.scenarioGroup}
            class="widget__buttons"
            role="group"
            aria-label={s.scenarioGroup}
          >
            {net.scenarios.map((scenario) => (
              <Button
                key={scenario.label}
                onClick={() => choose(scenario.index)}
                pressed={state.weight === scenario.index}
              >
                {scenario.label}
              </Button>
            ))}
            <Button onClick={() => update({ shift: 0 })} disabled={!changed}>
              {s.resetWeight}
            </Button>
          </ControlGroup>
        </>
      }
    >
      <div
        ref={box}
        class="plot-figure network"
        style={{ aspectRatio: `${width / height}` }}
        tabIndex={0}
        role="group"
        aria-label={s.diagram}
        onKeyDown={(event) => {
          const next = moveSelection(net.weights, state.weight, event.key);
          if (
            next !== state.weight ||
            ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)
          ) {
            event.preventDefault();
            choose(next);
          }
        }}
      >
        <NetworkDiagram
          net={net}
          sizes={sizes}
          chosen={chosen}
          value={value}
          before={before}
          outputNow={outputNow}
          outputBefore={changed ? outputBefore : null}
          font={font}
          label={label}
          description={description}
          onChoose={choose}
        />
      </div>
      <p class="influence-legend">
        <span class="swatch" style={{ background: colors.series[0] }} />
        {s.legendPositive}
        <span class="swatch" style={{ background: colors.series[1] }} />
        {s.legendNegative}
      </p>
      <div role="group" aria-label={s.readout}>
        <dl class="influence-readout">
          <div>
            <dt>{s.slope}</dt>
            <dd>{fmt(slope)}</dd>
          </div>
          <div>
            <dt>{s.predicted}</dt>
            <dd>{fmt(slope * delta)}</dd>
          </div>
          <div>
            <dt>{s.actual}</dt>
            <dd>{fmt(outputNow - outputBefore)}</dd>
          </div>
          <div>
            <dt>{s.loss}</dt>
            <dd>
              {fmt(lossNow)}
              {changed ? s.lossWas(fmt(lossBefore)) : ''}
            </dd>
          </div>
        </dl>
      </div>
    </WidgetFrame>
  );
}

export default withLocale(NetworkInfluenceIsland);

function clampWeight(v: number): number {
  return Math.min(weightRange[1], Math.max(weightRange[0], v));
}
