import { describe, expect, it } from 'vitest';
import { createOptimizer, optimizerDefaults } from '../../../../src/engine/optim/index.ts';
import type { GradFn } from '../../../../src/engine/optim/index.ts';
import { problems, surfaceIds } from '../../../../src/engine/problems/index.ts';
import { createRuleOptimizer, parseRule, rulePresetNames, rulePresets } from '../../../../src/engine/rule/index.ts';
import type { RulePresetName } from '../../../../src/engine/rule/index.ts';

const steps = 300;

/** w_0 ... w_n while every weight is finite and |w| <= 1e8 (where a run stops, src/engine/sim/run.ts). */
function trajectory(step: (w: Float64Array) => void, start: readonly number[]): number[][] {
  const w = Float64Array.from(start);
  const points = [Array.from(w)];
  for (let k = 0; k < steps; k++) {
    step(w);
    if (!w.every((x) => Math.abs(x) <= 1e8)) break;
    points.push(Array.from(w));
  }
  return points;
}

function expectSamePath(actual: number[][], expected: number[][], label: string): void {
  expect(actual.length, `${label}: steps before leaving the bounds`).toBe(expected.length);
  let worst = 0;
  actual.forEach((point, k) => point.forEach((x, i) => (worst = Math.max(worst, Math.abs(x - expected[k]![i]!)))));
  expect(worst, label).toBeLessThanOrEqual(1e-12);
}

const presetOf = (name: RulePresetName) => rulePresets[name];

describe('the six built-ins written in the language', () => {
  const builtIns = rulePresetNames.filter((name) => presetOf(name).builtIn !== null);

  it('are the six built-in optimizers, with the same param defaults as their specs', () => {
    expect(builtIns.map((name) => presetOf(name).builtIn)).toEqual([
      'sgd',
      'momentum',
      'nag',
      'adagrad',
      'rmsprop',
      'adam',
    ]);
    for (const name of builtIns) {
      const defaults = optimizerDefaults[presetOf(name).builtIn!] as unknown as Record<string, number>;
      for (const p of parseRule(presetOf(name).source).params)
        expect(p.value, `${name}.${p.name}`).toBe(defaults[p.name]);
    }
  });

  for (const name of builtIns) {
    it(`${name} follows the built-in's trajectory to 1e-12 on every surface`, () => {
      const builtIn = presetOf(name).builtIn!;
      for (const id of surfaceIds) {
        const surface = problems[id];
        const rule = createRuleOptimizer({ name: 'rule', source: presetOf(name).source }, 2);
        const reference = createOptimizer({ ...optimizerDefaults[builtIn] }, 2);
        const ours = trajectory((w) => rule.step(w, surface.grad), surface.start);
        const theirs = trajectory((w) => reference.step(w, surface.grad), surface.start);
        expect(theirs.length, `${id}: the built-in takes some steps`).toBeGreaterThan(1);
        expectSamePath(ours, theirs, `${name} on ${id}`);
      }
    });
  }
});

/**
 * Independent implementations of the other four presets, written from the papers' formulas (one
 * weight at a time, plain numbers), to check the language's versions against.
 */
type Reference = (lr: number) => (w: Float64Array, grad: GradFn) => void;
const perWeight = (size: number, update: (i: number, g: number, w: number, t: number) => number) => {
  const g = new Float64Array(size);
  let t = 0;
  return (w: Float64Array, grad: GradFn) => {
    grad(w, g);
    t++;
    for (let i = 0; i < size; i++) w[i] = update(i, g[i]!, w[i]!, t);
  };
};

const references: Readonly<Record<'signsgd' | 'adamax' | 'amsgrad' | 'lion', Reference>> = {
  // Bernstein et al. (2018), Algorithm 1: x_{k+1} = x_k - delta sign(g_k).
  signsgd: (lr) => perWeight(2, (_i, g, w) => w - lr * Math.sign(g)),
  // Kingma & Ba (2015), Algorithm 2: m_t = b1 m + (1 - b1) g; u_t = max(b2 u, |g|);
  // theta_t = theta - (alpha / (1 - b1^t)) m_t / u_t; with eps added to |g| as PyTorch's Adamax.
  adamax: (lr) => {
    const m = [0, 0];
    const u = [0, 0];
    return perWeight(2, (i, g, w, t) => {
      m[i] = 0.9 * m[i]! + 0.1 * g;
      u[i] = Math.max(0.999 * u[i]!, Math.abs(g) + 1e-8);
      return w - (lr / (1 - 0.9 ** t)) * (m[i] / u[i]);
    });
  },
  // Reddi et al. (2018), Algorithm 2: v_hat_t = max(v_hat_{t-1}, v_t), with Adam's bias corrections
  // and eps (Kingma & Ba 2015, Algorithm 1), as PyTorch's Adam(amsgrad=True).
  amsgrad: (lr) => {
    const m = [0, 0];
    const v = [0, 0];
    const vMax = [0, 0];
    return perWeight(2, (i, g, w, t) => {
      m[i] = 0.9 * m[i]! + 0.1 * g;
      v[i] = 0.999 * v[i]! + 0.001 * g * g;
      vMax[i] = Math.max(vMax[i]!, v[i]);
      const mHat = m[i] / (1 - 0.9 ** t);
      const vHat = vMax[i] / (1 - 0.999 ** t);
      return w - (lr * mHat) / (Math.sqrt(vHat) + 1e-8);
    });
  },
  // Chen et al. (2023), Algorithm 2 (no weight decay): c = b1 m + (1 - b1) g;
  // theta = theta - lr sign(c); m = b2 m + (1 - b2) g.
  lion: (lr) => {
    const m = [0, 0];
    return perWeight(2, (i, g, w) => {
      const c = 0.9 * m[i]! + 0.1 * g;
      m[i] = 0.99 * m[i]! + 0.01 * g;
      return w - lr * Math.sign(c);
    });
  },
};

describe('signSGD, Adamax, AMSGrad and Lion written in the language', () => {
  for (const name of ['signsgd', 'adamax', 'amsgrad', 'lion'] as const) {
    it(`${name} matches an independent implementation of its paper to 1e-12 on every surface`, () => {
      for (const id of surfaceIds) {
        const surface = problems[id];
        // A learning rate that moves visibly on these surfaces, passed as a param like a slider would.
        const lr = 0.01;
        const rule = createRuleOptimizer({ name: 'rule', source: presetOf(name).source, params: { lr } }, 2);
        const reference = references[name](lr);
        const ours = trajectory((w) => rule.step(w, surface.grad), surface.start);
        const theirs = trajectory((w) => reference(w, surface.grad), surface.start);
        expectSamePath(ours, theirs, `${name} on ${id}`);
        expect(
          Math.hypot(ours.at(-1)![0]! - surface.start[0]!, ours.at(-1)![1]! - surface.start[1]!),
          `${name} moves on ${id}`,
        ).toBeGreaterThan(0);
      }
    });
  }
});
