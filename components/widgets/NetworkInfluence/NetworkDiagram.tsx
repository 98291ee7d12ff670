import { downstreamUnits, type WeightRef } from '../../../src/engine/nn/index.ts';
import { fmt } from '../lib/format.ts';
import { useStrings } from '../lib/i18n.tsx';
import { colors } from '../lib/plot-theme.ts';
import { weightName, weightSymbol } from './model.ts';
import { strings } from './strings.ts';

/** The diagram's drawing box (it keeps this geometry at every width; the SVG scales with its box). */
export const width = 480;
export const height = 300;
const radius = 13;

interface Props {
  net: {
    params: Float64Array;
    /** The input. */
    x: Float64Array;
    weights: readonly WeightRef[];
    /** Each unit's place, by layer (model.ts's networkLayout). */
    layout: readonly (readonly { x: number; y: number }[])[];
  };
  sizes: readonly number[];
  chosen: WeightRef;
  /** The chosen weight's value now. */
  value: number;
  /** Each layer's activations before the nudge. */
  before: readonly Float64Array[];
  outputNow: number;
  /** The output before the nudge, or null while the weight is unchanged. */
  outputBefore: number | null;
  /** Label size in drawing units (so text keeps its size on screen). */
  font: number;
  label: string;
  description: string;
  onChoose: (index: number) => void;
}

/**
 * The network: an edge per weight (colour its sign, width its size, the chosen one in the text
 * colour), the units the chosen weight reaches lit, the input values on the left and the output on
 * the right. A click on an edge chooses that weight.
 */
export function NetworkDiagram({
  net,
  sizes,
  chosen,
  value,
  before,
  outputNow,
  outputBefore,
  font,
  label,
  description,
  onChoose,
}: Props) {
  const s = useStrings(strings);
  const last = sizes.length - 1;
  const reached = new Set(downstreamUnits(sizes, chosen).map((u) => `${u.layer}:${u.unit}`));
  // Largest weight magnitude sets the thickest edge.
  let maxAbs = 1e-9;
  for (const w of net.weights) maxAbs = Math.max(maxAbs, Math.abs(w === chosen ? value : net.params[w.index]!));
  return (
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
              onClick={() => onChoose(i)}
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
        <text key={unit} x={p.x - radius - 6} y={p.y} dy="0.35em" text-anchor="end" font-size={font} fill={colors.fg}>
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
              {outputBefore !== null ? s.was(fmt(outputBefore)) : s.unchanged}
            </text>
          </g>
        );
      })()}
    </svg>
  );
}

const subDigits = '₀₁₂₃₄₅₆₇₈₉';
function sub(n: number): string {
  return String(n)
    .split('')
    .map((d) => subDigits[Number(d)] ?? d)
    .join('');
}
