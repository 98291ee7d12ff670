/**
 * A rule as an optimizer, with the built-ins' interface: `step(params, gradFn)`, `reset()`,
 * `spec`, `t`, `inspect()`. Created by `createRuleOptimizer({ name: 'rule', source, params },
 * size)`, apart from src/engine/optim's table of built-ins (which pages without rules load), or
 * in two halves: `prepareRule(spec)` parses the source and checks the params once, and its
 * `create(size)` makes the optimizer. A prepared rule is what src/engine/optim's `createOptimizer`
 * and src/engine/sim's trainers take for a rule: so they run rules without importing this
 * package, and a page loads the rule language only where a rule is run.
 *
 * Divergence. After each statement, each block of its result is checked; the first statement
 * (in the rule's order) that produced an infinite or undefined value at any weight stops the
 * rule: `diverged` says at which step, on which line, and why (`reason`, English; `kind` for
 * other languages, src/i18n/rule.ts), and `step()` then does nothing and returns false until
 * `reset()`. The weights and state are left as that step made them, part-updated: a caller that
 * records a trajectory keeps the points up to the step before, as src/engine/sim/run.ts does
 * when a built-in diverges.
 */
import type { GradFn, OptimizerState } from '../optim/index.ts';
import type { Chain } from './chain.ts';
import { blockSize, compileRule } from './compile.ts';
import { explainRuleDivergence } from './errors.ts';
import type { RuleDivergence } from './errors.ts';
import { parseRule } from './parse.ts';
import type { ParsedRule } from './parse.ts';
import { blockFinite } from './kernels.ts';

export interface RuleSpec {
  readonly name: 'rule';
  /** The rule's source text (see parse.ts for the grammar). */
  readonly source: string;
  /** Values for the rule's `param` lines, by name; a param not given keeps its default. */
  readonly params?: Readonly<Record<string, number>>;
}

/** A spec with every declared param's value filled in (a null-prototype object). */
export interface ResolvedRuleSpec {
  readonly name: 'rule';
  readonly source: string;
  readonly params: Readonly<Record<string, number>>;
}

export interface RuleState extends Omit<OptimizerState, 'lr'> {
  /** The rule's `lr` param when it declares one (a rule need not have a learning rate). */
  readonly lr?: number;
  /**
   * Every state variable of the rule (each assigned name but `w`), by name, as live views of its
   * buffers (copy to keep). `grad` is `g` when the rule reads it, else the gradient of its first
   * `grad(...)`, else zeros.
   */
  readonly variables: Readonly<Record<string, Float64Array>>;
}

export interface RuleOptimizer {
  readonly spec: ResolvedRuleSpec;
  /** The parsed rule: params with their ranges, statements, state names. */
  readonly rule: ParsedRule;
  readonly t: number;
  /** Null, or why the rule stopped (see the top of this file). */
  readonly diverged: RuleDivergence | null;
  /** One update of `params`, in place. False (and nothing done) once diverged. */
  step(params: Float64Array, gradFn: GradFn): boolean;
  reset(): void;
  inspect(): RuleState;
}

function allFinite(values: Float64Array): boolean {
  return blockFinite(values, 0, values.length);
}

/** The declared params' values: the defaults, overridden by `given`. Throws RangeError (see below). */
function resolveParams(rule: ParsedRule, given: unknown): Map<string, number> {
  const values = new Map(rule.params.map((p) => [p.name, p.value] as const));
  if (given === undefined) return values;
  if (typeof given !== 'object' || given === null)
    throw new RangeError(`params must be an object, got ${typeof given === 'object' ? 'null' : typeof given}`);
  const declared = rule.params.map((p) => p.name);
  for (const [name, value] of Object.entries(given)) {
    const decl = rule.params.find((p) => p.name === name);
    if (decl === undefined) {
      const list = declared.length > 0 ? `it declares ${declared.join(', ')}` : 'it declares none';
      throw new RangeError(`params.${name}: the rule has no param ${name} (${list})`);
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new RangeError(`params.${name} must be a finite number, got ${String(value)}`);
    }
    if (decl.range !== null && !(value >= decl.range[0] && value <= decl.range[1])) {
      throw new RangeError(`params.${name} must be in [${decl.range[0]}, ${decl.range[1]}], got ${value}`);
    }
    values.set(name, value);
  }
  return values;
}

/** A rule parsed and its params checked, ready to make optimizers of any size (see the top of this file). */
export interface PreparedRule {
  readonly name: 'rule';
  readonly spec: ResolvedRuleSpec;
  readonly rule: ParsedRule;
  /** A fresh optimizer for `size` parameters. Throws `RangeError` for a size that is not a positive integer. */
  create(size: number): RuleOptimizer;
}

/** How many sources `prepareRule` keeps parsed. */
const keptParses = 8;
const parsed = new Map<string, ParsedRule>();

/**
 * `parseRule(source)`, kept for the last few sources (least recently used first out): a param
 * slider prepares the same source again at every key, and parsing was a third of making the
 * optimizer (RuleCell's Adam on a 2-weight surface: 4-7 ms of a 45 ms task at 4x CPU slow-down).
 * The parsed rule is only read, never changed, so the same one serves every call.
 */
function parsedRule(source: string): ParsedRule {
  if (typeof source !== 'string') return parseRule(source);
  const rule = parsed.get(source) ?? parseRule(source);
  parsed.delete(source);
  parsed.set(source, rule);
  if (parsed.size > keptParses) parsed.delete(parsed.keys().next().value!);
  return rule;
}

/**
 * Parses `spec.source` and checks `spec.params`. Throws `RuleError` for a bad source, `RangeError`
 * for a `params` name the rule does not declare or a value that is not finite or outside the
 * param's range.
 */
export function prepareRule(spec: RuleSpec): PreparedRule {
  const rule = parsedRule(spec.source);
  const values = resolveParams(rule, spec.params);
  const params: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [name, value] of values) Object.defineProperty(params, name, { value, enumerable: true });
  const resolved: ResolvedRuleSpec = Object.freeze({
    name: 'rule',
    source: rule.source,
    params: Object.freeze(params),
  });
  return Object.freeze({
    name: 'rule',
    spec: resolved,
    rule,
    create: (size: number) => ruleOptimizer(rule, values, resolved, size),
  });
}

/**
 * The optimizer for a rule: `prepareRule(spec).create(size)`. Throws as both halves do (a bad
 * source, params or size).
 */
export function createRuleOptimizer(spec: RuleSpec, size: number): RuleOptimizer {
  return prepareRule(spec).create(size);
}

function ruleOptimizer(
  rule: ParsedRule,
  values: ReadonlyMap<string, number>,
  resolved: ResolvedRuleSpec,
  size: number,
): RuleOptimizer {
  if (!Number.isSafeInteger(size) || size <= 0) {
    throw new RangeError(`size must be a positive integer, got ${String(size)}`);
  }
  const program = compileRule(rule, values, size);
  const variables: Record<string, Float64Array> = Object.create(null) as Record<string, Float64Array>;
  for (const [name, buf] of program.state) Object.defineProperty(variables, name, { value: buf, enumerable: true });
  const firstSite = program.segments.flatMap((s) => s.sites)[0];
  const grad = rule.readsG ? program.g : (firstSite?.out ?? program.g);
  const base: { grad: Float64Array; variables: Readonly<Record<string, Float64Array>>; lr?: number } = {
    grad,
    variables: Object.freeze(variables),
  };
  // Not enumerable, like the built-ins' `lr`: `Object.values(state)` stays the list of buffers.
  if (values.has('lr')) Object.defineProperty(base, 'lr', { value: values.get('lr'), enumerable: false });
  const state: RuleState = Object.freeze(base);
  let t = 0;
  let diverged: RuleDivergence | null = null;
  // Each segment with its chains indexed by their first statement.
  const segments = program.segments.map((segment) => {
    const chainAt: (Chain | undefined)[] = segment.statements.map(() => undefined);
    for (const chain of segment.chains) chainAt[chain.from] = chain;
    return { ...segment, chainAt };
  });

  const step = (params: Float64Array, gradFn: GradFn): boolean => {
    if (params.length !== size) {
      throw new RangeError(`params has length ${params.length}, but the optimizer was created for size ${size}`);
    }
    if (diverged !== null) return false;
    t++;
    program.clock.t = t;
    program.updateScalars();
    program.weights.buf = params;
    if (rule.readsG) gradFn(params, program.g);
    for (const segment of segments) {
      for (const site of segment.sites) {
        for (let start = 0; start < size; start += blockSize) site.run(start, Math.min(blockSize, size - start));
        gradFn(site.point, site.out);
      }
      const { statements, chainAt } = segment;
      // Statements from `limit` on are not run: one of them failed. An earlier statement that
      // fails in a later block lowers it, so the failure reported is the first in the rule's order.
      // A chain (chain.ts) runs its statements together while all of them are below the limit,
      // else one by one; in the block where one of its statements fails, the chain's later
      // statements have run too (the state is part-updated either way, see the top of this file).
      let limit = statements.length;
      for (let start = 0; start < size; start += blockSize) {
        const len = Math.min(blockSize, size - start);
        for (let k = 0; k < limit;) {
          const chain = chainAt[k];
          if (chain !== undefined && k + chain.count <= limit) {
            const failed = chain.run(start, len);
            if (failed >= 0) limit = k + failed;
            k += chain.count;
          } else {
            if (!statements[k]!.run(start, len)) limit = k;
            k++;
          }
        }
      }
      if (limit < statements.length) {
        const failed = statements[limit]!;
        const kind = failed.gradients.every(allFinite) ? 'non-finite value' : 'non-finite gradient';
        const reason = explainRuleDivergence(kind, t, failed.line, failed.target);
        diverged = Object.freeze({ step: t, line: failed.line, name: failed.target, kind, reason });
        return false;
      }
    }
    return true;
  };

  return {
    spec: resolved,
    rule,
    get t() {
      return t;
    },
    get diverged() {
      return diverged;
    },
    step,
    reset() {
      t = 0;
      diverged = null;
      for (const buffer of program.buffers) buffer.fill(0);
    },
    inspect: () => state,
  };
}
