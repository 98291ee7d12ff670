/**
 * A multilayer perceptron with hand-written backpropagation, small enough to read in one sitting.
 *
 * Layers: `sizes = [n_0, n_1, ..., n_L]` gives L fully connected layers. Hidden layers apply the
 * chosen activation; the output layer is linear (its values are the predictions for `'mse'` and the
 * logits for `'bce'`).
 *
 * $$
 * \begin{aligned}
 * a^{(0)} &= x, \qquad z^{(l)} = W^{(l)} a^{(l-1)} + b^{(l)}, \qquad
 * a^{(l)} = \sigma\bigl(z^{(l)}\bigr) \ (l < L), \qquad \hat y = z^{(L)} \\
 * \text{mse} &= \frac{1}{N\,n_L} \sum_{i,j} \bigl(\hat y_{ij} - y_{ij}\bigr)^2 \\
 * \text{bce} &= \frac{1}{N\,n_L} \sum_{i,j} \Bigl(\max(\hat y_{ij}, 0) - \hat y_{ij}\, y_{ij}
 *   + \log\bigl(1 + e^{-|\hat y_{ij}|}\bigr)\Bigr)
 * \end{aligned}
 * $$
 *
 * Both losses are means over every output of every row, exactly like PyTorch's `MSELoss()` and
 * `BCEWithLogitsLoss()` with `reduction='mean'`; the bce form above is the numerically stable one
 * that PyTorch uses, so a logit of ±1000 gives a finite loss and gradient.
 *
 * Parameter layout (the one `torch.nn.Linear` uses, layer after layer): for each layer, the weight
 * matrix `W` of shape [out][in] in row-major order, then the bias `b` of length `out`. So in a
 * [2, 3, 1] network, `params[0..5]` is W1 (`params[k * 2 + j]` = weight from input j to hidden
 * unit k), `params[6..8]` is b1, `params[9..11]` is W2 and `params[12]` is b2. `layers` lists the
 * offsets.
 *
 * Initialisation: PyTorch's default for `nn.Linear`: every weight and bias is drawn from
 * uniform(−1/√fan_in, 1/√fan_in), where fan_in is the layer's input size.
 *
 * The matrix products are in dense.ts and input-gradient.ts, the activations in activation.ts.
 *
 * Memory: activations and deltas live in buffers sized for the largest batch seen so far; they
 * grow only when a larger batch arrives, so `loss` and `lossAndGrad` allocate nothing in a
 * training loop.
 */
import type { Rng } from '../rng/index.ts';
import { applyActivation, multiplyDerivative } from './activation.ts';
import { denseForward, denseGradients } from './dense.ts';
import { denseInputGradient } from './input-gradient.ts';
import { exp, log1p } from '../math/index.ts';

export type Activation = 'tanh' | 'relu' | 'sigmoid' | 'linear';
export type LossName = 'mse' | 'bce';

export const activations: readonly Activation[] = Object.freeze(['tanh', 'relu', 'sigmoid', 'linear']);
export const lossNames: readonly LossName[] = Object.freeze(['mse', 'bce']);

export interface MLPOptions {
  /** Layer widths from input to output, e.g. `[2, 16, 16, 1]`. At least two positive integers. */
  sizes: readonly number[];
  /** Activation of the hidden layers. Default `'tanh'`. The output layer is always linear. */
  activation?: Activation;
  /** Loss: `'mse'` (regression) or `'bce'` (binary cross-entropy on logits). Default `'mse'`. */
  loss?: LossName;
}

export const defaults = Object.freeze({ activation: 'tanh', loss: 'mse' } as const);

/** Where one layer's parameters sit in the flat parameter vector. */
export interface LayerLayout {
  readonly fanIn: number;
  readonly fanOut: number;
  /** Index of W[0][0]; W[k][j] (input j to unit k) is at `weights + k * fanIn + j`. */
  readonly weights: number;
  /** Index of b[0]. */
  readonly biases: number;
}

export interface MLP {
  readonly options: Readonly<{ sizes: readonly number[]; activation: Activation; loss: LossName }>;
  /** Number of parameters. */
  readonly size: number;
  readonly inputDim: number;
  readonly outputDim: number;
  readonly layers: readonly LayerLayout[];
  /** Fill `out` (length `size`) with fresh weights from `rng`; returns `out`. */
  init(rng: Rng, out?: Float64Array): Float64Array;
  /** Mean loss of the network on rows X (N × inputDim) with targets Y (N × outputDim). */
  loss(params: Float64Array, X: Float64Array, Y: Float64Array): number;
  /** Same loss; also writes d loss / d params into `gradOut` (length `size`). */
  lossAndGrad(params: Float64Array, X: Float64Array, Y: Float64Array, gradOut: Float64Array): number;
  /**
   * Network output for each row of X, written into `out` (N × outputDim): the prediction for
   * `'mse'`, the probability sigmoid(logit) for `'bce'`. Made for heat maps. Returns `out`.
   */
  predict(params: Float64Array, X: Float64Array, out: Float64Array): Float64Array;
  /**
   * Activations of every layer for one input `x`: `[x, a1, ..., output]`, the output as in
   * `predict`. Allocates fresh arrays: for diagrams, not for training loops.
   */
  forward(params: Float64Array, x: Float64Array): Float64Array[];
}

function isPositiveInteger(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n > 0;
}

export function createMLP(options: MLPOptions): MLP {
  const { sizes } = options;
  const activation = options.activation ?? defaults.activation;
  const lossName = options.loss ?? defaults.loss;
  if (!Array.isArray(sizes) || sizes.length < 2 || !sizes.every(isPositiveInteger)) {
    throw new RangeError(`sizes must be an array of at least two positive integers, got ${JSON.stringify(sizes)}`);
  }
  const actCode = activations.indexOf(activation);
  if (actCode < 0) {
    throw new RangeError(`activation must be one of ${activations.join(', ')}; got ${String(activation)}`);
  }
  if (!lossNames.includes(lossName)) {
    throw new RangeError(`loss must be one of ${lossNames.join(', ')}; got ${String(lossName)}`);
  }
  const widths = Int32Array.from(sizes);
  const nLayers = widths.length - 1;
  const inputDim = widths[0]!;
  const outputDim = widths[nLayers]!;
  const isBce = lossName === 'bce';
  const isTanh = activation === 'tanh';

  const layers: LayerLayout[] = [];
  let size = 0;
  for (let l = 0; l < nLayers; l++) {
    const fanIn = widths[l]!;
    const fanOut = widths[l + 1]!;
    layers.push(Object.freeze({ fanIn, fanOut, weights: size, biases: size + fanIn * fanOut }));
    size += fanOut * (fanIn + 1);
  }
  // Flat copies of the layout for the hot loops (no object property lookups inside them).
  const wOff = Int32Array.from(layers, (layer) => layer.weights);
  const bOff = Int32Array.from(layers, (layer) => layer.biases);

  // acts[l] holds a^(l) for l = 1..L (acts[L] is the output z^(L)); a^(0) is X itself.
  // deltaA and deltaB are ping-pong buffers for d loss / d z of the current and previous layer.
  let capacity = 0;
  let acts: Float64Array[] = [];
  let deltaA = new Float64Array(0);
  let deltaB = new Float64Array(0);
  let maxWidth = 0;
  for (let l = 1; l <= nLayers; l++) maxWidth = Math.max(maxWidth, widths[l]!);

  function ensureCapacity(rows: number): void {
    if (rows <= capacity) return;
    capacity = rows;
    acts = [new Float64Array(0)];
    for (let l = 1; l <= nLayers; l++) acts.push(new Float64Array(rows * widths[l]!));
    deltaA = new Float64Array(rows * maxWidth);
    deltaB = new Float64Array(rows * maxWidth);
  }

  function checkParams(params: Float64Array, name: string): void {
    if (params.length !== size) {
      throw new RangeError(`${name} must have length ${size} (the parameter count), got ${params.length}`);
    }
  }

  function rowsOf(X: Float64Array, Y: Float64Array | null): number {
    if (X.length === 0 || X.length % inputDim !== 0) {
      throw new RangeError(`X length ${X.length} must be a positive multiple of the input size ${inputDim}`);
    }
    const rows = X.length / inputDim;
    if (Y !== null && Y.length !== rows * outputDim) {
      throw new RangeError(
        `Y length ${Y.length} must be rows × output size = ${rows} × ${outputDim} = ${rows * outputDim}`,
      );
    }
    return rows;
  }

  /** Fills acts[1..L] for `rows` rows of X. */
  function forwardBatch(params: Float64Array, X: Float64Array, rows: number): void {
    let input = X;
    for (let l = 0; l < nLayers; l++) {
      const fanOut = widths[l + 1]!;
      const out = acts[l + 1]!;
      denseForward(params, wOff[l]!, bOff[l]!, input, widths[l]!, out, fanOut, rows);
      if (l < nLayers - 1) applyActivation(actCode, out, rows * fanOut);
      input = out;
    }
  }

  /** Loss of acts[L] against Y; when `delta` is given also writes d loss / d output into it. */
  function outputLoss(Y: Float64Array, rows: number, delta: Float64Array | null): number {
    const out = acts[nLayers]!;
    const count = rows * outputDim;
    const scale = 1 / count;
    let total = 0;
    if (isBce) {
      for (let i = 0; i < count; i++) {
        const z = out[i]!;
        const y = Y[i]!;
        const e = exp(-Math.abs(z)); // in (0, 1]: no overflow for either sign of z
        total += Math.max(z, 0) - z * y + log1p(e);
        if (delta !== null) {
          // sigmoid(z), from the same e.
          const p = z >= 0 ? 1 / (1 + e) : e / (1 + e);
          delta[i] = (p - y) * scale;
        }
      }
    } else {
      for (let i = 0; i < count; i++) {
        const d = out[i]! - Y[i]!;
        total += d * d;
        if (delta !== null) delta[i] = 2 * d * scale;
      }
    }
    return total * scale;
  }

  return {
    options: Object.freeze({ sizes: Object.freeze(Array.from(widths)), activation, loss: lossName }),
    size,
    inputDim,
    outputDim,
    layers: Object.freeze(layers),

    init(rng, out = new Float64Array(size)) {
      checkParams(out, 'out');
      for (let l = 0; l < nLayers; l++) {
        const bound = 1 / Math.sqrt(widths[l]!);
        const start = wOff[l]!;
        const end = start + widths[l + 1]! * (widths[l]! + 1);
        for (let i = start; i < end; i++) out[i] = (2 * rng.next() - 1) * bound;
      }
      return out;
    },

    loss(params, X, Y) {
      checkParams(params, 'params');
      const rows = rowsOf(X, Y);
      ensureCapacity(rows);
      forwardBatch(params, X, rows);
      return outputLoss(Y, rows, null);
    },

    lossAndGrad(params, X, Y, gradOut) {
      checkParams(params, 'params');
      checkParams(gradOut, 'gradOut');
      const rows = rowsOf(X, Y);
      ensureCapacity(rows);
      forwardBatch(params, X, rows);
      let delta = deltaA;
      let deltaPrev = deltaB;
      const loss = outputLoss(Y, rows, delta);
      for (let l = nLayers - 1; l >= 0; l--) {
        const fanIn = widths[l]!;
        const fanOut = widths[l + 1]!;
        const input = l === 0 ? X : acts[l]!;
        denseGradients(gradOut, wOff[l]!, bOff[l]!, input, fanIn, delta, fanOut, rows);
        if (l > 0) {
          // tanh's derivative is taken inside the product's loop (one pass less); others after it.
          denseInputGradient(params, wOff[l]!, fanIn, delta, fanOut, rows, deltaPrev, isTanh ? input : null);
          if (!isTanh) multiplyDerivative(actCode, deltaPrev, input, rows * fanIn);
          const swap = delta;
          delta = deltaPrev;
          deltaPrev = swap;
        }
      }
      return loss;
    },

    predict(params, X, out) {
      checkParams(params, 'params');
      const rows = rowsOf(X, null);
      if (out.length !== rows * outputDim) {
        throw new RangeError(`out must have length rows × output size = ${rows * outputDim}, got ${out.length}`);
      }
      ensureCapacity(rows);
      forwardBatch(params, X, rows);
      const last = acts[nLayers]!;
      for (let i = 0; i < out.length; i++) {
        const z = last[i]!;
        out[i] = isBce ? 1 / (1 + exp(-z)) : z;
      }
      return out;
    },

    forward(params, x) {
      checkParams(params, 'params');
      if (x.length !== inputDim) throw new RangeError(`x must have length ${inputDim}, got ${x.length}`);
      ensureCapacity(1);
      forwardBatch(params, x, 1);
      const result = [Float64Array.from(x)];
      for (let l = 1; l <= nLayers; l++) result.push(acts[l]!.slice(0, widths[l]));
      const output = result[nLayers]!;
      if (isBce) for (let i = 0; i < output.length; i++) output[i] = 1 / (1 + exp(-output[i]!));
      return result;
    },
  };
}
