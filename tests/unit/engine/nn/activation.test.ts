import { describe, expect, it } from 'vitest';
import { applyActivation, multiplyDerivative, tanh } from '../../../../src/engine/nn/activation.ts';
import { createRng } from '../../../../src/engine/rng/index.ts';

/** The spacing of doubles at |v| (one unit in the last place). */
const ulp = (v: number) => (v === 0 ? Number.MIN_VALUE : 2 ** (Math.floor(Math.log2(Math.abs(v))) - 52));

describe('tanh', () => {
  it('is within 3 units in the last place of Math.tanh, over every range of sizes', () => {
    const rng = createRng(21);
    let worst = 0;
    let differ = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      // Half across [-25, 25] (where it saturates), half at sizes from 1e-19 to 10.
      const x = i % 2 === 0 ? (2 * rng.next() - 1) * 25 : (2 * rng.next() - 1) * 10 ** (20 * rng.next() - 19);
      const expected = Math.tanh(x);
      const error = Math.abs(tanh(x) - expected) / ulp(expected);
      worst = Math.max(worst, error);
      if (error > 0) differ++;
    }
    expect(worst).toBeLessThanOrEqual(3);
    expect(differ / n).toBeLessThan(0.25); // mostly the same double
  });

  it('gives what Math.tanh gives at zeros, tiny values, infinities, NaN and where it saturates', () => {
    for (const x of [0, -0, 5e-324, -1e-300, 2 ** -28, 19.1, -19.1, 22, 400, -400, Infinity, -Infinity, NaN]) {
      expect(Object.is(tanh(x), Math.tanh(x)), String(x)).toBe(true);
    }
  });

  it('is what the tanh layer applies, and its derivative is 1 - tanh^2', () => {
    const rng = createRng(3);
    const z = Float64Array.from({ length: 64 }, () => 4 * rng.normal());
    const a = Float64Array.from(z);
    applyActivation(0, a, a.length);
    expect(Array.from(a)).toEqual(Array.from(z, tanh));
    const delta = new Float64Array(a.length).fill(2);
    multiplyDerivative(0, delta, a, a.length);
    expect(Array.from(delta)).toEqual(Array.from(a, (v) => 2 * (1 - v * v)));
  });
});
