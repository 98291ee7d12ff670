import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../../../../src/engine/optim/index.ts';
import type { GradFn } from '../../../../src/engine/optim/index.ts';
import { blockSize, createRuleOptimizer, prepareRule, RuleError } from '../../../../src/engine/rule/index.ts';
import { createRng } from '../../../../src/engine/rng/index.ts';

/** The gradient of L(w) = sum(w_i^2 / 2): g = w. */
const identity: GradFn = (at, out) => out.set(at);

describe('state semantics', () => {
  it('starts every state variable at 0 and reads the previous step before it is assigned', () => {
    // prev reads m before line 2 assigns it: the previous step's m.
    const opt = createRuleOptimizer({ name: 'rule', source: 'prev = m\nm = m + 1\nnow = m\nw = w' }, 1);
    const w = Float64Array.of(0);
    const { variables } = opt.inspect();
    expect([variables.prev![0], variables.m![0], variables.now![0]]).toEqual([0, 0, 0]);
    opt.step(w, identity);
    expect([variables.prev![0], variables.m![0], variables.now![0]]).toEqual([0, 1, 1]);
    opt.step(w, identity);
    expect([variables.prev![0], variables.m![0], variables.now![0]]).toEqual([1, 2, 2]);
  });

  it('runs each statement over all weights before the next, in order', () => {
    const opt = createRuleOptimizer({ name: 'rule', source: 'w = w * 2\nd = w - g\nw = w + d' }, 3);
    const w = Float64Array.of(1, 2, 3);
    opt.step(w, identity);
    // g is the gradient at the weights before line 1 (= w0); d = 2 w0 - w0; w = 2 w0 + w0.
    expect(Array.from(w)).toEqual([3, 6, 9]);
  });

  it('counts t from 1', () => {
    const opt = createRuleOptimizer({ name: 'rule', source: 'w = w + t' }, 1);
    const w = Float64Array.of(0);
    for (let i = 0; i < 4; i++) opt.step(w, identity);
    expect([w[0], opt.t]).toEqual([10, 4]);
  });

  it('calls the gradient only when the rule reads g, at the weights before the first statement', () => {
    const calls: number[][] = [];
    const spy: GradFn = (at, out) => {
      calls.push(Array.from(at));
      out.set(at);
    };
    const none = createRuleOptimizer({ name: 'rule', source: 'w = w - 1' }, 2);
    none.step(Float64Array.of(1, 2), spy);
    expect(calls).toEqual([]);
    const once = createRuleOptimizer({ name: 'rule', source: 'w = w - 1\nw = w - 0 * g' }, 2);
    once.step(Float64Array.of(1, 2), spy);
    expect(calls).toEqual([[1, 2]]);
  });

  it('takes grad(EXPRESSION) at the point whose every weight is that expression, after earlier lines', () => {
    const calls: number[][] = [];
    const spy: GradFn = (at, out) => {
      calls.push(Array.from(at));
      for (let i = 0; i < at.length; i++) out[i] = 10 * at[i]!;
    };
    const opt = createRuleOptimizer({ name: 'rule', source: 'v = w + 1\nw = w - grad(w - v / 2) + grad(3) * 0' }, 2);
    const w = Float64Array.of(2, 4);
    opt.step(w, spy);
    expect(calls).toEqual([
      [0.5, 1.5],
      [3, 3],
    ]);
    expect(Array.from(w)).toEqual([2 - 5, 4 - 15]);
    expect(Array.from(opt.inspect().grad)).toEqual([5, 15]);
  });

  it('exposes every state variable by name, resets them, and checks the length', () => {
    const opt = createRuleOptimizer({ name: 'rule', source: 'm = m + g\ns = s + g^2\nw = w - m' }, 2);
    const w = Float64Array.of(1, 2);
    opt.step(w, identity);
    const state = opt.inspect();
    expect(Object.keys(state.variables)).toEqual(['m', 's']);
    expect(Array.from(state.variables.s!)).toEqual([1, 4]);
    expect(Array.from(state.grad)).toEqual([1, 2]);
    opt.reset();
    expect([opt.t, ...state.variables.m!, ...state.variables.s!, ...state.grad]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(() => opt.step(new Float64Array(3), identity)).toThrow(RangeError);
  });

  it('gives the same numbers across block boundaries as a plain loop', () => {
    const size = 3 * blockSize + 17;
    const rng = createRng(3);
    const w0 = Float64Array.from({ length: size }, () => rng.normal());
    const source = 'm = 0.9 * m + 0.1 * g\nw = w - 0.01 * m / (sqrt(m^2) + 1e-8) + min(w, 0) * 0.001';
    const opt = createRuleOptimizer({ name: 'rule', source }, size);
    const w = Float64Array.from(w0);
    const ref = Float64Array.from(w0);
    const m = new Float64Array(size);
    for (let step = 0; step < 3; step++) {
      opt.step(w, identity);
      const g = Float64Array.from(ref);
      for (let i = 0; i < size; i++) {
        m[i] = 0.9 * m[i]! + 0.1 * g[i]!;
        ref[i] = ref[i]! - (0.01 * m[i]!) / (Math.sqrt(m[i]! * m[i]!) + 1e-8) + Math.min(ref[i]!, 0) * 0.001;
      }
    }
    expect(Array.from(w)).toEqual(Array.from(ref));
  });
});

describe('params and the spec', () => {
  const source = 'param lr = 0.1 in [0.001, 1]\nparam mu = 0.5\nw = w - lr * g';

  it('fills the spec with the defaults and overrides them by name', () => {
    const opt = createRuleOptimizer({ name: 'rule', source, params: { lr: 0.5 } }, 1);
    expect(opt.spec.params).toEqual({ lr: 0.5, mu: 0.5 });
    expect(opt.spec.name).toBe('rule');
    const w = Float64Array.of(1);
    opt.step(w, identity);
    expect(w[0]).toBe(0.5);
  });

  it('throws RangeError for an undeclared name, a non-finite value, a value out of range or a bad size', () => {
    expect(() => createRuleOptimizer({ name: 'rule', source, params: { beta: 1 } }, 1)).toThrow(
      new RangeError('params.beta: the rule has no param beta (it declares lr, mu)'),
    );
    expect(() => createRuleOptimizer({ name: 'rule', source, params: { constructor: 1 } }, 1)).toThrow(RangeError);
    expect(() => createRuleOptimizer({ name: 'rule', source, params: { lr: NaN } }, 1)).toThrow(RangeError);
    expect(() => createRuleOptimizer({ name: 'rule', source, params: { lr: 2 } }, 1)).toThrow(
      new RangeError('params.lr must be in [0.001, 1], got 2'),
    );
    expect(() => createRuleOptimizer({ name: 'rule', source, params: { mu: 1e6 } }, 1)).not.toThrow();
    expect(() => createRuleOptimizer({ name: 'rule', source }, 0)).toThrow(RangeError);
    expect(() => createRuleOptimizer({ name: 'rule', source }, 1.5)).toThrow(RangeError);
  });

  it('is what createOptimizer returns for a prepared rule, and a bad source throws RuleError', () => {
    const prepared = prepareRule({ name: 'rule', source, params: { lr: 0.2 } });
    const viaTable = createOptimizer(prepared, 1);
    const w = Float64Array.of(1);
    viaTable.step(w, identity);
    expect(w[0]).toBeCloseTo(0.8, 15);
    expect(viaTable.spec).toEqual(prepared.spec);
    expect(() => prepareRule({ name: 'rule', source: 'w = w - q' })).toThrow(RuleError);
    expect(() => createRuleOptimizer({ name: 'rule', source: 'w = w - q' }, 1)).toThrow(RuleError);
  });

  it('prepares once for many sizes: each optimizer its own state, a bad size a RangeError', () => {
    const prepared = prepareRule({ name: 'rule', source: 'param lr = 0.1\nv = v + g\nw = w - lr * v' });
    expect(prepared.spec.params).toEqual({ lr: 0.1 });
    expect(prepared.rule.params.map((p) => p.name)).toEqual(['lr']);
    const one = prepared.create(1);
    const two = prepared.create(2);
    const w1 = Float64Array.of(1);
    const w2 = Float64Array.of(1, 2);
    one.step(w1, identity);
    two.step(w2, identity);
    two.step(w2, identity);
    expect([one.t, two.t]).toEqual([1, 2]);
    expect(Array.from(one.inspect().variables.v!)).toEqual([1]);
    expect(() => prepared.create(0)).toThrow(RangeError);
    expect(() => prepareRule({ name: 'rule', source, params: { beta: 1 } })).toThrow(RangeError);
  });

  it('parses a source once for its last few uses: new params reuse the parse, and each run is the same', () => {
    const adamLike = 'param lr = 0.1 in [0.001, 1]\nm = 0.9 * m + g\nw = w - lr * m';
    const a = prepareRule({ name: 'rule', source: adamLike, params: { lr: 0.2 } });
    const b = prepareRule({ name: 'rule', source: adamLike, params: { lr: 0.5 } });
    expect(b.rule).toBe(a.rule);
    expect([a.spec.params.lr, b.spec.params.lr]).toEqual([0.2, 0.5]);
    const w = Float64Array.of(1);
    b.create(1).step(w, identity);
    expect(w[0]).toBeCloseTo(0.5, 15);
    // Eight other sources later, the first is parsed again (the cache stays small).
    for (let i = 0; i < 8; i++) prepareRule({ name: 'rule', source: `w = w - ${i + 1} * g` });
    expect(prepareRule({ name: 'rule', source: adamLike }).rule).not.toBe(a.rule);
    expect(() => prepareRule({ name: 'rule', source: 'w = w - q' })).toThrow(RuleError);
    expect(() => prepareRule({ name: 'rule', source: 'w = w - q' })).toThrow(RuleError);
  });

  it('is refused by createOptimizer unprepared, with what to do instead', () => {
    // The engine's optimizer table no longer loads the rule language (see src/engine/optim/index.ts).
    const bare = { name: 'rule', source } as unknown as Parameters<typeof createOptimizer>[0];
    expect(() => createOptimizer(bare, 1)).toThrow(/prepareRule/);
  });
});

describe('divergence', () => {
  it('stops at the first non-finite value and says at which step, on which line, for which name', () => {
    const opt = createRuleOptimizer({ name: 'rule', source: 'm = m * 1e200 + 1e200\nw = w - 0 * m' }, 2);
    const w = Float64Array.of(1, 2);
    expect(opt.step(w, identity)).toBe(true);
    expect(opt.step(w, identity)).toBe(false);
    expect(opt.diverged).toEqual({
      step: 2,
      line: 1,
      name: 'm',
      kind: 'non-finite value',
      reason: 'm became infinite or undefined at step 2, on line 1: the run stops there.',
    });
    expect(opt.step(w, identity)).toBe(false);
    expect(opt.t).toBe(2);
    opt.reset();
    expect(opt.diverged).toBeNull();
    expect(opt.step(w, identity)).toBe(true);
  });

  it('reports the earliest line in the rule even when a later line fails in an earlier block', () => {
    const size = 2 * blockSize;
    // Line 2 fails at weight 0 (first block); line 1 fails only at the last weight (second block).
    const source = 'a = 1 / (w - 1)\nb = 1 / w\nw = w - 0 * (a + b)';
    const opt = createRuleOptimizer({ name: 'rule', source }, size);
    const w = Float64Array.from({ length: size }, (_, i) => (i === 0 ? 0 : i === size - 1 ? 1 : 5));
    expect(opt.step(w, identity)).toBe(false);
    expect(opt.diverged).toMatchObject({ step: 1, line: 1, name: 'a' });
  });

  it('says when the gradient a line reads was not finite', () => {
    const opt = createRuleOptimizer({ name: 'rule', source: 'w = w - 0.1 * grad(w)' }, 1);
    const w = Float64Array.of(1);
    expect(opt.step(w, (_at, out) => out.fill(NaN))).toBe(false);
    expect(opt.diverged).toMatchObject({ step: 1, line: 1, name: 'w', kind: 'non-finite gradient' });
  });
});
