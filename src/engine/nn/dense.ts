/**
 * The matrix products of a fully connected layer, forward and backward, over a batch of rows.
 * Layout as in mlp.ts: rows one after another (`input[r * fanIn + j]`), and the layer's weights
 * W[k][j] at `params[w + k * fanIn + j]`, its biases at `params[b + k]`.
 *
 * $$
 * z_{rk} = b_k + \sum_j W_{kj}\, a_{rj}, \qquad
 * \frac{\partial L}{\partial W_{kj}} = \sum_r \delta_{rk}\, a_{rj}, \qquad
 * \frac{\partial L}{\partial b_k} = \sum_r \delta_{rk}, \qquad
 * \frac{\partial L}{\partial a_{rj}} = \sum_k \delta_{rk}\, W_{kj}
 * $$
 *
 * Why the loops look like this. Each sum is kept in a local variable and written once, and four
 * independent sums run side by side (four units k, or four inputs j): one sum alone makes each
 * addition wait for the previous one, and a sum kept in memory costs a load and a store per term.
 * Every sum still adds its terms in the textbook order (j, r or k ascending, from the bias or
 * from 0), so the results are those of the plain triple loops, to the bit.
 */
type Vec = Float64Array;

/** out[r][k] = b[k] + sum_j W[k][j] input[r][j], for `rows` rows. */
export function denseForward(
  params: Vec,
  w: number,
  b: number,
  input: Vec,
  fanIn: number,
  out: Vec,
  fanOut: number,
  rows: number,
): void {
  for (let r = 0; r < rows; r++) {
    const inBase = r * fanIn;
    const outBase = r * fanOut;
    let k = 0;
    for (; k + 3 < fanOut; k += 4) {
      const w0 = w + k * fanIn;
      const w1 = w0 + fanIn;
      const w2 = w1 + fanIn;
      const w3 = w2 + fanIn;
      let z0 = params[b + k]!;
      let z1 = params[b + k + 1]!;
      let z2 = params[b + k + 2]!;
      let z3 = params[b + k + 3]!;
      for (let j = 0; j < fanIn; j++) {
        const x = input[inBase + j]!;
        z0 += params[w0 + j]! * x;
        z1 += params[w1 + j]! * x;
        z2 += params[w2 + j]! * x;
        z3 += params[w3 + j]! * x;
      }
      out[outBase + k] = z0;
      out[outBase + k + 1] = z1;
      out[outBase + k + 2] = z2;
      out[outBase + k + 3] = z3;
    }
    for (; k < fanOut; k++) {
      const wRow = w + k * fanIn;
      let z = params[b + k]!;
      for (let j = 0; j < fanIn; j++) z += params[wRow + j]! * input[inBase + j]!;
      out[outBase + k] = z;
    }
  }
}

/** grad W[k][j] = sum_r delta[r][k] input[r][j] and grad b[k] = sum_r delta[r][k], written (not added). */
export function denseGradients(
  grad: Vec,
  w: number,
  b: number,
  input: Vec,
  fanIn: number,
  delta: Vec,
  fanOut: number,
  rows: number,
): void {
  for (let k = 0; k < fanOut; k++) {
    let gb = 0;
    for (let r = 0; r < rows; r++) gb += delta[r * fanOut + k]!;
    grad[b + k] = gb;
    const wRow = w + k * fanIn;
    let j = 0;
    for (; j + 3 < fanIn; j += 4) {
      let g0 = 0;
      let g1 = 0;
      let g2 = 0;
      let g3 = 0;
      for (let r = 0; r < rows; r++) {
        const d = delta[r * fanOut + k]!;
        const x = r * fanIn + j;
        g0 += d * input[x]!;
        g1 += d * input[x + 1]!;
        g2 += d * input[x + 2]!;
        g3 += d * input[x + 3]!;
      }
      grad[wRow + j] = g0;
      grad[wRow + j + 1] = g1;
      grad[wRow + j + 2] = g2;
      grad[wRow + j + 3] = g3;
    }
    for (; j < fanIn; j++) {
      let g = 0;
      for (let r = 0; r < rows; r++) g += delta[r * fanOut + k]! * input[r * fanIn + j]!;
      grad[wRow + j] = g;
    }
  }
}

/** deltaPrev[r][j] = sum_k delta[r][k] W[k][j]: the loss's gradient with respect to the layer's input. */
export function denseInputGradient(
  params: Vec,
  w: number,
  fanIn: number,
  delta: Vec,
  fanOut: number,
  rows: number,
  deltaPrev: Vec,
): void {
  for (let r = 0; r < rows; r++) {
    const dBase = r * fanOut;
    const pBase = r * fanIn;
    let j = 0;
    for (; j + 3 < fanIn; j += 4) {
      let p0 = 0;
      let p1 = 0;
      let p2 = 0;
      let p3 = 0;
      for (let k = 0; k < fanOut; k++) {
        const d = delta[dBase + k]!;
        const wk = w + k * fanIn + j;
        p0 += d * params[wk]!;
        p1 += d * params[wk + 1]!;
        p2 += d * params[wk + 2]!;
        p3 += d * params[wk + 3]!;
      }
      deltaPrev[pBase + j] = p0;
      deltaPrev[pBase + j + 1] = p1;
      deltaPrev[pBase + j + 2] = p2;
      deltaPrev[pBase + j + 3] = p3;
    }
    for (; j < fanIn; j++) {
      let p = 0;
      for (let k = 0; k < fanOut; k++) p += delta[dBase + k]! * params[w + k * fanIn + j]!;
      deltaPrev[pBase + j] = p;
    }
  }
}
