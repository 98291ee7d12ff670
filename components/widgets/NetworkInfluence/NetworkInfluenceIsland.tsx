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
import type { NetworkInfluenceProps } from './schema.ts';
import { strings } from './strings.ts';

const width = 480;
const height = 300;
const radius = 13;
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
  const reached = new Set(downstreamUnits(sizes, chosen).map((u) => `${u.layer}:${u.unit}`));

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

  // Largest weight magnitude sets the thickest edge.
  let maxAbs = 1e-9;
  for (const w of net.weights) maxAbs = Math.max(maxAbs, Math.abs(w === chosen ? value : net.params[w.index]!));

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
          <ControlGroup name="scenarios" label={s.scenarioGroup} class="widget__buttons" role="group" aria-label={s.scenarioGroup}>
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
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} aria-description={description}>
          {net.weights.map((w, i) => {
            const a = net.layout[w.layer - 1]![w.from]!;
            const b = net.layout[w.layer]![w.to]!;
            const isChosen = w === chosen;
            const shown = isChosen ? value : net.params[w.index]!;
            const downstream = reached.has(`${w.layer - 1}:${w.from}`);
            return (
              <g key={i} data-weight={i}>
                <line
                  x1={a.x}
                  y1={a.y}
                  x2={b.x}
                  y2={b.y}
                  stroke={isChosen ? colors.fg : shown >= 0 ? colors.series[0] : colors.series[1]}
                  stroke-width={isChosen ? 2 + (4 * Math.abs(shown)) / maxAbs : 0.8 + (3.2 * Math.abs(shown)) / maxAbs}
                  stroke-opacity={isChosen || downstream ? 1 : 0.22}
                  stroke-linecap="round"
                />
                <line
                  class="edge-hit"
                  x1={a.x}
                  y1={a.y}
                  x2={b.x}
                  y2={b.y}
                  stroke="transparent"
                  stroke-width={14}
                  onClick={() => choose(i)}
                >
                  <title>{s.edgeTitle(weightSymbol(w), weightName(sizes, w, s.names))}</title>
                </line>
              </g>
            );
          })}
          {net.layout.map((column, layer) =>
            column.map((p, unit) => {
              const hit = reached.has(`${layer}:${unit}`);
              const isSource = layer === chosen.layer - 1 && unit === chosen.from;
              // The chosen weight's source hidden unit carries its value h: the text says an output
              // weight's slope equals it, so the reader must be able to read it off the diagram.
              const h = isSource && layer > 0 ? before[layer]![unit]! : null;
              return (
                <g key={`${layer}:${unit}`}>
                  <circle
                    cx={p.x}
                    cy={p.y}
                    r={radius}
                    fill={hit ? colors.accent : 'var(--bg-raised)'}
                    fill-opacity={hit ? 0.35 : 1}
                    stroke={hit ? colors.accent : isSource ? colors.fg : colors.soft}
                    stroke-width={hit || isSource ? 3 : 1.5}
                    data-reached={hit ? '1' : undefined}
                  />
                  {h !== null && (
                    <text
                      x={p.x}
                      y={p.y - radius - 6}
                      text-anchor="middle"
                      font-size={font}
                      fill={colors.fg}
                      data-unit-value
                    >
                      {`h = ${fmt(h)}`}
                    </text>
                  )}
                </g>
              );
            }),
          )}
          {net.layout[0]!.map((p, unit) => (
            <text
              key={unit}
              x={p.x - radius - 6}
              y={p.y}
              dy="0.35em"
              text-anchor="end"
              font-size={font}
              fill={colors.fg}
            >
              {`x${sub(unit + 1)} = ${fmt(net.x[unit])}`}
            </text>
          ))}
          {(() => {
            const p = net.layout[last]![0]!;
            return (
              <g font-size={font} fill={colors.fg} text-anchor="start">
                <text x={p.x + radius + 5} y={p.y - 0.35 * font}>
                  ŷ = {fmt(outputNow)}
                </text>
                <text x={p.x + radius + 5} y={p.y + 1.05 * font} fill={colors.soft} font-size={0.85 * font}>
                  {changed ? s.was(fmt(outputBefore)) : s.unchanged}
                </text>
              </g>
            );
          })()}
        </svg>
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

const subDigits = '₀₁₂₃₄₅₆₇₈₉';
function sub(n: number): string {
  return String(n)
    .split('')
    .map((d) => subDigits[Number(d)] ?? d)
    .join('');
}
