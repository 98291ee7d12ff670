import katex from 'katex';
import { describe, expect, it } from 'vitest';
import * as adagrad from '../../../../src/engine/optim/adagrad.ts';
import * as adam from '../../../../src/engine/optim/adam.ts';
import {
  adamLatexWithoutBiasCorrection,
  createOptimizer,
  optimizerDefaults,
  optimizerLatex,
  classicOptimizerNames,
  optimizerNames,
  optimizerTitles,
  unusedFieldDefaults,
} from '../../../../src/engine/optim/index.ts';
import type { GradFn, OptimizerName, OptimizerSpec } from '../../../../src/engine/optim/index.ts';
import * as momentum from '../../../../src/engine/optim/momentum.ts';
import * as nag from '../../../../src/engine/optim/nag.ts';
import * as rmsprop from '../../../../src/engine/optim/rmsprop.ts';
import * as sgd from '../../../../src/engine/optim/sgd.ts';
import { rosenbrock } from '../../../../src/engine/problems/index.ts';

const rosenbrockGrad: GradFn = rosenbrock.grad;

/** Runs `steps` steps from `start` and returns every point, flattened. */
function path(spec: OptimizerSpec, start: number[], steps: number, grad: GradFn = rosenbrockGrad): number[] {
  const optimizer = createOptimizer(spec, start.length);
  const w = Float64Array.from(start);
  const out = [...w];
  for (let k = 0; k < steps; k++) {
    optimizer.step(w, grad);
    out.push(...w);
  }
  return out;
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance = 1e-12): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const scale = Math.max(1, Math.abs(expected[i]!));
    expect(Math.abs(actual[i]! - expected[i]!), `index ${i}: ${actual[i]} vs ${expected[i]}`).toBeLessThanOrEqual(
      tolerance * scale,
    );
  }
}

describe('defaults', () => {
  it('each file states its defaults (Adam: Kingma & Ba 2015, Algorithm 1; the rest as PyTorch where it has one)', () => {
    expect(sgd.defaults).toEqual({ lr: 0.01, weightDecay: 0 });
    expect(momentum.defaults).toEqual({ lr: 0.01, momentum: 0.9, weightDecay: 0 });
    expect(nag.defaults).toEqual({ lr: 0.01, momentum: 0.9, weightDecay: 0 });
    expect(adagrad.defaults).toEqual({ lr: 0.01, eps: 1e-10, weightDecay: 0 });
    expect(rmsprop.defaults).toEqual({ lr: 0.01, decay: 0.99, eps: 1e-8, weightDecay: 0 });
    expect(adam.defaults).toEqual({
      lr: 0.001,
      beta1: 0.9,
      beta2: 0.999,
      eps: 1e-8,
      biasCorrection: true,
      weightDecay: 0,
    });
    for (const d of [sgd, momentum, nag, adagrad, rmsprop, adam]) expect(Object.isFrozen(d.defaults)).toBe(true);
  });

  it('optimizerDefaults fills every field: own defaults first, then the registry-wide values', () => {
    expect(unusedFieldDefaults).toEqual({
      lr: 0.01,
      momentum: 0.9,
      decay: 0.99,
      beta1: 0.9,
      beta2: 0.999,
      eps: 1e-8,
      biasCorrection: true,
    });
    const shared = { weightDecay: 0, schedule: { name: 'constant' } };
    expect(optimizerDefaults.adagrad).toEqual({ ...unusedFieldDefaults, ...shared, name: 'adagrad', eps: 1e-10 });
    expect(optimizerDefaults.adam).toEqual({ ...unusedFieldDefaults, ...shared, name: 'adam', lr: 0.001 });
    expect(optimizerDefaults.adamw).toEqual({ ...optimizerDefaults.adam, name: 'adamw', weightDecay: 0.01 });
    for (const name of optimizerNames) {
      expect(Object.keys(optimizerDefaults[name]).sort()).toEqual([
        'beta1',
        'beta2',
        'biasCorrection',
        'decay',
        'eps',
        'lr',
        'momentum',
        'name',
        'schedule',
        'weightDecay',
      ]);
      expect(optimizerDefaults[name].name).toBe(name);
    }
  });

  it('the spec is filled from the defaults, keeps what was given, and is frozen', () => {
    const opt = createOptimizer({ name: 'rmsprop', lr: 0.5, eps: 1e-6 }, 3);
    expect(opt.spec).toEqual({ ...optimizerDefaults.rmsprop, lr: 0.5, eps: 1e-6 });
    expect(Object.isFrozen(opt.spec)).toBe(true);
    const adamOpt = createOptimizer({ name: 'adam', lr: 0.01, biasCorrection: false, beta2: 0.99 }, 1);
    expect(adamOpt.spec).toEqual({ ...optimizerDefaults.adam, lr: 0.01, biasCorrection: false, beta2: 0.99 });
  });

  it('names, titles and LaTeX cover the same seven optimizers; the widgets keep the classic six', () => {
    expect(classicOptimizerNames).toEqual(['sgd', 'momentum', 'nag', 'adagrad', 'rmsprop', 'adam']);
    expect(optimizerNames).toEqual([...classicOptimizerNames, 'adamw']);
    expect(optimizerTitles).toEqual({
      sgd: 'Gradient descent',
      momentum: 'Momentum',
      nag: 'Nesterov (NAG)',
      adagrad: 'Adagrad',
      rmsprop: 'RMSProp',
      adam: 'Adam',
      adamw: 'AdamW',
    });
    expect(Object.keys(optimizerLatex).sort()).toEqual([...optimizerNames].sort());
  });
});

describe('validation', () => {
  const bad: [string, OptimizerSpec, number][] = [
    ['name', { name: 'lbfgs' as OptimizerName, lr: 0.1 }, 2],
    ['lr', { name: 'sgd', lr: 0 }, 2],
    ['lr', { name: 'sgd', lr: -0.1 }, 2],
    ['lr', { name: 'sgd', lr: NaN }, 2],
    ['lr', { name: 'adam', lr: Infinity }, 2],
    ['lr', { name: 'adam' } as OptimizerSpec, 2],
    ['momentum', { name: 'momentum', lr: 0.1, momentum: 1 }, 2],
    ['momentum', { name: 'nag', lr: 0.1, momentum: -0.1 }, 2],
    ['momentum', { name: 'nag', lr: 0.1, momentum: NaN }, 2],
    ['decay', { name: 'rmsprop', lr: 0.1, decay: 1 }, 2],
    ['decay', { name: 'rmsprop', lr: 0.1, decay: NaN }, 2],
    ['beta1', { name: 'adam', lr: 0.1, beta1: 1.5 }, 2],
    ['beta1', { name: 'adam', lr: 0.1, beta1: NaN }, 2],
    ['beta2', { name: 'adam', lr: 0.1, beta2: 1 }, 2],
    ['beta2', { name: 'adam', lr: 0.1, beta2: -1e-9 }, 2],
    ['eps', { name: 'adagrad', lr: 0.1, eps: 0 }, 2],
    ['eps', { name: 'rmsprop', lr: 0.1, eps: -1e-8 }, 2],
    ['eps', { name: 'adam', lr: 0.1, eps: Infinity }, 2],
    ['eps', { name: 'adam', lr: 0.1, eps: NaN }, 2],
    ['biasCorrection', { name: 'adam', lr: 0.1, biasCorrection: 'yes' as unknown as boolean }, 2],
    // A field the optimizer does not use is still checked: it is stored in the spec.
    ['beta2', { name: 'sgd', lr: 0.1, beta2: 2 }, 2],
    ['size', { name: 'sgd', lr: 0.1 }, 0],
    ['size', { name: 'sgd', lr: 0.1 }, 1.5],
    ['size', { name: 'sgd', lr: 0.1 }, -3],
    ['size', { name: 'sgd', lr: 0.1 }, NaN],
  ];
  for (const [field, spec, size] of bad) {
    it(`rejects ${field} in ${JSON.stringify(spec)} (size ${size})`, () => {
      expect(() => createOptimizer(spec, size)).toThrow(RangeError);
      expect(() => createOptimizer(spec, size)).toThrow(new RegExp(`^${field} `));
    });
  }

  it('accepts the edges of the valid ranges', () => {
    expect(() => createOptimizer({ name: 'momentum', lr: 1e-12, momentum: 0 }, 1)).not.toThrow();
    expect(() => createOptimizer({ name: 'adam', lr: 5, beta1: 0, beta2: 0.999999 }, 1)).not.toThrow();
  });

  it('the unknown-name error lists the valid names', () => {
    expect(() => createOptimizer({ name: 'lbfgs' as OptimizerName, lr: 0.1 }, 1)).toThrow(
      /sgd, momentum, nag, adagrad, rmsprop, adam/,
    );
  });

  it('step() rejects params of the wrong length', () => {
    const opt = createOptimizer({ name: 'adam', lr: 0.1 }, 2);
    expect(() => opt.step(new Float64Array(3), rosenbrockGrad)).toThrow(RangeError);
  });
});

describe('update rules, one step by hand', () => {
  // A gradient that is the same everywhere: g = (2, -0.5).
  const constant: GradFn = (_at, out) => {
    out[0] = 2;
    out[1] = -0.5;
  };
  it('sgd', () => expectClose(path({ name: 'sgd', lr: 0.1 }, [1, 1], 1, constant).slice(2), [0.8, 1.05]));
  it('momentum: v1 = lr g, v2 = mu v1 + lr g', () => {
    expectClose(
      path({ name: 'momentum', lr: 0.1, momentum: 0.5 }, [1, 1], 2, constant).slice(2),
      [0.8, 1.05, 0.5, 1.125],
    );
  });
  it('adagrad: the first step is lr * sign(g) (up to eps)', () => {
    expectClose(path({ name: 'adagrad', lr: 0.1, eps: 1e-14 }, [1, 1], 1, constant).slice(2), [0.9, 1.1]);
    // Second step: c = 2 g^2, step = lr / sqrt(2).
    expectClose(path({ name: 'adagrad', lr: 0.1, eps: 1e-14 }, [1, 1], 2, constant).slice(4), [
      0.9 - 0.1 / Math.SQRT2,
      1.1 + 0.1 / Math.SQRT2,
    ]);
  });
  it('rmsprop: c1 = (1 - gamma) g^2', () => {
    expectClose(path({ name: 'rmsprop', lr: 0.1, decay: 0.9, eps: 1e-8 }, [1, 1], 1, constant).slice(2), [
      1 - (0.1 * 2) / (Math.sqrt(0.1 * 4) + 1e-8),
      1 + (0.1 * 0.5) / (Math.sqrt(0.1 * 0.25) + 1e-8),
    ]);
  });
  it('adam: with bias correction every step of a constant gradient is lr * sign(g)', () => {
    const p = path({ name: 'adam', lr: 0.1, eps: 1e-12 }, [1, 1], 3, constant);
    expectClose(p.slice(2), [0.9, 1.1, 0.8, 1.2, 0.7, 1.3], 1e-10);
  });
  it('adam: without bias correction the first step is lr (1 - beta1) / sqrt(1 - beta2) * sign(g)', () => {
    const p = path({ name: 'adam', lr: 0.1, eps: 1e-12, biasCorrection: false }, [1, 1], 1, constant);
    const step = (0.1 * 0.1) / Math.sqrt(0.001);
    expectClose(p.slice(2), [1 - step, 1 + step], 1e-10);
  });
});

describe('conventions', () => {
  it("momentum follows PyTorch's SGD(momentum) path: b = mu b + g, w = w - lr b", () => {
    const lr = 0.001;
    const mu = 0.9;
    const w = Float64Array.of(-1.2, 1);
    const b = new Float64Array(2);
    const g = new Float64Array(2);
    const torchPath = [...w];
    for (let k = 0; k < 300; k++) {
      rosenbrockGrad(w, g);
      for (let i = 0; i < 2; i++) {
        b[i] = mu * b[i]! + g[i]!;
        w[i] = w[i]! - lr * b[i]!;
      }
      torchPath.push(...w);
    }
    expectClose(path({ name: 'momentum', lr, momentum: mu }, [-1.2, 1], 300), torchPath, 1e-10);
  });

  it("nag's look-ahead points follow PyTorch's SGD(nesterov=True) parameters", () => {
    const lr = 0.001;
    const mu = 0.9;
    const u = Float64Array.of(-1.2, 1);
    const b = new Float64Array(2);
    const g = new Float64Array(2);
    const opt = createOptimizer({ name: 'nag', lr, momentum: mu }, 2);
    const w = Float64Array.of(-1.2, 1);
    for (let k = 0; k < 300; k++) {
      // PyTorch: b = mu b + g(u); u = u - lr (g + mu b).
      rosenbrockGrad(u, g);
      for (let i = 0; i < 2; i++) {
        b[i] = mu * b[i]! + g[i]!;
        u[i] = u[i]! - lr * (g[i]! + mu * b[i]!);
      }
      opt.step(w, rosenbrockGrad);
      const state = opt.inspect();
      expectClose(state.lookahead!, u, 1e-10);
      // And the look-ahead point is w - mu v.
      expectClose(state.lookahead!, [w[0]! - mu * state.velocity![0]!, w[1]! - mu * state.velocity![1]!], 1e-15);
    }
  });

  it('nag takes its gradient at the previous look-ahead point', () => {
    const opt = createOptimizer({ name: 'nag', lr: 0.001, momentum: 0.9 }, 2);
    const w = Float64Array.of(-1.2, 1);
    const seen: number[][] = [];
    const recordingGrad: GradFn = (at, out) => {
      seen.push([...at]);
      rosenbrockGrad(at, out);
    };
    opt.step(w, recordingGrad);
    const firstLookahead = [...opt.inspect().lookahead!];
    opt.step(w, recordingGrad);
    expect(seen[0]).toEqual([-1.2, 1]);
    expect(seen[1]).toEqual(firstLookahead);
  });
});

describe('state', () => {
  const expectedKeys: Record<OptimizerName, string[]> = {
    sgd: ['effectiveStep', 'grad'],
    momentum: ['grad', 'velocity'],
    nag: ['grad', 'lookahead', 'velocity'],
    adagrad: ['cache', 'effectiveStep', 'grad'],
    rmsprop: ['cache', 'effectiveStep', 'grad'],
    adam: ['cache', 'effectiveStep', 'grad', 'mHat', 'sHat', 'velocity'],
    adamw: ['cache', 'effectiveStep', 'grad', 'mHat', 'sHat', 'velocity'],
  };

  for (const name of optimizerNames) {
    it(`${name}: inspect() has its views, t counts steps, reset() is a fresh start`, () => {
      const spec: OptimizerSpec = { name, lr: name === 'adagrad' ? 0.1 : 0.001 };
      const opt = createOptimizer(spec, 2);
      const state = opt.inspect();
      expect(Object.keys(state).sort()).toEqual(expectedKeys[name]);
      expect(opt.inspect()).toBe(state);
      for (const view of Object.values(state) as Float64Array[]) expect([...view]).toEqual([0, 0]);

      const w = Float64Array.of(-1.2, 1);
      for (let k = 0; k < 7; k++) opt.step(w, rosenbrockGrad);
      expect(opt.t).toBe(7);
      expect([...state.grad]).not.toEqual([0, 0]);

      opt.reset();
      expect(opt.t).toBe(0);
      for (const view of Object.values(state) as Float64Array[]) expect([...view]).toEqual([0, 0]);
      const again = Float64Array.of(-1.2, 1);
      const afterReset: number[] = [];
      for (let k = 0; k < 7; k++) {
        opt.step(again, rosenbrockGrad);
        afterReset.push(...again);
      }
      const fresh = path(spec, [-1.2, 1], 7).slice(2);
      expect(afterReset).toEqual(fresh);
      expect([...again]).toEqual([...w]);
    });
  }

  it('adam: effectiveStep, mHat, sHat are consistent with m, s and the step taken', () => {
    const opt = createOptimizer({ name: 'adam', lr: 0.01 }, 2);
    const w = Float64Array.of(-1.2, 1);
    for (let k = 1; k <= 5; k++) {
      const before = [...w];
      opt.step(w, rosenbrockGrad);
      const s = opt.inspect();
      const close = (a: number, b: number) =>
        expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(b)));
      for (let i = 0; i < 2; i++) {
        close(s.mHat![i]!, s.velocity![i]! / (1 - 0.9 ** k));
        close(s.sHat![i]!, s.cache![i]! / (1 - 0.999 ** k));
        close(s.effectiveStep![i]!, 0.01 / (Math.sqrt(s.sHat![i]!) + 1e-8));
        close(before[i]! - w[i]!, s.effectiveStep![i]! * s.mHat![i]!);
      }
    }
  });
});

describe('LaTeX', () => {
  const all = { ...optimizerLatex, adamWithoutBiasCorrection: adamLatexWithoutBiasCorrection };
  for (const [name, latex] of Object.entries(all)) {
    it(`${name} compiles with KaTeX and is an aligned block`, () => {
      expect(latex).toMatch(/^\\begin\{aligned\}[\s\S]*\\end\{aligned\}$/);
      expect(() =>
        katex.renderToString(latex, { throwOnError: true, displayMode: true, strict: 'error' }),
      ).not.toThrow();
    });
  }

  it('the registry serves the files’ own strings', () => {
    expect(optimizerLatex.adam).toBe(adam.latex);
    expect(optimizerLatex.nag).toBe(nag.latex);
    expect(optimizerLatex.nag).toContain(String.raw`\nabla L(w_{t-1} - \mu\, v_{t-1})`);
  });
});
