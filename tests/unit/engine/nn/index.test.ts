import { describe, expect, it } from 'vitest';
import { createMLP, defaults, activations, lossNames } from '../../../../src/engine/nn/index.ts';
import type { Activation, LossName } from '../../../../src/engine/nn/index.ts';
import { createRng } from '../../../../src/engine/rng/index.ts';

function randomArray(n: number, seed: number, scale = 1): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => (2 * rng.next() - 1) * scale);
}

function binaryLabels(n: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => (rng.next() < 0.5 ? 0 : 1));
}

describe('createMLP options', () => {
  it('has documented defaults', () => {
    expect(defaults).toEqual({ activation: 'tanh', loss: 'mse' });
    expect(Object.isFrozen(defaults)).toBe(true);
    const mlp = createMLP({ sizes: [2, 3, 1] });
    expect(mlp.options).toEqual({ sizes: [2, 3, 1], activation: 'tanh', loss: 'mse' });
  });

  it('counts parameters as nn.Linear does', () => {
    expect(createMLP({ sizes: [2, 16, 16, 1] }).size).toBe(2 * 16 + 16 + 16 * 16 + 16 + 16 + 1);
    expect(createMLP({ sizes: [1, 1] }).size).toBe(2);
  });

  it('rejects invalid options with a RangeError naming the field', () => {
    expect(() => createMLP({ sizes: [2] })).toThrow(/sizes/);
    expect(() => createMLP({ sizes: [2, 0, 1] })).toThrow(RangeError);
    expect(() => createMLP({ sizes: [2, 1.5, 1] })).toThrow(/sizes/);
    expect(() => createMLP({ sizes: [2, 1], activation: 'gelu' as Activation })).toThrow(/activation/);
    expect(() => createMLP({ sizes: [2, 1], loss: 'l1' as LossName })).toThrow(/loss/);
  });

  it('rejects arrays of the wrong size', () => {
    const mlp = createMLP({ sizes: [2, 3, 1] });
    const p = new Float64Array(mlp.size);
    const g = new Float64Array(mlp.size);
    expect(() => mlp.loss(p, new Float64Array(3), new Float64Array(1))).toThrow(/X length/);
    expect(() => mlp.loss(p, new Float64Array(0), new Float64Array(0))).toThrow(RangeError);
    expect(() => mlp.loss(p, new Float64Array(4), new Float64Array(3))).toThrow(/Y length/);
    expect(() => mlp.loss(new Float64Array(5), new Float64Array(2), new Float64Array(1))).toThrow(/params/);
    expect(() => mlp.lossAndGrad(p, new Float64Array(2), new Float64Array(1), new Float64Array(2))).toThrow(/gradOut/);
    expect(() => mlp.lossAndGrad(p, new Float64Array(2), new Float64Array(1), g)).not.toThrow();
    expect(() => mlp.predict(p, new Float64Array(4), new Float64Array(1))).toThrow(/out/);
    expect(() => mlp.forward(p, new Float64Array(3))).toThrow(/x/);
  });
});

describe('parameter layout', () => {
  it('matches nn.Linear: W [out][in] row-major, then b, layer by layer', () => {
    const mlp = createMLP({ sizes: [2, 3, 1], activation: 'linear' });
    expect(mlp.layers).toEqual([
      { fanIn: 2, fanOut: 3, weights: 0, biases: 6 },
      { fanIn: 3, fanOut: 1, weights: 9, biases: 12 },
    ]);
    // W1 = [[1, 2], [3, 4], [5, 6]], b1 = [0.1, 0.2, 0.3], W2 = [[1, -1, 2]], b2 = [0.5]
    const params = Float64Array.from([1, 2, 3, 4, 5, 6, 0.1, 0.2, 0.3, 1, -1, 2, 0.5]);
    const x = [10, 100];
    const h = [1 * 10 + 2 * 100 + 0.1, 3 * 10 + 4 * 100 + 0.2, 5 * 10 + 6 * 100 + 0.3];
    const y = h[0]! - h[1]! + 2 * h[2]! + 0.5;
    const out = new Float64Array(1);
    mlp.predict(params, Float64Array.from(x), out);
    expect(out[0]).toBeCloseTo(y, 10);
    const layers = mlp.forward(params, Float64Array.from(x));
    expect(layers.map((a) => Array.from(a))).toEqual([x, h, [y]]);
  });
});

describe('reference values for a 1-1-1 network (computed independently in Python)', () => {
  // w1 = 0.3, b1 = -0.2, w2 = 1.5, b2 = 0.1, X = [0.5, -1], Y = [1, 0]
  const params = Float64Array.from([0.3, -0.2, 1.5, 0.1]);
  const X = Float64Array.from([0.5, -1]);
  const Y = Float64Array.from([1, 0]);

  it('tanh + mse', () => {
    const mlp = createMLP({ sizes: [1, 1, 1], activation: 'tanh', loss: 'mse' });
    const grad = new Float64Array(4);
    expect(mlp.lossAndGrad(params, X, Y, grad)).toBeCloseTo(0.6511803521494542, 14);
    const expected = [-0.02962563715576705, -2.1585089816464738, 0.3228229811298481, -1.5681132983268347];
    expected.forEach((g, i) => expect(grad[i]).toBeCloseTo(g, 14));
  });

  it('sigmoid + bce', () => {
    const mlp = createMLP({ sizes: [1, 1, 1], activation: 'sigmoid', loss: 'bce' });
    const grad = new Float64Array(4);
    expect(mlp.lossAndGrad(params, X, Y, grad)).toBeCloseTo(0.7211584884125678, 14);
    const expected = [-0.1448702037434131, 0.059597883979587714, 0.050766879336711646, 0.1786483179083102];
    expected.forEach((g, i) => expect(grad[i]).toBeCloseTo(g, 14));
  });

  it('bce on logits stays finite for huge logits, like BCEWithLogitsLoss', () => {
    const mlp = createMLP({ sizes: [1, 1], loss: 'bce' });
    const grad = new Float64Array(2);
    // logit = 1000 * 1 + 0 with target 0: loss = 1000, gradient wrt logit = 1 (sigmoid - y).
    const loss = mlp.lossAndGrad(Float64Array.from([1000, 0]), Float64Array.from([1]), Float64Array.from([0]), grad);
    expect(loss).toBeCloseTo(1000, 10);
    expect(Array.from(grad)).toEqual([1, 1]);
    // logit = -1000 with target 0: loss ~ 0, gradient ~ 0.
    expect(mlp.loss(Float64Array.from([-1000, 0]), Float64Array.from([1]), Float64Array.from([0]))).toBe(0);
  });
});

describe('backprop agrees with central finite differences', () => {
  const shapes: number[][] = [
    [1, 1],
    [2, 3, 1],
    [3, 5, 4, 2],
    [2, 16, 16, 1],
  ];
  for (const activation of activations) {
    for (const loss of lossNames) {
      for (const sizes of shapes) {
        it(`${activation} × ${loss} × [${sizes.join(', ')}]`, () => {
          const mlp = createMLP({ sizes, activation, loss });
          const rows = 7;
          const seed = sizes.length * 100 + sizes[1]!;
          const params = mlp.init(createRng(seed));
          // Larger weights so that tanh/sigmoid leave their linear regime and relu units die.
          for (let i = 0; i < params.length; i++) params[i] = params[i]! * 2;
          const X = randomArray(rows * sizes[0]!, seed + 1, 2);
          const outDim = sizes[sizes.length - 1]!;
          const Y = loss === 'bce' ? binaryLabels(rows * outDim, seed + 2) : randomArray(rows * outDim, seed + 2);
          const grad = new Float64Array(mlp.size);
          const value = mlp.lossAndGrad(params, X, Y, grad);
          expect(value).toBeCloseTo(mlp.loss(params, X, Y), 14);
          const h = 1e-6;
          let maxAbs = 0;
          for (let i = 0; i < mlp.size; i++) {
            const saved = params[i]!;
            params[i] = saved + h;
            const plus = mlp.loss(params, X, Y);
            params[i] = saved - h;
            const minus = mlp.loss(params, X, Y);
            params[i] = saved;
            const numeric = (plus - minus) / (2 * h);
            maxAbs = Math.max(maxAbs, Math.abs(grad[i]!));
            expect(Math.abs(grad[i]! - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
          }
          expect(maxAbs).toBeGreaterThan(1e-4); // the check was not vacuous
        });
      }
    }
  }
});

describe('init', () => {
  it('is deterministic under a seed and differs across seeds', () => {
    const mlp = createMLP({ sizes: [2, 16, 16, 1] });
    const a = mlp.init(createRng(7));
    const b = mlp.init(createRng(7), new Float64Array(mlp.size));
    const c = mlp.init(createRng(8));
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });

  it('draws every layer from uniform(-1/sqrt(fan_in), 1/sqrt(fan_in)) (PyTorch default)', () => {
    const mlp = createMLP({ sizes: [4, 100, 25, 1] });
    const p = mlp.init(createRng(1));
    for (const layer of mlp.layers) {
      const bound = 1 / Math.sqrt(layer.fanIn);
      const slice = p.subarray(layer.weights, layer.biases + layer.fanOut);
      let max = 0;
      for (const v of slice) max = Math.max(max, Math.abs(v));
      expect(max).toBeLessThanOrEqual(bound);
      if (slice.length > 50) expect(max).toBeGreaterThan(0.9 * bound);
    }
  });
});

describe('buffers', () => {
  it('gives identical results over many calls, across batch sizes (buffers reused and grown)', () => {
    const mlp = createMLP({ sizes: [2, 8, 1], activation: 'relu', loss: 'bce' });
    const params = mlp.init(createRng(3));
    const small = { X: randomArray(10, 1), Y: binaryLabels(5, 2) };
    const large = { X: randomArray(400, 3), Y: binaryLabels(200, 4) };
    const g0 = new Float64Array(mlp.size);
    const l0 = mlp.lossAndGrad(params, small.X, small.Y, g0);
    const g = new Float64Array(mlp.size);
    for (let i = 0; i < 200; i++) {
      const big = mlp.lossAndGrad(params, large.X, large.Y, g);
      expect(Number.isFinite(big)).toBe(true);
      expect(mlp.lossAndGrad(params, small.X, small.Y, g)).toBe(l0);
      expect(Array.from(g)).toEqual(Array.from(g0));
    }
  });

  it('does not modify its inputs', () => {
    const mlp = createMLP({ sizes: [2, 4, 1] });
    const params = mlp.init(createRng(3));
    const X = randomArray(20, 1);
    const Y = randomArray(10, 2);
    const copies = [params, X, Y].map((a) => Array.from(a));
    mlp.lossAndGrad(params, X, Y, new Float64Array(mlp.size));
    expect([params, X, Y].map((a) => Array.from(a))).toEqual(copies);
  });

  it('predict gives probabilities for bce and raw outputs for mse', () => {
    const bce = createMLP({ sizes: [2, 4, 1], loss: 'bce' });
    const mse = createMLP({ sizes: [2, 4, 1], loss: 'mse' });
    const params = bce.init(createRng(5));
    const X = randomArray(20, 6, 3);
    const p = bce.predict(params, X, new Float64Array(10));
    const z = mse.predict(params, X, new Float64Array(10));
    for (let i = 0; i < 10; i++) expect(p[i]).toBeCloseTo(1 / (1 + Math.exp(-z[i]!)), 14);
    const layers = bce.forward(params, X.subarray(0, 2));
    expect(layers.map((a) => a.length)).toEqual([2, 4, 1]);
    expect(layers[2]![0]).toBeCloseTo(p[0]!, 14);
  });
});
