/**
 * Formulas the reader types: a safe parser (`parse.ts`), exact gradients by forward-mode
 * automatic differentiation (`compile.ts`), and a loss surface built from both, which the
 * optimizers run on like any surface of `src/engine/problems`.
 *
 * ```ts
 * const result = surfaceFromFormula('x^2 + 10*sin(y)');
 * if (result.ok) runOnProblem(result.surface, { name: 'adam', lr: 0.1 }, { steps: 200 });
 * else result.error.message; // "Unknown name ... at position 7 ..." (English; exprErrorText words it per language)
 * ```
 */
import type { Interval, Surface } from '../problems/index.ts';
import { compile } from './compile.ts';
import { ExprError, parse } from './parse.ts';

export { compile } from './compile.ts';
export type { CompiledExpr } from './compile.ts';
export { describeFoundEn, ExprError, explainExprProblem, exprLimits, functionNames, parse, tokenize } from './parse.ts';
export type { Expr, ExprErrorCode, ExprProblem, FoundToken, FunctionName, Token, Variable } from './parse.ts';

/** Where a typed formula is drawn and where its runs start, unless the caller says otherwise. */
const defaultDomain: { readonly x: Interval; readonly y: Interval } = Object.freeze({ x: [-3, 3], y: [-3, 3] });
const defaultStart: readonly number[] = Object.freeze([-2, 2]);
export const formulaDefaults = Object.freeze({ domain: defaultDomain, start: defaultStart });

/** The formula as a KaTeX-safe string (typewriter text; no reader text reaches KaTeX as commands). */
function latexOf(source: string): string {
  const escaped = source.replace(/[\\{}$&#^_%~]/g, (c) => `\\char${c.charCodeAt(0)} `);
  return `f(x, y) = \\texttt{${escaped}}`;
}

export type FormulaResult = { ok: true; surface: Surface } | { ok: false; error: ExprError };

/**
 * A `Surface` for the formula: `f` and its exact `grad`, no known minima. Parse problems come
 * back as `{ ok: false, error }` (never thrown), so a widget can show the message and keep its
 * previous surface.
 */
export function surfaceFromFormula(
  source: string,
  domain: Surface['domain'] = formulaDefaults.domain,
  start: readonly number[] = formulaDefaults.start,
): FormulaResult {
  let compiled;
  try {
    compiled = compile(parse(source));
  } catch (error) {
    if (error instanceof ExprError) return { ok: false, error };
    throw error;
  }
  const buffer = new Float64Array(3);
  const surface: Surface = Object.freeze({
    id: 'formula',
    title: source,
    latex: latexOf(source),
    dim: 2,
    domain,
    minima: [],
    start,
    f: (w: Float64Array) => compiled.value(w[0]!, w[1]!),
    grad: (w: Float64Array, out: Float64Array) => {
      compiled.withGradient(w[0]!, w[1]!, buffer);
      out[0] = buffer[1]!;
      out[1] = buffer[2]!;
    },
  });
  return { ok: true, surface };
}
