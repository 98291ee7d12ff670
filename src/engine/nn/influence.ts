/**
 * Which parts of a network one weight can move, and by how much: the maths behind the
 * "every weight moves the output" picture.
 *
 * A weight $w^{(l)}_{kj}$ (layer $l$, from unit $j$ of layer $l-1$ to unit $k$ of layer $l$) enters
 * the computation only through $z^{(l)}_k$. From there, in a fully connected network, every unit of
 * every later layer depends on it, so its downstream set is
 *
 * $$
 * \{\, (l, k) \,\} \;\cup\; \{\, (m, i) : m > l \,\}.
 * $$
 *
 * A weight near the input therefore reaches many units, each only through a chain of other units;
 * a weight into the output layer reaches the output alone, directly.
 *
 * How strongly the output answers a small change of the weight is the partial derivative
 * $\partial \hat y / \partial w$, which backpropagation gives for all weights at once. Here it comes
 * from the engine's own backprop (`mlp.lossAndGrad`): for the squared error against a target
 * $y = \hat y - 1$, $\partial L / \partial w = 2(\hat y - y)\,\partial \hat y / \partial w$, so dividing
 * by $2(\hat y - y)$ leaves $\partial \hat y / \partial w$ exactly.
 */
import type { MLP } from './mlp.ts';

/** One weight of the network (biases are not listed: they are not edges of the diagram). */
export interface WeightRef {
  /** Index in the flat parameter vector (the `nn.Linear` layout of src/engine/nn/mlp.ts). */
  readonly index: number;
  /** Layer of the weight, from 1 (input to first hidden layer) to L (into the output layer). */
  readonly layer: number;
  /** Source unit in layer `layer - 1`, from 0. */
  readonly from: number;
  /** Target unit in layer `layer`, from 0. */
  readonly to: number;
}

/** A unit of the diagram: `layer` 0 is the input, `sizes.length - 1` the output. */
export interface UnitRef {
  readonly layer: number;
  readonly unit: number;
}

/** Every weight of the network, layer by layer, in parameter order. */
export function listWeights(mlp: MLP): WeightRef[] {
  const out: WeightRef[] = [];
  mlp.layers.forEach((layout, l) => {
    for (let to = 0; to < layout.fanOut; to++) {
      for (let from = 0; from < layout.fanIn; from++) {
        out.push({ index: layout.weights + to * layout.fanIn + from, layer: l + 1, from, to });
      }
    }
  });
  return out;
}

/**
 * The units whose value depends on the weight (its downstream set), in layer order: the unit it
 * feeds, then every unit of every later layer. The output is the last entry.
 */
export function downstreamUnits(sizes: readonly number[], weight: WeightRef): UnitRef[] {
  const last = sizes.length - 1;
  if (weight.layer < 1 || weight.layer > last)
    throw new RangeError(`weight.layer must be 1 to ${last}, got ${weight.layer}`);
  const units: UnitRef[] = [{ layer: weight.layer, unit: weight.to }];
  for (let layer = weight.layer + 1; layer <= last; layer++) {
    for (let unit = 0; unit < sizes[layer]!; unit++) units.push({ layer, unit });
  }
  return units;
}

/** What a weight reaches, counted: hidden units it moves (of how many), and the number of layers between it and the output. */
export function reachSummary(sizes: readonly number[], weight: WeightRef) {
  const last = sizes.length - 1;
  const units = downstreamUnits(sizes, weight);
  const hiddenReached = units.filter((u) => u.layer < last).length;
  const hiddenTotal = sizes.slice(1, last).reduce((a, b) => a + b, 0);
  return {
    hiddenReached,
    hiddenTotal,
    /** Units between the weight and the output along any path (0 for a weight into the output). */
    hops: last - weight.layer,
    /** True when the weight feeds the output unit itself. */
    direct: weight.layer === last,
  };
}

/**
 * ∂ŷ/∂θ for every parameter θ at input x (single-output networks with the `'mse'` loss), from the
 * engine's backprop. Returns the output ŷ and the derivatives (length `mlp.size`).
 */
export function outputSensitivity(
  mlp: MLP,
  params: Float64Array,
  x: Float64Array,
): { output: number; grad: Float64Array } {
  if (mlp.outputDim !== 1 || mlp.options.loss !== 'mse')
    throw new RangeError('outputSensitivity needs a single-output network with the mse loss');
  const output = mlp.forward(params, x)[mlp.layers.length]![0]!;
  const target = new Float64Array([output - 1]);
  const grad = new Float64Array(mlp.size);
  mlp.lossAndGrad(params, x, target, grad);
  // The same subtraction as inside the loss, so the scale is exactly the one applied there.
  const scale = 2 * (output - target[0]!);
  for (let i = 0; i < grad.length; i++) grad[i] = grad[i]! / scale;
  return { output, grad };
}

/**
 * The activations of every unit with one parameter set to `value` (others as in `params`),
 * beside those of the unchanged network: `[x, a1, ..., output]` for each.
 */
export function nudgedActivations(mlp: MLP, params: Float64Array, x: Float64Array, index: number, value: number) {
  if (!Number.isInteger(index) || index < 0 || index >= mlp.size)
    throw new RangeError(`index must be 0 to ${mlp.size - 1}, got ${index}`);
  const before = mlp.forward(params, x);
  const changed = Float64Array.from(params);
  changed[index] = value;
  const after = mlp.forward(changed, x);
  return { before, after };
}
