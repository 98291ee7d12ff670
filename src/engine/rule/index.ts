/**
 * The rule language: a reader writes an optimizer's update rule, one statement per line, and it
 * runs like a built-in optimizer, typeset as it runs.
 *
 * ```ts
 * const source = 'param lr = 0.1 in [1e-5, 10]\nv = 0.9 * v + lr * g\nw = w - v';
 * const opt = createRuleOptimizer({ name: 'rule', source, params: { lr: 0.05 } }, 2);
 * opt.step(w, surface.grad);
 * opt.inspect().variables.v;
 * ruleLatex(parseRule(source));  // \begin{aligned} v_{t} &= 0.9\, v_{t-1} + \alpha\, g_{t} ...
 * ```
 *
 * parse.ts has the grammar and the meaning of names, errors.ts every error as data (worded per
 * language in src/i18n/rule.ts), compile.ts how a rule becomes closures over typed arrays,
 * optimizer.ts the optimizer and its divergence check, latex.ts the typesetting, presets.ts the
 * shipped rules.
 */
import { parseRule } from './parse.ts';
import type { ParsedRule } from './parse.ts';
import { RuleError } from './errors.ts';

export { compileRule, blockSize } from './compile.ts';
export {
  explainRuleDivergence,
  explainRuleProblem,
  reservedNames,
  RuleError,
  ruleFunctions,
  ruleLimits,
} from './errors.ts';
export type {
  Expected,
  RuleDivergence,
  RuleDivergenceKind,
  RuleErrorCode,
  RuleFunction,
  RuleProblem,
} from './errors.ts';
export { ruleLatex } from './latex.ts';
export { createRuleOptimizer, prepareRule } from './optimizer.ts';
export type { PreparedRule, ResolvedRuleSpec, RuleOptimizer, RuleSpec, RuleState } from './optimizer.ts';
export { parseRule } from './parse.ts';
export type { ParamDecl, ParsedRule, RuleExpr, Statement } from './parse.ts';
export { rulePresetNames, rulePresets } from './presets.ts';
export type { RulePreset, RulePresetName } from './presets.ts';

export type RuleCheck = { ok: true; rule: ParsedRule } | { ok: false; error: RuleError };

/** Parses a rule without throwing: for an editor that shows the error and keeps the last good rule. */
export function checkRule(source: string): RuleCheck {
  try {
    return { ok: true, rule: parseRule(source) };
  } catch (error) {
    if (error instanceof RuleError) return { ok: false, error };
    throw error;
  }
}
