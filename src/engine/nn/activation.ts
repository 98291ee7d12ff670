/**
 * The hidden layers' activations, applied in place to a batch, and their derivatives. `code` is
 * the activation's index in `activations` (mlp.ts): a number, so that each loop is picked by a
 * switch rather than through a function call per value.
 */
import { exp, tanhInPlace } from '../math/index.ts';

const ACT_TANH = 0;
const ACT_RELU = 1;
const ACT_SIGMOID = 2; // 3 is linear: the default branch of each switch

/** a <- sigma(a) for the first n values. */
export function applyActivation(code: number, a: Float64Array, n: number): void {
  switch (code) {
    case ACT_TANH:
      tanhInPlace(a, n); // the loop inside: no call per value
      break;
    case ACT_RELU:
      for (let i = 0; i < n; i++) if (a[i]! < 0) a[i] = 0; // NaN stays NaN, so divergence shows
      break;
    case ACT_SIGMOID:
      for (let i = 0; i < n; i++) a[i] = 1 / (1 + exp(-a[i]!));
      break;
    default:
      break; // linear
  }
}

/** Multiplies delta (d loss / d a) by the activation's derivative, written in terms of a. */
export function multiplyDerivative(code: number, delta: Float64Array, a: Float64Array, n: number): void {
  switch (code) {
    case ACT_TANH:
      for (let i = 0; i < n; i++) {
        const ai = a[i]!;
        delta[i] = delta[i]! * (1 - ai * ai);
      }
      break;
    case ACT_RELU:
      for (let i = 0; i < n; i++) if (a[i]! <= 0) delta[i] = 0; // relu'(0) = 0, as in PyTorch
      break;
    case ACT_SIGMOID:
      for (let i = 0; i < n; i++) {
        const ai = a[i]!;
        delta[i] = delta[i]! * ai * (1 - ai);
      }
      break;
    default:
      break;
  }
}
