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
 * Why the loops look like this. Each sum is kept in a local variable and written once, and
 * several independent sums run side by side: one sum alone makes each addition wait for the
 * previous one, and a sum kept in memory costs a load and a store per term. The sums come in
 * blocks of two by four (two rows by four units, two units by four inputs, two rows by four
 * inputs), so that each number loaded from memory serves two or four of them: a load and its
 * bounds check cost more than the multiply-add it feeds. (Four by four was no faster: x64 has 16
 * floating-point registers.) Every sum still adds its terms in the textbook order (j, r or k
 * ascending, from the bias or from 0), so the results are those of the plain triple loops, to the
 * bit. The odd row or unit left over at the end of a block runs alone, in the same order; for
 * the weight gradients, two inputs left over (a first layer on 2-D points) run two by two.
 *
 * The indices in the innermost loops are written `(i + j) | 0`. They are small non-negative
 * integers, so `| 0` changes no value; it tells V8 that the sum is a 32-bit integer, and it drops
 * the overflow check it would otherwise add to each one (about 8 % of these loops' time).
 * denseInputGradient is in input-gradient.ts.
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
  let r = 0;
  for (; r + 1 < rows; r += 2) {
    const in0 = r * fanIn;
    const in1 = in0 + fanIn;
    const out0 = r * fanOut;
    const out1 = out0 + fanOut;
    let k = 0;
    for (; k + 3 < fanOut; k += 4) {
      const w0 = w + k * fanIn;
      const w1 = w0 + fanIn;
      const w2 = w1 + fanIn;
      const w3 = w2 + fanIn;
      // z: row r, y: row r + 1; both start from the biases.
      let z0 = params[b + k]!;
      let z1 = params[b + k + 1]!;
      let z2 = params[b + k + 2]!;
      let z3 = params[b + k + 3]!;
      let y0 = z0;
      let y1 = z1;
      let y2 = z2;
      let y3 = z3;
      for (let j = 0; j < fanIn; j++) {
        const x = input[(in0 + j) | 0]!;
        const u = input[(in1 + j) | 0]!;
        const a0 = params[(w0 + j) | 0]!;
        const a1 = params[(w1 + j) | 0]!;
        const a2 = params[(w2 + j) | 0]!;
        const a3 = params[(w3 + j) | 0]!;
        z0 += a0 * x;
        z1 += a1 * x;
        z2 += a2 * x;
        z3 += a3 * x;
        y0 += a0 * u;
        y1 += a1 * u;
        y2 += a2 * u;
        y3 += a3 * u;
      }
      out[out0 + k] = z0;
      out[out0 + k + 1] = z1;
      out[out0 + k + 2] = z2;
      out[out0 + k + 3] = z3;
      out[out1 + k] = y0;
      out[out1 + k + 1] = y1;
      out[out1 + k + 2] = y2;
      out[out1 + k + 3] = y3;
    }
    for (; k < fanOut; k++) {
      const wRow = w + k * fanIn;
      let z = params[b + k]!;
      let y = z;
      for (let j = 0; j < fanIn; j++) {
        const a = params[wRow + j]!;
        z += a * input[in0 + j]!;
        y += a * input[in1 + j]!;
      }
      out[out0 + k] = z;
      out[out1 + k] = y;
    }
  }
  if (r < rows) {
    const inBase = r * fanIn;
    const outBase = r * fanOut;
    for (let k = 0; k < fanOut; k++) {
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
  let k = 0;
  for (; k + 1 < fanOut; k += 2) {
    const wA = w + k * fanIn;
    const wB = wA + fanIn;
    let gbA = 0;
    let gbB = 0;
    for (let r = 0; r < rows; r++) {
      gbA += delta[r * fanOut + k]!;
      gbB += delta[r * fanOut + k + 1]!;
    }
    grad[b + k] = gbA;
    grad[b + k + 1] = gbB;
    let j = 0;
    for (; j + 3 < fanIn; j += 4) {
      // g: unit k, h: unit k + 1, four inputs each.
      let g0 = 0;
      let g1 = 0;
      let g2 = 0;
      let g3 = 0;
      let h0 = 0;
      let h1 = 0;
      let h2 = 0;
      let h3 = 0;
      for (let r = 0; r < rows; r++) {
        const dr = (r * fanOut + k) | 0;
        const d = delta[dr]!;
        const e = delta[(dr + 1) | 0]!;
        const x = (r * fanIn + j) | 0;
        const x0 = input[x]!;
        const x1 = input[(x + 1) | 0]!;
        const x2 = input[(x + 2) | 0]!;
        const x3 = input[(x + 3) | 0]!;
        g0 += d * x0;
        g1 += d * x1;
        g2 += d * x2;
        g3 += d * x3;
        h0 += e * x0;
        h1 += e * x1;
        h2 += e * x2;
        h3 += e * x3;
      }
      grad[wA + j] = g0;
      grad[wA + j + 1] = g1;
      grad[wA + j + 2] = g2;
      grad[wA + j + 3] = g3;
      grad[wB + j] = h0;
      grad[wB + j + 1] = h1;
      grad[wB + j + 2] = h2;
      grad[wB + j + 3] = h3;
    }
    if (j + 1 < fanIn) {
      let g0 = 0;
      let g1 = 0;
      let h0 = 0;
      let h1 = 0;
      for (let r = 0; r < rows; r++) {
        const d = delta[r * fanOut + k]!;
        const e = delta[r * fanOut + k + 1]!;
        const x0 = input[r * fanIn + j]!;
        const x1 = input[r * fanIn + j + 1]!;
        g0 += d * x0;
        g1 += d * x1;
        h0 += e * x0;
        h1 += e * x1;
      }
      grad[wA + j] = g0;
      grad[wA + j + 1] = g1;
      grad[wB + j] = h0;
      grad[wB + j + 1] = h1;
      j += 2;
    }
    for (; j < fanIn; j++) {
      let g = 0;
      let h = 0;
      for (let r = 0; r < rows; r++) {
        const x = input[r * fanIn + j]!;
        g += delta[r * fanOut + k]! * x;
        h += delta[r * fanOut + k + 1]! * x;
      }
      grad[wA + j] = g;
      grad[wB + j] = h;
    }
  }
  if (k < fanOut) {
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
