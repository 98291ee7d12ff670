import { describe, expect, it } from 'vitest';
import {
  paramSlider,
  paramValues,
  paramsFromLink,
  paramsToLink,
} from '../../../../components/widgets/RuleCell/params.ts';
import { parseRule } from '../../../../src/engine/rule/index.ts';

const decls = parseRule(
  'param lr = 0.01 in [1e-5, 10]\nparam mu = 0.9 in [0, 0.999]\nparam k = 2\nw = w - lr * g * mu * k',
).params;

describe('the sliders of a rule’s params', () => {
  it('uses the declared range, on a log scale when it spans decades; else a range around the default', () => {
    expect(paramSlider(decls[0]!)).toEqual({ name: 'lr', min: 1e-5, max: 10, log: true });
    expect(paramSlider(decls[1]!)).toEqual({ name: 'mu', min: 0, max: 0.999, log: false });
    expect(paramSlider(decls[2]!)).toEqual({ name: 'k', min: 0.02, max: 200, log: true });
  });

  it('keeps the reader’s values inside the sliders and falls back to the defaults', () => {
    expect(paramValues(decls, { lr: 0.5, mu: 2, other: 1 })).toEqual({ lr: 0.5, mu: 0.9, k: 2 });
  });

  it('round-trips values through a link and drops what is not name:number', () => {
    const text = paramsToLink({ mu: 0.8, lr: 0.05 });
    expect(text).toBe('lr:0.05,mu:0.8');
    expect(paramsFromLink(text)).toEqual({ lr: 0.05, mu: 0.8 });
    expect(paramsFromLink('lr:abc,mu:0.5,<x>:1,k:1e-3')).toEqual({ mu: 0.5, k: 0.001 });
  });
});
