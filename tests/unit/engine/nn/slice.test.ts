import { describe, expect, it } from 'vitest';
import { createMLP } from '../../../../src/engine/nn/index.ts';
import { centralDifference, lossAt, lossSlice, sliceAt, tangentLine } from '../../../../src/engine/nn/slice.ts';
import { createRng } from '../../../../src/engine/rng/index.ts';

const mlp = createMLP({ sizes: [1, 2, 1] });
const params = mlp.init(createRng(3));
const X = new Float64Array([-2, -1, 0, 1, 2]);
const Y = X.map((x) => Math.sin(x));

describe('lossAt and lossSlice', () => {
  it('change one parameter only and leave params untouched', () => {
    const copy = Float64Array.from(params);
    const manual = Float64Array.from(params);
    manual[1] = 0.25;
    expect(lossAt(mlp, params, X, Y, 1, 0.25)).toBe(mlp.loss(manual, X, Y));
    const slice = lossSlice(mlp, params, X, Y, 1, [-1, 1], 5);
    expect(slice.map((s) => s.w)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(slice[3]!.loss).toBe(lossAt(mlp, params, X, Y, 1, 0.5));
    expect(params).toEqual(copy);
  });
  it('along an output weight the mse loss is an exact parabola (second differences constant)', () => {
    const s = lossSlice(mlp, params, X, Y, 4, [-4, 4], 9).map((p) => p.loss);
    const second = s.slice(2).map((v, i) => v - 2 * s[i + 1]! + s[i]!);
    for (const d of second) expect(d).toBeCloseTo(second[0]!, 10);
    expect(second[0]).toBeGreaterThan(0);
  });
  it('rejects bad arguments', () => {
    expect(() => lossSlice(mlp, params, X, Y, 7, [-1, 1], 5)).toThrow(RangeError);
    expect(() => lossSlice(mlp, params, X, Y, 0, [1, -1], 5)).toThrow(RangeError);
    expect(() => lossSlice(mlp, params, X, Y, 0, [-1, 1], 1)).toThrow(RangeError);
    expect(() => centralDifference(mlp, params, X, Y, 0, 0)).toThrow(RangeError);
  });
});

describe('sliceAt', () => {
  it('backprop agrees with the central difference for every parameter', () => {
    for (let i = 0; i < mlp.size; i++) {
      const s = sliceAt(mlp, params, X, Y, i, 1e-5);
      expect(s.loss).toBe(mlp.loss(params, X, Y));
      expect(s.difference).toBeLessThan(1e-9);
      expect(s.difference).toBe(Math.abs(s.backprop - s.finiteDifference));
    }
  });
  it('the finite-difference error shrinks like h² (truncation) and grows again for tiny h (rounding)', () => {
    const err = (h: number) => sliceAt(mlp, params, X, Y, 1, h).difference;
    const ratio = err(0.1) / err(0.05);
    expect(ratio).toBeGreaterThan(3.5);
    expect(ratio).toBeLessThan(4.5);
    expect(err(1e-12)).toBeGreaterThan(err(1e-5));
  });
  it('matches the slope of the sampled slice', () => {
    const w0 = params[1]!;
    const s = sliceAt(mlp, params, X, Y, 1, 1e-4);
    const [a, b] = lossSlice(mlp, params, X, Y, 1, [w0 - 1e-4, w0 + 1e-4], 2);
    expect((b!.loss - a!.loss) / 2e-4).toBeCloseTo(s.backprop, 7);
  });
});

describe('tangentLine', () => {
  it('passes through the point with the given slope', () => {
    expect(tangentLine(1, 2, 3, [0, 2])).toEqual([
      { w: 0, loss: -1 },
      { w: 2, loss: 5 },
    ]);
  });
});
