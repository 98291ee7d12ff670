import { describe, expect, it } from 'vitest';
import type { GradFn } from '../../../../src/engine/optim/index.ts';
import {
  blockSize,
  compileRule,
  createRuleOptimizer,
  parseRule,
  rulePresets,
} from '../../../../src/engine/rule/index.ts';
import { createRng } from '../../../../src/engine/rng/index.ts';

import { reference } from './reference.ts';

/** Bit-for-bit equality (Object.is: tells -0 from 0), reporting the first index that differs. */
function expectSame(actual: Float64Array, expected: Float64Array, what: string) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < actual.length; i++) {
    if (!Object.is(actual[i], expected[i])) expect([what, i, actual[i]]).toEqual([what, i, expected[i]]);
  }
}

/** Steps the rule and the reference from the same start, comparing weights and state after each step. */
function expectExact(source: string, size: number, gradFn: GradFn, steps = 4) {
  const rng = createRng(size);
  const w0 = Float64Array.from({ length: size }, () => rng.normal());
  const opt = createRuleOptimizer({ name: 'rule', source }, size);
  const w = Float64Array.from(w0);
  for (let step = 1; step <= steps; step++) {
    expect(opt.step(w, gradFn)).toBe(true);
    const wRef = Float64Array.from(w0);
    const state = reference(source, size, gradFn, wRef, step);
    expectSame(w, wRef, `w at step ${step}`);
    for (const [name, values] of state) expectSame(opt.inspect().variables[name]!, values, `${name} at step ${step}`);
  }
}

const rng = createRng(9);
const noise = Float64Array.from({ length: 4 * blockSize }, () => rng.normal());
/** A gradient that varies with the weights and mixes distant weights (across blocks). */
const coupled: GradFn = (at, out) => {
  const n = at.length;
  for (let i = 0; i < n; i++) out[i] = at[i]! - 0.5 * at[(i + 300) % n]! + noise[i % noise.length]!;
};
/** Positive, of magnitudes from 1e-6 to 1e3, so square roots of the moments stay real. */
const positive: GradFn = (at, out) => {
  for (let i = 0; i < at.length; i++) out[i] = Math.abs(at[i]!) * 10 ** ((i % 10) - 6) + 1e-3;
};

const sizes = [1, blockSize - 1, blockSize, blockSize + 1, 3 * blockSize + 17];

describe('blocked execution gives the statement-by-statement result, to the bit', () => {
  it('a later statement reads an earlier one new value, a state read before its assignment the previous step', () => {
    const source = 'a = b + g\nb = 0.5 * b + g\nc = a * b - sqrt(abs(b))\nw = w - 0.01 * c + 0.001 * a';
    for (const size of sizes) expectExact(source, size, coupled);
  });

  it('grad(...) in the middle of a rule is a barrier: its point is complete over all weights', () => {
    // The gradient at weight i reads weight i + 300, in another block: a point computed block by
    // block, interleaved with the statements, would give a different number.
    const source = 'v = 0.9 * v + 0.01 * g\nw = w - v\nu = 0.5 * grad(w - 0.9 * v)\nw = w - 0.01 * u + v * 0.1';
    for (const size of sizes) expectExact(source, size, coupled);
  });

  it('the presets, at sizes that are and are not multiples of the block', () => {
    for (const name of ['adam', 'amsgrad', 'adamax', 'nag', 'lion'] as const) {
      for (const size of sizes) expectExact(rulePresets[name].source, size, positive, 3);
    }
  });

  it('a size of 0 is refused', () => {
    expect(() => createRuleOptimizer({ name: 'rule', source: 'w = w - g' }, 0)).toThrow(RangeError);
  });
});

const chainsOf = (source: string) => {
  const rule = parseRule(source);
  const params = new Map(rule.params.map((p) => [p.name, p.value] as const));
  return compileRule(rule, params, 4).segments.map((s) => s.chains.map((c) => [c.from, c.count, c.linked]));
};

/** Adam's shapes with the names crossed, written twice, or aliased with w: each must still be exact. */
const crossed = [
  // The corrections read the other moment, and the step reads a moment, not a correction.
  'm = 0.9 * m + 0.1 * g\ns = 0.99 * s + 0.01 * g^2\nmh = s / (1 - 0.9^t)\nsh = m / (1 - 0.99^t)\nw = w - 0.01 * m / (sqrt(sh) + 1e-8)',
  // The second moment overwrites the first.
  'm = 0.9 * m + 0.1 * g\nm = 0.99 * m + 0.01 * g^2\nmh = m / 2\nsh = m / 3\nw = w - 0.1 * mh / (sqrt(sh) + 1e-8)',
  // A correction overwrites the moment the next one reads.
  'm = 0.9 * m + 0.1 * g\ns = 0.99 * s + 0.01 * g^2\ns = m / 2\nsh = s / 3\nw = s - 0.1 * s / (sqrt(sh) + 1e-8)',
];
const aliasedLinked =
  'm = 0.9 * m + 0.1 * g\ns = 0.99 * s + 0.01 * g^2\nw = m / 2\nsh = s / 3\nw = w - 0.1 * w / (sqrt(sh) + 1e-8)';

describe("Adam's five statements in one loop", () => {
  it('are found in the presets that have them, after a barrier too, and nowhere else', () => {
    expect(chainsOf(rulePresets.adam.source)).toEqual([[[0, 5, true]]]);
    expect(chainsOf(rulePresets.amsgrad.source)).toEqual([[]]);
    expect(chainsOf(`u = grad(w)\n${rulePresets.adam.source}`)).toEqual([[[1, 5, true]]]);
    expect(chainsOf(crossed.join('\n'))).toEqual([
      [
        [0, 5, false],
        [5, 5, false],
        [10, 5, false],
      ],
    ]);
    expect(chainsOf(aliasedLinked)).toEqual([[[0, 5, true]]]);
    // An operand computed first (not a name) leaves the statements to their own loops.
    expect(chainsOf(rulePresets.adam.source.replace('g^2', '(g + 0)^2'))).toEqual([[]]);
  });

  it('give the statement-by-statement result, whatever names alias which', () => {
    for (const source of [rulePresets.adam.source, ...crossed, aliasedLinked]) {
      for (const size of [1, blockSize + 1, 2 * blockSize + 5]) expectExact(source, size, positive);
    }
  });

  it('report the earliest failing line, even when a later line of the chain failed in an earlier block', () => {
    const size = 3 * blockSize;
    const source =
      'm = 0.9 * m + 0.1 * g\ns = 0.99 * s + 0.01 * g^2\nmh = m / 1e-200\nsh = s / 2\nw = w - 1e-3 * mh / (sqrt(sh) + 1)';
    expect(chainsOf(source)).toEqual([[[0, 5, true]]]);
    const opt = createRuleOptimizer({ name: 'rule', source }, size);
    // Weight 3: mh = 1e109 / 1e-200 overflows (line 3, first block). Last weight: g is infinite (line 1).
    const bad: GradFn = (_at, out) => {
      out.fill(1);
      out[3] = 1e110;
      out[size - 1] = Infinity;
    };
    expect(opt.step(new Float64Array(size), bad)).toBe(false);
    expect(opt.diverged).toMatchObject({ step: 1, line: 1, name: 'm', kind: 'non-finite gradient' });
    // Only line 3 fails: it is named.
    const once = createRuleOptimizer({ name: 'rule', source }, size);
    const big: GradFn = (_at, out) => {
      out.fill(1);
      out[2 * blockSize + 1] = 1e110;
    };
    expect(once.step(new Float64Array(size), big)).toBe(false);
    expect(once.diverged).toMatchObject({ step: 1, line: 3, name: 'mh', kind: 'non-finite value' });
  });
});
