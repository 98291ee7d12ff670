import { describe, expect, it } from 'vitest';
import { denseForward, denseGradients } from '../../../../src/engine/nn/dense.ts';
import { denseInputGradient } from '../../../../src/engine/nn/input-gradient.ts';
import { createRng } from '../../../../src/engine/rng/index.ts';

/** The textbook triple loops, one sum at a time, in the order dense.ts promises to keep. */
function naive(
  params: Float64Array,
  w: number,
  b: number,
  input: Float64Array,
  fanIn: number,
  delta: Float64Array,
  fanOut: number,
  rows: number,
) {
  const out = new Float64Array(rows * fanOut);
  const grad = new Float64Array(params.length);
  const deltaPrev = new Float64Array(rows * fanIn);
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < fanOut; k++) {
      let z = params[b + k]!;
      for (let j = 0; j < fanIn; j++) z += params[w + k * fanIn + j]! * input[r * fanIn + j]!;
      out[r * fanOut + k] = z;
    }
  }
  for (let k = 0; k < fanOut; k++) {
    for (let r = 0; r < rows; r++) grad[b + k] = grad[b + k]! + delta[r * fanOut + k]!;
    for (let j = 0; j < fanIn; j++) {
      for (let r = 0; r < rows; r++)
        grad[w + k * fanIn + j] = grad[w + k * fanIn + j]! + delta[r * fanOut + k]! * input[r * fanIn + j]!;
    }
  }
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < fanIn; j++) {
      for (let k = 0; k < fanOut; k++)
        deltaPrev[r * fanIn + j] = deltaPrev[r * fanIn + j]! + delta[r * fanOut + k]! * params[w + k * fanIn + j]!;
    }
  }
  return { out, grad, deltaPrev };
}

const same = (actual: Float64Array, expected: Float64Array, label: string) => {
  for (let i = 0; i < expected.length; i++)
    if (!Object.is(actual[i], expected[i])) expect([label, i, actual[i]]).toEqual([label, i, expected[i]]);
};

describe('dense layer loops', () => {
  // Widths below, at and above the four sums run side by side, and not multiples of four (7 = 4 + 2 + 1 inputs).
  for (const [fanIn, fanOut, rows] of [
    [2, 16, 7],
    [16, 16, 250],
    [16, 1, 10],
    [5, 7, 3],
    [3, 4, 1],
    [7, 3, 5],
  ] as const) {
    it(`give the triple loops' results to the bit: ${fanIn} -> ${fanOut}, ${rows} rows`, () => {
      const rng = createRng(fanIn * 100 + fanOut);
      const offset = 3; // the layer need not start at 0
      const params = Float64Array.from({ length: offset + fanOut * (fanIn + 1) }, () => rng.normal());
      const [w, b] = [offset, offset + fanIn * fanOut];
      const input = Float64Array.from({ length: rows * fanIn }, () => rng.normal() * 10 ** Math.round(rng.normal()));
      const delta = Float64Array.from({ length: rows * fanOut }, () => rng.normal());
      const expected = naive(params, w, b, input, fanIn, delta, fanOut, rows);
      const out = new Float64Array(rows * fanOut);
      denseForward(params, w, b, input, fanIn, out, fanOut, rows);
      same(out, expected.out, 'forward');
      const grad = new Float64Array(params.length).fill(NaN);
      grad.fill(0, 0, offset);
      denseGradients(grad, w, b, input, fanIn, delta, fanOut, rows);
      same(grad, expected.grad, 'gradients');
      const deltaPrev = new Float64Array(rows * fanIn).fill(NaN);
      denseInputGradient(params, w, fanIn, delta, fanOut, rows, deltaPrev);
      same(deltaPrev, expected.deltaPrev, 'input gradient');
    });
  }
});
