import { describe, expect, it } from 'vitest';
import { createMLP } from '../../../../src/engine/nn/index.ts';
import {
  downstreamUnits,
  listWeights,
  nudgedActivations,
  outputSensitivity,
  reachSummary,
} from '../../../../src/engine/nn/influence.ts';
import { createRng } from '../../../../src/engine/rng/index.ts';

const sizes = [3, 4, 4, 1];
const mlp = createMLP({ sizes });
const params = mlp.init(createRng(7));
const x = new Float64Array([1, -0.5, 0.8]);
const outputOf = (p: Float64Array) => mlp.forward(p, x)[3]![0]!;

describe('listWeights', () => {
  it('lists every weight once, in parameter order, with the nn.Linear layout', () => {
    const weights = listWeights(mlp);
    expect(weights).toHaveLength(3 * 4 + 4 * 4 + 4 * 1);
    // W1[k][j] sits at k * 3 + j; the biases of layer 1 (12..15) are skipped, so W2 starts at 16.
    expect(weights[0]).toEqual({ index: 0, layer: 1, from: 0, to: 0 });
    expect(weights[5]).toEqual({ index: 5, layer: 1, from: 2, to: 1 });
    expect(weights[12]).toEqual({ index: 16, layer: 2, from: 0, to: 0 });
    expect(weights.at(-1)).toEqual({ index: 16 + 16 + 4 + 3, layer: 3, from: 3, to: 0 });
    const indices = weights.map((w) => w.index);
    expect(new Set(indices).size).toBe(indices.length);
  });
});

describe('downstreamUnits and reachSummary', () => {
  it('a first-layer weight reaches its unit, the whole next layer and the output', () => {
    const w = { index: 5, layer: 1, from: 2, to: 1 };
    expect(downstreamUnits(sizes, w)).toEqual([
      { layer: 1, unit: 1 },
      { layer: 2, unit: 0 },
      { layer: 2, unit: 1 },
      { layer: 2, unit: 2 },
      { layer: 2, unit: 3 },
      { layer: 3, unit: 0 },
    ]);
    expect(reachSummary(sizes, w)).toEqual({ hiddenReached: 5, hiddenTotal: 8, hops: 2, direct: false });
  });
  it('a weight into the output reaches the output alone, directly', () => {
    const w = { index: 38, layer: 3, from: 2, to: 0 };
    expect(downstreamUnits(sizes, w)).toEqual([{ layer: 3, unit: 0 }]);
    expect(reachSummary(sizes, w)).toEqual({ hiddenReached: 0, hiddenTotal: 8, hops: 0, direct: true });
  });
  it('agrees with the forward pass: exactly the downstream units change when the weight moves', () => {
    for (const w of listWeights(mlp)) {
      const { before, after } = nudgedActivations(mlp, params, x, w.index, params[w.index]! + 0.5);
      const changed: { layer: number; unit: number }[] = [];
      before.forEach((layer, l) =>
        layer.forEach((v, u) => Math.abs(v - after[l]![u]!) > 1e-12 && changed.push({ layer: l, unit: u })),
      );
      expect(changed).toEqual(downstreamUnits(sizes, w));
    }
  });
  it('rejects a layer outside the network', () => {
    expect(() => downstreamUnits(sizes, { index: 0, layer: 0, from: 0, to: 0 })).toThrow(RangeError);
    expect(() => downstreamUnits(sizes, { index: 0, layer: 4, from: 0, to: 0 })).toThrow(RangeError);
  });
});

describe('outputSensitivity', () => {
  it('matches central differences of the forward pass for every parameter', () => {
    const { output, grad } = outputSensitivity(mlp, params, x);
    expect(output).toBeCloseTo(outputOf(params), 15);
    const h = 1e-6;
    for (let i = 0; i < mlp.size; i++) {
      const up = Float64Array.from(params);
      const down = Float64Array.from(params);
      up[i] = up[i]! + h;
      down[i] = down[i]! - h;
      const numeric = (outputOf(up) - outputOf(down)) / (2 * h);
      expect(Math.abs(grad[i]! - numeric)).toBeLessThan(1e-8);
    }
  });
  it('for a weight into the output it is the activation that weight multiplies, and 1 for the output bias', () => {
    const { grad } = outputSensitivity(mlp, params, x);
    const a2 = mlp.forward(params, x)[2]!;
    const layout = mlp.layers[2]!;
    for (let j = 0; j < 4; j++) expect(grad[layout.weights + j]).toBeCloseTo(a2[j]!, 14);
    expect(grad[layout.biases]).toBe(1);
  });
  it('needs a single-output mse network', () => {
    expect(() => outputSensitivity(createMLP({ sizes: [2, 2] }), new Float64Array(6), new Float64Array(2))).toThrow(
      RangeError,
    );
    expect(() =>
      outputSensitivity(createMLP({ sizes: [2, 1], loss: 'bce' }), new Float64Array(3), new Float64Array(2)),
    ).toThrow(RangeError);
  });
});

describe('nudgedActivations', () => {
  it('leaves params unchanged and sets only the chosen parameter', () => {
    const copy = Float64Array.from(params);
    const { before, after } = nudgedActivations(mlp, params, x, 38, 2);
    expect(params).toEqual(copy);
    const manual = Float64Array.from(params);
    manual[38] = 2;
    expect(after[3]![0]).toBe(outputOf(manual));
    expect(before[3]![0]).toBe(outputOf(params));
    expect(() => nudgedActivations(mlp, params, x, mlp.size, 0)).toThrow(RangeError);
  });
});
