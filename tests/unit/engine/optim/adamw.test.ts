/**
 * AdamW (src/engine/optim/adamw.ts) and the weight decay every optimizer takes. The paths are
 * checked against PyTorch in tests/unit/optim-golden.test.ts; these are the defaults, the
 * validation, and what the decay does on one step worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import * as adamw from '../../../../src/engine/optim/adamw.ts';
import { createOptimizer, optimizerDefaults, optimizerNames } from '../../../../src/engine/optim/index.ts';
import type { GradFn, OptimizerSpec } from '../../../../src/engine/optim/index.ts';
import { rosenbrock } from '../../../../src/engine/problems/index.ts';

const rosenbrockGrad: GradFn = (at, out) => rosenbrock.grad(at, out);
const constant: GradFn = (_at, out) => {
  out[0] = 2;
  out[1] = -0.5;
};

function path(spec: OptimizerSpec, start: number[], steps: number, grad: GradFn = rosenbrockGrad): number[] {
  const opt = createOptimizer(spec, start.length);
  const w = Float64Array.from(start);
  const out: number[] = [];
  for (let k = 0; k < steps; k++) {
    opt.step(w, grad);
    out.push(...w);
  }
  return out;
}

describe('adamw', () => {
  it("has PyTorch's AdamW defaults", () => {
    expect(adamw.defaults).toEqual({
      lr: 0.001,
      beta1: 0.9,
      beta2: 0.999,
      eps: 1e-8,
      biasCorrection: true,
      weightDecay: 0.01,
    });
    expect(Object.isFrozen(adamw.defaults)).toBe(true);
    expect(createOptimizer({ name: 'adamw', lr: 0.01 }, 2).spec.weightDecay).toBe(0.01);
  });

  it('first step of a constant gradient: w (1 - lr lambda) - lr sign(g)', () => {
    const lr = 0.1;
    const lambda = 0.5;
    const w = path({ name: 'adamw', lr, weightDecay: lambda, eps: 1e-12 }, [1, 1], 1, constant);
    expect(w[0]).toBeCloseTo(1 * (1 - lr * lambda) - lr, 10);
    expect(w[1]).toBeCloseTo(1 * (1 - lr * lambda) + lr, 10);
  });

  it('with weightDecay 0 it is Adam, bit for bit', () => {
    const spec = { lr: 0.01, weightDecay: 0 };
    expect(path({ name: 'adamw', ...spec }, [-1.2, 1], 100)).toEqual(path({ name: 'adam', ...spec }, [-1.2, 1], 100));
  });

  it("decoupled decay is not Adam's L2 term: the paths part", () => {
    const adamL2 = path({ name: 'adam', lr: 0.01, weightDecay: 0.5 }, [-1.2, 1], 50);
    const decoupled = path({ name: 'adamw', lr: 0.01, weightDecay: 0.5 }, [-1.2, 1], 50);
    expect(Math.abs(adamL2.at(-1)! - decoupled.at(-1)!)).toBeGreaterThan(1e-3);
  });
});

describe('weight decay on every optimizer', () => {
  it('defaults to 0 except for AdamW', () => {
    for (const name of optimizerNames) expect(optimizerDefaults[name].weightDecay).toBe(name === 'adamw' ? 0.01 : 0);
  });

  it('sgd: g <- g + lambda w, by hand', () => {
    // w = 1, g = 2 + 0.5 * 1 = 2.5, w <- 1 - 0.1 * 2.5 = 0.75; y: g = -0.5 + 0.5 = 0, w stays 1.
    expect(path({ name: 'sgd', lr: 0.1, weightDecay: 0.5 }, [1, 1], 1, constant)).toEqual([0.75, 1]);
  });

  it('adds lambda w to the gradient the state reports', () => {
    const opt = createOptimizer({ name: 'rmsprop', lr: 0.01, weightDecay: 0.5 }, 2);
    opt.step(Float64Array.of(1, 1), constant);
    expect([...opt.inspect().grad]).toEqual([2.5, 0]);
  });

  it('nag decays its look-ahead point (PyTorch decays its parameters, which are those points)', () => {
    const lambda = 0.3;
    const opt = createOptimizer({ name: 'nag', lr: 0.01, momentum: 0.9, weightDecay: lambda }, 2);
    const w = Float64Array.of(-1.2, 1);
    opt.step(w, rosenbrockGrad);
    const lookahead = [...opt.inspect().lookahead!];
    opt.step(w, rosenbrockGrad);
    const g = new Float64Array(2);
    rosenbrock.grad(Float64Array.from(lookahead), g);
    expect([...opt.inspect().grad]).toEqual([g[0]! + lambda * lookahead[0]!, g[1]! + lambda * lookahead[1]!]);
  });

  for (const value of [-0.1, NaN, Infinity, '0.1']) {
    it(`rejects weightDecay ${String(value)}`, () => {
      const spec = { name: 'adam', lr: 0.1, weightDecay: value } as OptimizerSpec;
      expect(() => createOptimizer(spec, 2)).toThrow(RangeError);
      expect(() => createOptimizer(spec, 2)).toThrow(/^weightDecay /);
    });
  }
});
