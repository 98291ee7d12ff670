/**
 * Superinstructions: the shapes of right-hand side that update rules are made of, each recognised
 * once at compile time and then run as one loop, instead of one loop per operation with the
 * intermediate results in scratch blocks. Adam's five lines run as five loops instead of fifteen.
 *
 * - `lin2`: `X ± Y` where each side is `s * V`, `V * s`, `V` or `V^2`, with `s` a scalar (numbers,
 *   params, `t`): `beta1 * m + (1 - beta1) * g`, `s + (1 - beta2) * g^2`, `w - lr * g`.
 * - `divStep`: `X - (s * V) / (sqrt(C) + e)`: Adam's last line.
 * - `mulStep`: `X - (s / (sqrt(C) + e)) * V`: Adagrad's and RMSProp's.
 * - `scale`, `divide`: `s * V`, `V / s`: a single operation, run with its divergence check
 *   (Adam's bias corrections).
 *
 * X, V and C are any vector expressions: a name is read in place, anything else is first computed
 * into a scratch block (compile.ts does that). Exactness: each loop performs the same floating-
 * point operations as the tree it replaces, in the same order, so results are identical to the
 * bit. Three identities make one loop serve several shapes: `a * b` and `a + b` do not depend on
 * the order of their operands, `1 * v` is `v`, and `a - r * v` is `a + (-r) * v` (rounding is
 * symmetric about zero), including signed zeros, infinities and NaN.
 */
import type { Ref } from './compile.ts';
import { divide, divStep, lin2, lin2sq, mulStep, scale } from './kernels.ts';
import type { RuleExpr } from './parse.ts';

/** Runs a block; a fused run also says whether every value it wrote is finite. */
export type Run = (start: number, len: number) => boolean | void;
export type CheckedRun = (start: number, len: number) => boolean;

/** What the compiler gives the matcher: a vector operand, and a place for a scalar per step. */
export interface FuseContext {
  isScalar(e: RuleExpr): boolean;
  /** A vector operand: the array it is read from, and the run that fills it first (null for a name). */
  vector(e: RuleExpr, slot: number): { readonly ref: Ref; readonly run: Run | null };
  /** Registers a scalar computed once per step; `negate` registers its negative, `e` null the number 1. */
  scalar(e: RuleExpr | null, negate: boolean): number;
  /** The value of a registered scalar in the current step (a function, passed on to chain.ts). */
  readonly value: (slot: number) => number;
}

export type FusedShape = 'lin2' | 'lin2sq' | 'divStep' | 'mulStep' | 'scale' | 'divide';

/** `s * V` (either order), `V^2`, `s * V^2` or plain `V`. */
interface Term {
  readonly scale: RuleExpr | null;
  readonly vec: RuleExpr;
  readonly squared: boolean;
}

const isSquare = (e: RuleExpr): e is RuleExpr & { kind: 'bin' } =>
  e.kind === 'bin' && e.op === '^' && e.right.kind === 'num' && e.right.value === 2;

function term(e: RuleExpr, ctx: FuseContext): Term | null {
  if (ctx.isScalar(e)) return null;
  const base = (v: RuleExpr) => (isSquare(v) ? { vec: v.left, squared: true } : { vec: v, squared: false });
  if (e.kind === 'bin' && e.op === '*') {
    if (ctx.isScalar(e.left) && !ctx.isScalar(e.right)) return { scale: e.left, ...base(e.right) };
    if (ctx.isScalar(e.right) && !ctx.isScalar(e.left)) return { scale: e.right, ...base(e.left) };
  }
  return { scale: null, ...base(e) };
}

/** `sqrt(C) + e` or `e + sqrt(C)` with `e` scalar and C a vector: [C, e]. */
function sqrtPlus(e: RuleExpr, ctx: FuseContext): [RuleExpr, RuleExpr] | null {
  if (e.kind !== 'bin' || e.op !== '+') return null;
  for (const [root, eps] of [
    [e.left, e.right],
    [e.right, e.left],
  ] as const) {
    if (root.kind === 'call' && root.fn === 'sqrt' && !ctx.isScalar(root) && ctx.isScalar(eps))
      return [root.args[0]!, eps];
  }
  return null;
}

interface Lin2Match {
  readonly shape: 'lin2' | 'lin2sq';
  readonly a: Term;
  readonly b: Term;
  /** Whether a's (b's) scale is negated. */
  readonly negA: boolean;
  readonly negB: boolean;
}
interface StepMatch {
  readonly shape: 'divStep' | 'mulStep';
  readonly x: RuleExpr;
  readonly s: RuleExpr | null;
  readonly v: RuleExpr;
  readonly c: RuleExpr;
  readonly eps: RuleExpr;
}
/** `s * V`, `V * s` (scale) or `V / s` (divide): one operation, but checked in its own loop. */
interface ScaleMatch {
  readonly shape: 'scale' | 'divide';
  readonly v: RuleExpr;
  readonly s: RuleExpr;
}
type Match = Lin2Match | StepMatch | ScaleMatch;

function match(e: RuleExpr, ctx: FuseContext): Match | null {
  if (e.kind === 'bin' && e.op === '/' && ctx.isScalar(e.right) && !ctx.isScalar(e.left))
    return { shape: 'divide', v: e.left, s: e.right };
  if (e.kind === 'bin' && e.op === '*' && !isSquare(e)) {
    const t = term(e, ctx);
    if (t?.scale != null && !t.squared) return { shape: 'scale', v: t.vec, s: t.scale };
  }
  if (e.kind !== 'bin' || (e.op !== '+' && e.op !== '-') || ctx.isScalar(e.left) || ctx.isScalar(e.right)) return null;
  const q = e.right;
  if (e.op === '-' && q.kind === 'bin' && q.op === '/') {
    const num = term(q.left, ctx);
    const den = sqrtPlus(q.right, ctx);
    if (num !== null && !num.squared && den !== null)
      return { shape: 'divStep', x: e.left, s: num.scale, v: num.vec, c: den[0], eps: den[1] };
  }
  if (e.op === '-' && q.kind === 'bin' && q.op === '*') {
    for (const [factor, v] of [
      [q.left, q.right],
      [q.right, q.left],
    ] as const) {
      if (factor.kind !== 'bin' || factor.op !== '/' || !ctx.isScalar(factor.left) || ctx.isScalar(v)) continue;
      const den = sqrtPlus(factor.right, ctx);
      if (den !== null) return { shape: 'mulStep', x: e.left, s: factor.left, v, c: den[0], eps: den[1] };
    }
  }
  const a = term(e.left, ctx);
  const b = term(e.right, ctx);
  if (a === null || b === null) return null;
  // Two plain vectors gain nothing over the one-operation loop; two squares would need a third loop.
  if (a.scale === null && b.scale === null && !a.squared && !b.squared) return null;
  if (a.squared && b.squared) return null;
  // The square goes second: a + b is b + a, and a - r*v is a + (-r)*v.
  if (a.squared) return { shape: 'lin2sq', a: b, b: a, negA: e.op === '-', negB: false };
  return { shape: b.squared ? 'lin2sq' : 'lin2', a, b, negA: false, negB: e.op === '-' };
}

/** Where block `start` begins in `ref`: full-length arrays are indexed from it, scratch blocks from 0. */
const at = (ref: Ref, start: number) => (ref.full ? start : 0);

/** The superinstruction `e` runs as, or null (for tests and the bench). */
export function fusedShape(e: RuleExpr, ctx: FuseContext): FusedShape | null {
  return match(e, ctx)?.shape ?? null;
}

/**
 * A fused statement whose every operand is a name (read in place, nothing computed first): its
 * shape, the arrays in the kernel's order (lin2, lin2sq: a, b; scale, divide: v; divStep, mulStep:
 * x, v, c) and the slots of its scalars (sa, sb; s; s, eps). chain.ts runs several such statements
 * in one loop.
 */
export interface FusedPlan {
  readonly shape: FusedShape;
  readonly out: Ref;
  readonly refs: readonly Ref[];
  readonly scalars: readonly number[];
}

export interface Fused {
  readonly run: CheckedRun;
  /** Null when an operand is computed into a scratch block first. */
  readonly plan: FusedPlan | null;
}

/** A run computing `e` into `out` with one loop, or null when `e` has none of the shapes. */
export function fuse(e: RuleExpr, out: Ref, slot: number, ctx: FuseContext): Fused | null {
  const m = match(e, ctx);
  if (m === null) return null;
  const plan = (refs: Ref[], scalars: number[], preps: (Run | null)[]): FusedPlan | null =>
    preps.every((p) => p === null) ? { shape: m.shape, out, refs, scalars } : null;
  if ('a' in m) {
    const [a, b] = [ctx.vector(m.a.vec, slot), ctx.vector(m.b.vec, slot + 1)];
    const [sa, sb] = [ctx.scalar(m.a.scale, m.negA), ctx.scalar(m.b.scale, m.negB)];
    const { ref: ar, run: pa } = a;
    const { ref: br, run: pb } = b;
    const lin = plan([ar, br], [sa, sb], [pa, pb]);
    // One closure literal per kernel, not one calling `kernel` chosen at compile time: closures
    // made from the same literal share the engine's call feedback, so a rule with both shapes
    // (Adam) made that call polymorphic and left lin2 and lin2sq un-inlined (rule Adam ~10% slower).
    if (m.shape === 'lin2')
      return {
        plan: lin,
        run: (start, len) => {
          pa?.(start, len);
          pb?.(start, len);
          const [sA, sB] = [ctx.value(sa), ctx.value(sb)];
          return lin2(out.buf, at(out, start), sA, ar.buf, at(ar, start), sB, br.buf, at(br, start), len);
        },
      };
    return {
      plan: lin,
      run: (start, len) => {
        pa?.(start, len);
        pb?.(start, len);
        const [sA, sB] = [ctx.value(sa), ctx.value(sb)];
        return lin2sq(out.buf, at(out, start), sA, ar.buf, at(ar, start), sB, br.buf, at(br, start), len);
      },
    };
  }
  if (!('x' in m)) {
    const { ref: vr, run: pv } = ctx.vector(m.v, slot);
    const s = ctx.scalar(m.s, false);
    const kernel = m.shape === 'scale' ? scale : divide;
    return {
      plan: plan([vr], [s], [pv]),
      run: (start, len) => {
        pv?.(start, len);
        return kernel(out.buf, at(out, start), vr.buf, at(vr, start), ctx.value(s), len);
      },
    };
  }
  const [x, v, c] = [ctx.vector(m.x, slot), ctx.vector(m.v, slot + 1), ctx.vector(m.c, slot + 2)];
  const [s, eps] = [ctx.scalar(m.s, false), ctx.scalar(m.eps, false)];
  const kernel = m.shape === 'divStep' ? divStep : mulStep;
  const { ref: xr, run: px } = x;
  const { ref: vr, run: pv } = v;
  const { ref: cr, run: pc } = c;
  const run: CheckedRun = (start, len) => {
    px?.(start, len);
    pv?.(start, len);
    pc?.(start, len);
    return kernel(
      out.buf,
      at(out, start),
      xr.buf,
      at(xr, start),
      ctx.value(s),
      vr.buf,
      at(vr, start),
      cr.buf,
      at(cr, start),
      ctx.value(eps),
      len,
    );
  };
  return { run, plan: plan([xr, vr, cr], [s, eps], [px, pv, pc]) };
}
