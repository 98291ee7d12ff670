/**
 * Compiles a parsed rule, once, into closures over typed arrays: no `eval`, no `new Function`, no
 * string of code (the site's Content-Security-Policy forbids them, and they are not needed).
 *
 * How a step runs. The parts of an expression that are the same for every weight (numbers,
 * params, `t`, `pi`, `e` and what is computed from them alone, such as `1 - beta1^t`) are
 * computed once per step into `scalars`. The rest runs block by block: for each block of
 * `blockSize` weights, every statement in turn computes its right-hand side with the loops of
 * kernels.ts into small scratch arrays (which stay in the processor's cache) and writes the
 * result into its target's block (the common shapes of expression, such as `a * x + b * y`, in one
 * loop each: fuse.ts; Adam's five statements in one loop together: chain.ts). That is the rule's
 * meaning ("each statement over all weights, in order") because a statement at weight i reads
 * only values at weight i: the one exception is `grad(EXPRESSION)`, which needs the whole point,
 * so a statement that calls `grad` starts a new segment, and before it the point is computed over
 * all weights and the gradient taken.
 */
import { findChains } from './chain.ts';
import type { Chain } from './chain.ts';
import { fuse, fusedShape } from './fuse.ts';
import type { CheckedRun, FusedPlan, FusedShape, FuseContext } from './fuse.ts';
import * as kernels from './kernels.ts';
import type { BinaryOp, UnaryOp } from './kernels.ts';
import type { ParsedRule, RuleExpr } from './parse.ts';

/** Weights per block: 16 scratch arrays of this size fit in a 32 KiB L1 cache. */
export const blockSize = 256;

/** An array operand: a full-length array (indexed from the block's start) or a scratch block. */
export interface Ref {
  buf: Float64Array;
  readonly full: boolean;
}
type Run = (start: number, len: number) => boolean | void;

export interface CompiledStatement {
  readonly line: number;
  readonly target: string;
  readonly out: Ref;
  /** Computes the statement on a block; false when a value it wrote there is not finite. */
  readonly run: CheckedRun;
  /** The one loop it runs as (fuse.ts), or null when it runs as a loop per operation. */
  readonly fused: FusedShape | null;
  /** Its fused loop's operands when every one is a name (chain.ts joins such statements). */
  readonly plan: FusedPlan | null;
  /** The gradient buffers it reads, to tell a bad gradient from a bad value. */
  readonly gradients: readonly Float64Array[];
}

export interface GradSite {
  /** Writes the point (the argument of `grad` at every weight) into `point`. */
  readonly run: Run;
  readonly point: Float64Array;
  readonly out: Float64Array;
}

export interface Segment {
  readonly sites: readonly GradSite[];
  readonly statements: readonly CompiledStatement[];
  /** Runs of its statements that run as one loop (chain.ts). */
  readonly chains: readonly Chain[];
}

export interface CompiledRule {
  readonly segments: readonly Segment[];
  /** The step number the scalar parts read; set by the caller before `updateScalars()`. */
  readonly clock: { t: number };
  updateScalars(): void;
  /** `w`: the caller points `buf` at the params of each step. */
  readonly weights: Ref;
  /** `g`, filled by the caller before the first statement when the rule reads it. */
  readonly g: Float64Array;
  readonly state: ReadonlyMap<string, Float64Array>;
  /** Every buffer a reset zeroes. */
  readonly buffers: readonly Float64Array[];
}

type Operand = { readonly scalar: number } | { readonly ref: Ref; readonly run: Run | null };

const functionOps: Readonly<Record<'sqrt' | 'abs' | 'exp' | 'log' | 'sign', UnaryOp>> = {
  sqrt: 'sqrt',
  abs: 'abs',
  exp: 'exp',
  log: 'log',
  sign: 'sign',
};

const offset = (ref: Ref, start: number) => (ref.full ? start : 0);

export function compileRule(rule: ParsedRule, params: ReadonlyMap<string, number>, size: number): CompiledRule {
  const clock = { t: 0 };
  const scalarFns: (() => number)[] = [];
  let scalarValues = new Float64Array(0);
  const temps: Ref[] = [];
  const weights: Ref = { buf: new Float64Array(size), full: true };
  const g = new Float64Array(size);
  const state = new Map(rule.stateNames.map((name) => [name, new Float64Array(size)] as const));
  const buffers: Float64Array[] = [g, ...state.values()];
  const gRef: Ref = { buf: g, full: true };
  const stateRefs = new Map([...state].map(([name, buf]) => [name, { buf, full: true }] as const));
  let point: Float64Array | null = null;
  let sites: GradSite[] = [];
  let gradients: Float64Array[] = [];

  const temp = (slot: number): Ref => (temps[slot] ??= { buf: new Float64Array(blockSize), full: false });
  // Memoized: asked at every level of the tree, it would otherwise cost O(depth^2) on long sums.
  const scalarCache = new Map<RuleExpr, boolean>();
  const isScalar = (e: RuleExpr): boolean => {
    let known = scalarCache.get(e);
    if (known === undefined) scalarCache.set(e, (known = isScalarUncached(e)));
    return known;
  };
  const isScalarUncached = (e: RuleExpr): boolean => {
    if (e.kind === 'num') return true;
    if (e.kind === 'name') return e.name === 't' || e.name === 'pi' || e.name === 'e' || params.has(e.name);
    if (e.kind === 'neg') return isScalar(e.arg);
    if (e.kind === 'bin') return isScalar(e.left) && isScalar(e.right);
    if (e.kind === 'call') return e.args.every(isScalar);
    return false;
  };
  const scalarOf = (e: RuleExpr): (() => number) => {
    switch (e.kind) {
      case 'num':
        return () => e.value;
      case 'name': {
        if (e.name === 't') return () => clock.t;
        const value = e.name === 'pi' ? Math.PI : e.name === 'e' ? Math.E : params.get(e.name)!;
        return () => value;
      }
      case 'neg': {
        const a = scalarOf(e.arg);
        return () => -a();
      }
      case 'bin': {
        const [a, b, f] = [scalarOf(e.left), scalarOf(e.right), kernels.scalarBinary[e.op]];
        return () => f(a(), b());
      }
      case 'call': {
        const a = scalarOf(e.args[0]!);
        if (e.fn === 'min' || e.fn === 'max') {
          const [b, f] = [scalarOf(e.args[1]!), kernels.scalarBinary[e.fn]];
          return () => f(a(), b());
        }
        const f = kernels.scalarUnary[functionOps[e.fn]];
        return () => f(a());
      }
      case 'grad':
        throw new Error('grad is never scalar');
    }
  };

  const gradSite = (arg: RuleExpr): Float64Array => {
    point ??= new Float64Array(size);
    const out = new Float64Array(size);
    buffers.push(out);
    const at = { buf: point, full: true };
    sites.push({ run: into(arg, at, 0), point, out });
    gradients.push(out);
    return out;
  };

  /** A name or `grad(...)`: the array it reads. */
  const leaf = (e: RuleExpr): Ref | null => {
    if (e.kind === 'grad') return { buf: gradSite(e.arg), full: true };
    if (e.kind !== 'name') return null;
    if (e.name === 'w') return weights;
    if (e.name === 'g') {
      gradients.push(g);
      return gRef;
    }
    return stateRefs.get(e.name) ?? null;
  };

  const operand = (e: RuleExpr, slot: number): Operand => {
    if (isScalar(e)) {
      scalarFns.push(scalarOf(e));
      return { scalar: scalarFns.length - 1 };
    }
    const ref = leaf(e);
    if (ref !== null) return { ref, run: null };
    const out = temp(slot);
    return { ref: out, run: into(e, out, slot) };
  };

  const fuseContext: FuseContext = {
    isScalar,
    vector(e, slot) {
      const o = operand(e, slot);
      if ('scalar' in o) throw new Error('unreachable: a fused operand is a vector');
      return o;
    },
    scalar(e, negate) {
      const f = e === null ? () => 1 : scalarOf(e);
      scalarFns.push(negate ? () => -f() : f);
      return scalarFns.length - 1;
    },
    value: (s) => scalarValues[s]!,
  };

  /** Computes `e` into `out`, using scratch blocks from `slot` up: one loop when fuse.ts has one. */
  function into(e: RuleExpr, out: Ref, slot: number): Run {
    const unaryRun = (op: UnaryOp, a: Operand): Run => {
      if ('scalar' in a) throw new Error('unreachable: a scalar operand of a vector expression');
      const [f, ar, prep] = [kernels.unary[op], a.ref, a.run];
      return (start, len) => {
        prep?.(start, len);
        f(out.buf, offset(out, start), ar.buf, offset(ar, start), len);
      };
    };
    if (isScalar(e)) {
      scalarFns.push(scalarOf(e));
      const s = scalarFns.length - 1;
      return (start, len) => kernels.fill(out.buf, offset(out, start), scalarValues[s]!, len);
    }
    const ref = leaf(e);
    if (ref !== null) return unaryRun('copy', { ref, run: null });
    const fused = fuse(e, out, slot, fuseContext);
    if (fused !== null) return fused.run;
    if (e.kind === 'neg') return unaryRun('neg', operand(e.arg, slot));
    if (e.kind === 'call' && e.fn !== 'min' && e.fn !== 'max')
      return unaryRun(functionOps[e.fn], operand(e.args[0]!, slot));
    if (e.kind !== 'bin' && e.kind !== 'call') throw new Error('unreachable: every vector leaf is handled above');
    const [left, right, op]: [RuleExpr, RuleExpr, BinaryOp] =
      e.kind === 'bin' ? [e.left, e.right, e.op] : [e.args[0]!, e.args[1]!, e.fn === 'min' ? 'min' : 'max'];
    if (op === '^' && right.kind === 'num' && right.value === 2) return unaryRun('square', operand(left, slot));
    const a = operand(left, slot);
    const b = operand(right, slot + 1);
    if ('scalar' in b) {
      if ('scalar' in a) throw new Error('unreachable: a vector expression has a vector operand');
      const [f, ar, prep, s] = [kernels.vs[op], a.ref, a.run, b.scalar];
      return (start, len) => {
        prep?.(start, len);
        f(out.buf, offset(out, start), ar.buf, offset(ar, start), scalarValues[s]!, len);
      };
    }
    if ('scalar' in a) {
      const s = a.scalar;
      const [br, prep] = [b.ref, b.run];
      if (op === '-' || op === '/' || op === '^') {
        const f = kernels.sv[op];
        return (start, len) => {
          prep?.(start, len);
          f(out.buf, offset(out, start), scalarValues[s]!, br.buf, offset(br, start), len);
        };
      }
      const f = kernels.vs[op];
      return (start, len) => {
        prep?.(start, len);
        f(out.buf, offset(out, start), br.buf, offset(br, start), scalarValues[s]!, len);
      };
    }
    const [f, ar, br, pa, pb] = [kernels.vv[op], a.ref, b.ref, a.run, b.run];
    return (start, len) => {
      pa?.(start, len);
      pb?.(start, len);
      f(out.buf, offset(out, start), ar.buf, offset(ar, start), br.buf, offset(br, start), len);
    };
  }

  const checked =
    (run: Run, out: Ref): CheckedRun =>
    (start, len) => {
      run(start, len);
      return kernels.blockFinite(out.buf, offset(out, start), len);
    };

  const segments: { sites: GradSite[]; statements: CompiledStatement[]; chains: Chain[] }[] = [];
  for (const { line, target, expr } of rule.statements) {
    sites = [];
    gradients = [];
    const out = target === 'w' ? weights : stateRefs.get(target)!;
    const one = fuse(expr, out, 0, fuseContext);
    const run = one?.run ?? checked(into(expr, out, 0), out);
    const [fused, plan] = [fusedShape(expr, fuseContext), one?.plan ?? null];
    const compiled: CompiledStatement = { line, target, out, run, fused, plan, gradients };
    if (segments.length === 0 || sites.length > 0) segments.push({ sites, statements: [compiled], chains: [] });
    else segments[segments.length - 1]!.statements.push(compiled);
  }
  for (const s of segments) {
    s.chains = findChains(
      s.statements.map((st) => st.plan),
      fuseContext.value,
    );
  }
  if (point !== null) buffers.push(point);
  scalarValues = new Float64Array(scalarFns.length);

  return {
    segments,
    clock,
    updateScalars() {
      for (let i = 0; i < scalarFns.length; i++) scalarValues[i] = scalarFns[i]!();
    },
    weights,
    g,
    state,
    buffers,
  };
}
