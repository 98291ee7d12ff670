/**
 * The third product of a fully connected layer (see dense.ts for the layout and for why the loops
 * look as they do): the loss's gradient with respect to the layer's input, over a batch of rows,
 *
 * $$
 * \frac{\partial L}{\partial a_{rj}} = \sum_k \delta_{rk}\, W_{kj},
 * $$
 *
 * and, below a tanh layer, the same times tanh's derivative, which is the delta of the layer below.
 */
type Vec = Float64Array;

/**
 * deltaPrev[r][j] = sum_k delta[r][k] W[k][j]: the loss's gradient with respect to the layer's input.
 * With `tanhOf` (the layer's input a, a tanh activation), each sum is multiplied by tanh's
 * derivative 1 - a[r][j]^2 before it is stored, giving d loss / d z of the layer below: the same
 * product a second pass would compute (activation.ts), without reading deltaPrev back.
 */
export function denseInputGradient(
  params: Vec,
  w: number,
  fanIn: number,
  delta: Vec,
  fanOut: number,
  rows: number,
  deltaPrev: Vec,
  tanhOf: Vec | null = null,
): void {
  let r = 0;
  for (; r + 1 < rows; r += 2) {
    const dA = r * fanOut;
    const dB = dA + fanOut;
    const pA = r * fanIn;
    const pB = pA + fanIn;
    let j = 0;
    for (; j + 3 < fanIn; j += 4) {
      // p: row r, q: row r + 1, four inputs each.
      let p0 = 0;
      let p1 = 0;
      let p2 = 0;
      let p3 = 0;
      let q0 = 0;
      let q1 = 0;
      let q2 = 0;
      let q3 = 0;
      for (let k = 0; k < fanOut; k++) {
        const d = delta[(dA + k) | 0]!;
        const e = delta[(dB + k) | 0]!;
        const wk = (w + k * fanIn + j) | 0;
        const w0 = params[wk]!;
        const w1 = params[(wk + 1) | 0]!;
        const w2 = params[(wk + 2) | 0]!;
        const w3 = params[(wk + 3) | 0]!;
        p0 += d * w0;
        p1 += d * w1;
        p2 += d * w2;
        p3 += d * w3;
        q0 += e * w0;
        q1 += e * w1;
        q2 += e * w2;
        q3 += e * w3;
      }
      if (tanhOf !== null) {
        p0 *= tanhDerivative(tanhOf[pA + j]!);
        p1 *= tanhDerivative(tanhOf[pA + j + 1]!);
        p2 *= tanhDerivative(tanhOf[pA + j + 2]!);
        p3 *= tanhDerivative(tanhOf[pA + j + 3]!);
        q0 *= tanhDerivative(tanhOf[pB + j]!);
        q1 *= tanhDerivative(tanhOf[pB + j + 1]!);
        q2 *= tanhDerivative(tanhOf[pB + j + 2]!);
        q3 *= tanhDerivative(tanhOf[pB + j + 3]!);
      }
      deltaPrev[pA + j] = p0;
      deltaPrev[pA + j + 1] = p1;
      deltaPrev[pA + j + 2] = p2;
      deltaPrev[pA + j + 3] = p3;
      deltaPrev[pB + j] = q0;
      deltaPrev[pB + j + 1] = q1;
      deltaPrev[pB + j + 2] = q2;
      deltaPrev[pB + j + 3] = q3;
    }
    for (; j < fanIn; j++) {
      let p = 0;
      let q = 0;
      for (let k = 0; k < fanOut; k++) {
        const wkj = params[w + k * fanIn + j]!;
        p += delta[dA + k]! * wkj;
        q += delta[dB + k]! * wkj;
      }
      deltaPrev[pA + j] = tanhOf === null ? p : p * tanhDerivative(tanhOf[pA + j]!);
      deltaPrev[pB + j] = tanhOf === null ? q : q * tanhDerivative(tanhOf[pB + j]!);
    }
  }
  if (r < rows) {
    const dBase = r * fanOut;
    const pBase = r * fanIn;
    for (let j = 0; j < fanIn; j++) {
      let p = 0;
      for (let k = 0; k < fanOut; k++) p += delta[dBase + k]! * params[w + k * fanIn + j]!;
      deltaPrev[pBase + j] = tanhOf === null ? p : p * tanhDerivative(tanhOf[pBase + j]!);
    }
  }
}

/** tanh'(z) = 1 - tanh(z)^2, from a = tanh(z): the expression activation.ts multiplies by. */
function tanhDerivative(a: number): number {
  return 1 - a * a;
}
