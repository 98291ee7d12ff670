import type { MLP } from '../../../src/engine/nn/index.ts';
import type { Specs } from '../lib/url-state.ts';
import type { LossSliceStrings, SlopeWords } from './strings.ts';

/** The range of the weight slider and of the drawn slice. */
export const sliceRange = [-4, 4] as const;

/** Five fixed points of y = sin(x): the tiny regression the network is judged on. */
export const sliceData = {
  X: new Float64Array([-2, -1, 0, 1, 2]),
  Y: new Float64Array([-2, -1, 0, 1, 2].map((x) => Math.sin(x))),
};

/**
 * The link parameters. The weight is stored as `shift`, its distance from the chosen parameter's
 * start value, so a link that names only `param` shows that parameter at its own start.
 */
export const sliceSpecs = (params: number, defaults: { param: number; h: number }) =>
  ({
    param: { kind: 'number', default: defaults.param, min: 0, max: params - 1, integer: true },
    shift: { kind: 'number', default: 0, min: sliceRange[0] - sliceRange[1], max: sliceRange[1] - sliceRange[0] },
    h: { kind: 'number', default: defaults.h, min: 1e-10, max: 0.5 },
  }) satisfies Specs;

/**
 * Every parameter of the network with a short symbol and a name for readers, in parameter order,
 * in the language of `names` (strings.ts): "w(1)[2,1]: weight from input to hidden unit 2",
 * "b(2): bias of output".
 */
export function parameterNames(mlp: MLP, names: LossSliceStrings['names']): { symbol: string; name: string }[] {
  const last = mlp.layers.length;
  const unit = (layer: number, i: number) =>
    layer === 0
      ? mlp.inputDim === 1
        ? names.input
        : names.inputN(i + 1)
      : layer === last
        ? mlp.outputDim === 1
          ? names.output
          : names.outputN(i + 1)
        : names.hidden(i + 1);
  const out: { symbol: string; name: string }[] = [];
  mlp.layers.forEach((layout, l) => {
    for (let k = 0; k < layout.fanOut; k++) {
      for (let j = 0; j < layout.fanIn; j++) {
        out.push({ symbol: `w(${l + 1})[${k + 1},${j + 1}]`, name: names.weight(unit(l, j), unit(l + 1, k)) });
      }
    }
    for (let k = 0; k < layout.fanOut; k++) {
      out.push({
        symbol: layout.fanOut === 1 ? `b(${l + 1})` : `b(${l + 1})[${k + 1}]`,
        name: names.bias(unit(l + 1, k)),
      });
    }
  });
  return out;
}

/** The sign of a slope in words, and which way gradient descent moves the parameter, from `words` (strings.ts `slope`). */
export function slopeInWords(slope: number, words: LossSliceStrings['slope'], tolerance = 1e-9): SlopeWords {
  if (!Number.isFinite(slope)) return words.undefined;
  if (Math.abs(slope) <= tolerance) return words.zero;
  return slope > 0 ? words.positive : words.negative;
}

/** A y domain that holds the curve with a margin. */
export function paddedDomain(values: readonly number[], pad = 0.08): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!Number.isFinite(lo)) return [0, 1];
  const span = Math.max(hi - lo, 1e-6);
  return [lo - pad * span, hi + pad * span];
}
