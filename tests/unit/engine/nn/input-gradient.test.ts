import { describe, expect, it } from 'vitest';
import { multiplyDerivative } from '../../../../src/engine/nn/activation.ts';
import { denseInputGradient } from '../../../../src/engine/nn/input-gradient.ts';
import { createRng } from '../../../../src/engine/rng/index.ts';
import { tanh } from '../../../../src/engine/math/index.ts';

// dense.test.ts checks the product itself against the triple loops; this checks the tanh
// derivative taken inside it against the separate pass (activation.ts) that it replaces.
describe('denseInputGradient with tanhOf', () => {
  for (const [fanIn, fanOut, rows] of [
    [16, 16, 10],
    [16, 1, 10],
    [7, 3, 5],
    [5, 4, 1],
  ] as const) {
    it(`gives the product times 1 - a², to the bit: ${fanIn} -> ${fanOut}, ${rows} rows`, () => {
      const rng = createRng(fanIn * 100 + fanOut + 7);
      const offset = 5;
      const params = Float64Array.from({ length: offset + fanOut * (fanIn + 1) }, () => rng.normal());
      const delta = Float64Array.from({ length: rows * fanOut }, () => rng.normal());
      // Activations of a tanh layer, with the ends of its range: a = ±1 gives a zero derivative.
      const a = Float64Array.from({ length: rows * fanIn }, (_, i) =>
        i % 5 === 4 ? Math.sign(rng.normal()) : tanh(2 * rng.normal()),
      );
      const expected = new Float64Array(rows * fanIn);
      denseInputGradient(params, offset, fanIn, delta, fanOut, rows, expected);
      multiplyDerivative(0, expected, a, rows * fanIn); // 0: tanh, activations' first entry
      const fused = new Float64Array(rows * fanIn).fill(NaN);
      denseInputGradient(params, offset, fanIn, delta, fanOut, rows, fused, a);
      for (let i = 0; i < expected.length; i++) {
        if (!Object.is(fused[i], expected[i])) expect([i, fused[i]]).toEqual([i, expected[i]]);
      }
      expect(fused.some((v) => v === 0)).toBe(true); // the a = ±1 rows were met
    });
  }
});
