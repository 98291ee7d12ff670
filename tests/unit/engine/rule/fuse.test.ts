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

const shapes = (source: string) => {
  const rule = parseRule(source);
  const params = new Map(rule.params.map((p) => [p.name, p.value] as const));
  return compileRule(rule, params, 3).segments.flatMap((s) => s.statements.map((st) => st.fused));
};

describe('superinstructions', () => {
  it("run the presets' lines as one loop each where a shape fits", () => {
    expect(shapes(rulePresets.adam.source)).toEqual(['lin2', 'lin2sq', 'divide', 'divide', 'divStep']);
    expect(shapes(rulePresets.adagrad.source)).toEqual(['lin2sq', 'mulStep']);
    expect(shapes(rulePresets.rmsprop.source)).toEqual(['lin2sq', 'mulStep']);
    expect(shapes(rulePresets.momentum.source)).toEqual(['lin2', null]);
    expect(shapes(rulePresets.sgd.source)).toEqual(['lin2']);
    expect(shapes(rulePresets.nag.source)).toEqual(['lin2', null]);
  });

  it('recognise the shapes in either operand order, with squares and signs on either side', () => {
    expect(
      shapes('w = g^2 - 2 * w\nw = w * 3 + g\nw = g - w / 2\nw = (w + g) / t\nw = 2 * (w - g)\nw = w * 2'),
    ).toEqual(['lin2sq', 'lin2', null, 'divide', 'scale', 'scale']);
    expect(shapes('s = g\nw = w - g * 0.1 / (1e-8 + sqrt(s))\nw = w - g * (0.1 / (sqrt(s) + 1))')).toEqual([
      null,
      'divStep',
      'mulStep',
    ]);
    // Two plain vectors, two squares, a vector epsilon: the loop per operation.
    expect(shapes('s = g\nw = w - g\nw = w^2 + g^2\nw = w - g / (sqrt(s) + g)')).toEqual([null, null, null, null]);
  });
});

/** The rule's meaning (reference.ts), with a gradient that does not change: what the loops must equal to the bit. */
function referenceW(source: string, size: number, g: Float64Array, w0: Float64Array, steps: number): Float64Array {
  const w = Float64Array.from(w0);
  reference(source, size, (_point, out) => out.set(g), w, steps);
  return w;
}

describe('fused loops', () => {
  const sources = [
    rulePresets.adam.source,
    rulePresets.adagrad.source,
    rulePresets.rmsprop.source,
    rulePresets.momentum.source,
    'param lr = 0.1\nm = g^2 - 2 * m\nv = m * 3 + g\nu = 0.5 * g - (1 - lr) * v\nw = w - v * lr / (1e-3 + sqrt(abs(u)))',
    'c = c + g^2\nm = 0.5 * (m + 1)\nm = m / (1 - 0.9^t)\nd = (m + 1) * 0.25 - c\nw = w - (0.5 / (sqrt(c) + 1e-8)) * (d - g)\nm = -g^2 + m',
  ];
  const size = 2 * blockSize + 37;
  const rng = createRng(5);
  // Zeros (both signs), tiny and large values: where a reordered operation would round differently.
  const g = Float64Array.from({ length: size }, (_, i) =>
    i % 17 === 0 ? (i % 2 ? -0 : 0) : rng.normal() * 10 ** ((i % 9) - 4),
  );
  const w0 = Float64Array.from({ length: size }, () => rng.normal());
  const grad: GradFn = (_at, out) => out.set(g);

  for (const source of sources) {
    it(`give the bit-for-bit result of one operation at a time: ${source.split('\n').at(-1)}`, () => {
      const opt = createRuleOptimizer({ name: 'rule', source }, size);
      const w = Float64Array.from(w0);
      for (let k = 0; k < 4; k++) expect(opt.step(w, grad)).toBe(true);
      const expected = referenceW(source, size, g, w0, 4);
      for (let i = 0; i < size; i++) if (!Object.is(w[i], expected[i])) expect([i, w[i]]).toEqual([i, expected[i]]);
    });
  }

  it('stop at the first non-finite value they write, in any block, naming the line', () => {
    const size = 3 * blockSize;
    const opt = createRuleOptimizer(
      { name: 'rule', source: 's = 0.5 * s + 0.5 * g\nw = w - 0.1 * g / (sqrt(s) + 1)' },
      size,
    );
    const w = new Float64Array(size);
    const bad: GradFn = (_at, out) => {
      out.fill(1);
      out[size - 5] = Infinity;
    };
    expect(opt.step(w, bad)).toBe(false);
    expect(opt.diverged).toMatchObject({ step: 1, line: 1, name: 's', kind: 'non-finite gradient' });
    const negative = createRuleOptimizer({ name: 'rule', source: 'w = w - 0.1 * g / (sqrt(w - 1) + 1)' }, size);
    expect(negative.step(new Float64Array(size), (_at, out) => out.fill(1))).toBe(false);
    expect(negative.diverged).toMatchObject({ line: 1, name: 'w' });
  });
});
