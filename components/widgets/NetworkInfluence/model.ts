import type { UnitRef, WeightRef } from '../../../src/engine/nn/index.ts';
import type { Specs } from '../lib/url-state.ts';
import type { NetworkInfluenceStrings } from './strings.ts';

type Names = NetworkInfluenceStrings['names'];

/** Range of the weight slider. */
export const weightRange = [-3, 3] as const;

/**
 * The link parameters: which weight, how far it is moved from its start value (so a link naming only
 * the weight shows it unmoved), and the target of the loss read-out.
 */
export const influenceSpecs = (weights: number, defaults: { weight: number; target: number }) =>
  ({
    weight: { kind: 'number', default: defaults.weight, min: 0, max: weights - 1, integer: true },
    shift: { kind: 'number', default: 0, min: weightRange[0] - weightRange[1], max: weightRange[1] - weightRange[0] },
    target: { kind: 'number', default: defaults.target, min: -2, max: 2 },
  }) satisfies Specs;

/**
 * Name of a unit for readers, counting from 1, in the language of `names` (strings.ts):
 * "input 2", "hidden-1 unit 3", "the output".
 */
export function unitName(sizes: readonly number[], { layer, unit }: UnitRef, names: Names): string {
  const last = sizes.length - 1;
  if (layer === 0) return names.input(unit + 1);
  if (layer === last) return sizes[last] === 1 ? names.output : names.outputN(unit + 1);
  return last === 2 ? names.hidden(unit + 1) : names.hiddenIn(layer, unit + 1);
}

const ends = (sizes: readonly number[], w: WeightRef, names: Names): [string, string] => [
  unitName(sizes, { layer: w.layer - 1, unit: w.from }, names),
  unitName(sizes, { layer: w.layer, unit: w.to }, names),
];

/** "weight from input 2 to hidden-1 unit 3". */
export function weightName(sizes: readonly number[], w: WeightRef, names: Names): string {
  return names.weight(...ends(sizes, w, names));
}

/** The short form for a list of weights: "input 2 to hidden-1 unit 3". */
export function weightRoute(sizes: readonly number[], w: WeightRef, names: Names): string {
  return names.route(...ends(sizes, w, names));
}

/** "w(1)[3,2]": layer, then row (target unit) and column (source unit) of W, from 1, as in z = W a + b. */
export function weightSymbol(w: WeightRef): string {
  return `w(${w.layer})[${w.to + 1},${w.from + 1}]`;
}

/**
 * Where each unit sits in a width × height drawing: columns by layer, units centred in each column.
 * The side margins hold the input and output labels at their largest (17 units on a phone: the
 * output's "ŷ = −0.397" needs about 100 beside its unit; at 110 it ran past the drawing's edge).
 */
export function networkLayout(
  sizes: readonly number[],
  width: number,
  height: number,
  margin = { left: 105, right: 124, y: 24 },
) {
  const columns = sizes.length - 1;
  const biggest = Math.max(...sizes);
  const gap = (height - 2 * margin.y) / Math.max(1, biggest - 1);
  return sizes.map((n, layer) =>
    Array.from({ length: n }, (_, unit) => ({
      x: margin.left + ((width - margin.left - margin.right) * layer) / columns,
      y: height / 2 + (unit - (n - 1) / 2) * gap,
    })),
  );
}

/**
 * The weight an arrow key moves to. Up/Down: previous/next weight into the same layer (wrapping);
 * Left/Right: the weight at the same relative place in the previous/next layer; Home/End: the
 * first/last weight. Returns `current` for any other key.
 */
export function moveSelection(weights: readonly WeightRef[], current: number, key: string): number {
  const here = weights[current];
  if (!here) return 0;
  const inLayer = (layer: number) => weights.map((w, i) => ({ w, i })).filter(({ w }) => w.layer === layer);
  const same = inLayer(here.layer);
  const pos = same.findIndex(({ i }) => i === current);
  switch (key) {
    case 'ArrowDown':
      return same[(pos + 1) % same.length]!.i;
    case 'ArrowUp':
      return same[(pos - 1 + same.length) % same.length]!.i;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const next = inLayer(here.layer + (key === 'ArrowRight' ? 1 : -1));
      if (next.length === 0) return current;
      const at = Math.min(next.length - 1, Math.floor(((pos + 0.5) / same.length) * next.length));
      return next[at]!.i;
    }
    case 'Home':
      return 0;
    case 'End':
      return weights.length - 1;
    default:
      return current;
  }
}

/**
 * The article's three scenarios, as weights of this network: one near the input, one in the
 * middle, one into the output (for two layers, the middle is the first hidden layer's last weight).
 * `labels` names them in that order (strings.ts `scenarios`).
 */
export function scenarioWeights(
  sizes: readonly number[],
  weights: readonly WeightRef[],
  labels: readonly [string, string, string],
): { label: string; index: number }[] {
  const last = sizes.length - 1;
  const pick = (layer: number, fraction: number) => {
    const list = weights.map((w, i) => ({ w, i })).filter(({ w }) => w.layer === layer);
    return list[Math.min(list.length - 1, Math.floor(fraction * list.length))]!.i;
  };
  return [
    { label: labels[0], index: pick(1, 0.4) },
    { label: labels[1], index: pick(Math.max(1, Math.ceil(last / 2)), last === 2 ? 0.95 : 0.6) },
    { label: labels[2], index: pick(last, 0.5) },
  ];
}
