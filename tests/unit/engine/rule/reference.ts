import type { GradFn } from '../../../../src/engine/optim/index.ts';
import { parseRule } from '../../../../src/engine/rule/index.ts';
import type { RuleExpr } from '../../../../src/engine/rule/index.ts';

/**
 * The rule's meaning as issue #16 states it, as plainly as possible: each statement over all
 * weights before the next, one operation at a time; `g` taken before the first statement, each
 * `grad(x)` at the point x computed over all weights when its statement runs. Blocked and chained
 * execution must give exactly this, to the bit.
 */
export function reference(source: string, size: number, gradFn: GradFn, w: Float64Array, steps: number) {
  const rule = parseRule(source);
  const params = new Map(rule.params.map((p) => [p.name, p.value] as const));
  const state = new Map(rule.stateNames.map((name) => [name, new Float64Array(size)] as const));
  const g = new Float64Array(size);
  const unary: Record<string, (v: number) => number> = {
    sqrt: Math.sqrt,
    abs: Math.abs,
    exp: Math.exp,
    log: Math.log,
    sign: Math.sign,
  };
  for (let t = 1; t <= steps; t++) {
    if (rule.readsG) gradFn(w, g);
    let grads = new Map<RuleExpr, Float64Array>();
    const at = (e: RuleExpr, i: number): number => {
      switch (e.kind) {
        case 'num':
          return e.value;
        case 'name':
          if (e.name === 'w') return w[i]!;
          if (e.name === 'g') return g[i]!;
          if (e.name === 't') return t;
          return params.get(e.name) ?? state.get(e.name)![i]!;
        case 'neg':
          return -at(e.arg, i);
        case 'bin': {
          const [a, b] = [at(e.left, i), at(e.right, i)];
          if (e.op === '+') return a + b;
          if (e.op === '-') return a - b;
          if (e.op === '*') return a * b;
          if (e.op === '/') return a / b;
          return b === 2 && e.right.kind === 'num' ? a * a : a ** b;
        }
        case 'call': {
          const [x, y] = e.args.map((arg) => at(arg, i));
          return e.fn === 'min' ? Math.min(x!, y!) : e.fn === 'max' ? Math.max(x!, y!) : unary[e.fn]!(x!);
        }
        case 'grad':
          return grads.get(e)![i]!;
      }
    };
    const gradsIn = (e: RuleExpr): RuleExpr[] =>
      e.kind === 'grad'
        ? [e]
        : e.kind === 'neg'
          ? gradsIn(e.arg)
          : e.kind === 'bin'
            ? [...gradsIn(e.left), ...gradsIn(e.right)]
            : e.kind === 'call'
              ? e.args.flatMap(gradsIn)
              : [];
    for (const st of rule.statements) {
      grads = new Map();
      for (const site of gradsIn(st.expr)) {
        if (site.kind !== 'grad') continue;
        const point = Float64Array.from({ length: size }, (_, i) => at(site.arg, i));
        const out = new Float64Array(size);
        gradFn(point, out);
        grads.set(site, out);
      }
      const values = Float64Array.from({ length: size }, (_, i) => at(st.expr, i));
      (st.target === 'w' ? w : state.get(st.target)!).set(values);
    }
  }
  return state;
}
