/**
 * The loss along one parameter: hold every other parameter fixed and vary one, $w_i$.
 *
 * $$
 * g(t) = L(\theta_1, \dots, \theta_{i-1},\, t,\, \theta_{i+1}, \dots, \theta_n), \qquad
 * g'(\theta_i) = \frac{\partial L}{\partial \theta_i}(\theta)
 * $$
 *
 * The slope of that one-variable curve at the current value is exactly the partial derivative,
 * which backpropagation returns for every parameter at once. A central finite difference
 *
 * $$
 * \frac{\partial L}{\partial \theta_i} \approx \frac{g(\theta_i + h) - g(\theta_i - h)}{2h}
 * $$
 *
 * checks it: its truncation error shrinks like $h^2$, until rounding error (about
 * $\varepsilon_{\text{machine}} \cdot L / h$) takes over for very small $h$.
 */
import type { MLP } from './mlp.ts';

/** Loss with parameter `index` set to `value`; `params` is left unchanged. */
export function lossAt(
  mlp: MLP,
  params: Float64Array,
  X: Float64Array,
  Y: Float64Array,
  index: number,
  value: number,
): number {
  checkIndex(mlp, index);
  const p = Float64Array.from(params);
  p[index] = value;
  return mlp.loss(p, X, Y);
}

/** The curve g(t) sampled at `n` evenly spaced points of [lo, hi]. */
export function lossSlice(
  mlp: MLP,
  params: Float64Array,
  X: Float64Array,
  Y: Float64Array,
  index: number,
  [lo, hi]: readonly [number, number],
  n: number,
): { w: number; loss: number }[] {
  checkIndex(mlp, index);
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`n must be an integer >= 2, got ${n}`);
  if (!(hi > lo) || !Number.isFinite(lo) || !Number.isFinite(hi))
    throw new RangeError(`need finite lo < hi, got [${lo}, ${hi}]`);
  const p = Float64Array.from(params);
  return Array.from({ length: n }, (_, i) => {
    const w = lo + ((hi - lo) * i) / (n - 1);
    p[index] = w;
    return { w, loss: mlp.loss(p, X, Y) };
  });
}

/** Central finite difference of the loss along parameter `index`, with step h. */
export function centralDifference(
  mlp: MLP,
  params: Float64Array,
  X: Float64Array,
  Y: Float64Array,
  index: number,
  h: number,
): number {
  if (!(h > 0) || !Number.isFinite(h)) throw new RangeError(`h must be a finite number > 0, got ${h}`);
  const w = params[index]!;
  return (lossAt(mlp, params, X, Y, index, w + h) - lossAt(mlp, params, X, Y, index, w - h)) / (2 * h);
}

/** Everything the slice figure shows at the current parameters: loss, backprop slope, finite-difference slope. */
export function sliceAt(mlp: MLP, params: Float64Array, X: Float64Array, Y: Float64Array, index: number, h: number) {
  checkIndex(mlp, index);
  const grad = new Float64Array(mlp.size);
  const loss = mlp.lossAndGrad(params, X, Y, grad);
  const backprop = grad[index]!;
  const finiteDifference = centralDifference(mlp, params, X, Y, index, h);
  return { loss, backprop, finiteDifference, difference: Math.abs(backprop - finiteDifference), grad };
}

/** The tangent line of the slice at (w0, loss0) with slope `slope`, as two end points over [lo, hi]. */
export function tangentLine(w0: number, loss0: number, slope: number, [lo, hi]: readonly [number, number]) {
  return [
    { w: lo, loss: loss0 + slope * (lo - w0) },
    { w: hi, loss: loss0 + slope * (hi - w0) },
  ];
}

function checkIndex(mlp: MLP, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= mlp.size)
    throw new RangeError(`index must be 0 to ${mlp.size - 1}, got ${index}`);
}
