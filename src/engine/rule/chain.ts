/**
 * Statement fusion: a run of statements that makes up Adam's update, run as one loop over a
 * block instead of one loop per statement.
 *
 * Why. Blocked execution (compile.ts) keeps each statement's output in the cache for the next,
 * but each statement is still its own loop, and a loop of divisions (the divider's throughput is
 * the limit) cannot overlap with a loop that streams memory. Adam's five statements as five loops
 * took 2.4-2.9x the built-in Adam's time at 10^6 weights; one loop that does all five per weight
 * lets the processor load the next weights while the divisions of the last are in flight, as the
 * built-in's loop does. A generic loop that dispatches on each statement's shape per weight would
 * cost more than it saves (measured: ~26 ns per weight against ~10), and code generation is not
 * allowed (no `eval`, no `new Function`), so the chain is one written loop for one sequence of
 * shapes:
 *
 *   lin2, lin2sq, divide, divide, divStep
 *   (m = b1*m + c1*g; s = b2*s + c2*g^2; mhat = m / k1; shat = s / k2; w = x - a*mhat / (sqrt(shat) + e))
 *
 * with any names and any per-step scalars in those places, every operand a name (fuse.ts's
 * `FusedPlan`). Exactness: per weight, the loop runs the statements in the rule's order, each
 * with the same floating-point operations as its own kernel (kernels.ts), reading its operands
 * from the arrays after the earlier statements wrote them; weights do not interact (no `grad` in
 * a plan). So the results are those of the statements run one after another, to the bit, whatever
 * names alias which.
 */
import type { Ref } from './compile.ts';
import type { FusedPlan, FusedShape } from './fuse.ts';

/** Runs the chain's statements on a block; the index (in the chain) of the first whose values were not all finite, or -1. */
export type ChainRun = (start: number, len: number) => number;

export interface Chain {
  /** Index of its first statement in the segment. */
  readonly from: number;
  readonly count: number;
  /** Whether it follows Adam's own data flow and keeps those values in registers (see adamChain). */
  readonly linked: boolean;
  readonly run: ChainRun;
}

const adamShapes: readonly FusedShape[] = ['lin2', 'lin2sq', 'divide', 'divide', 'divStep'];

/** The chains in a segment's statements (by their plans), in order, not overlapping. */
export function findChains(plans: readonly (FusedPlan | null)[], value: (slot: number) => number): Chain[] {
  const chains: Chain[] = [];
  for (let k = 0; k + adamShapes.length <= plans.length;) {
    const run = plans.slice(k, k + adamShapes.length);
    if (run.every((plan, j) => plan?.shape === adamShapes[j])) {
      chains.push({ from: k, count: adamShapes.length, ...adamChain(run as FusedPlan[], value) });
      k += adamShapes.length;
    } else k++;
  }
  return chains;
}

function adamChain(plans: readonly FusedPlan[], value: (slot: number) => number): Pick<Chain, 'linked' | 'run'> {
  // The operands and scalar slots in the loop's order, gathered once; no allocation per block.
  const refs = plans.flatMap((plan) => [plan.out, ...plan.refs]);
  const slots = Int32Array.from(plans.flatMap((plan) => plan.scalars));
  // Adam's own data flow (each correction reads the moment just computed, the step reads both
  // corrections, and no statement in between writes over them) lets the loop keep those values in
  // registers instead of storing and loading them again: the preset ~2.25x -> ~1.75x the built-in.
  const [m, s, mh, sh, w] = plans as [FusedPlan, FusedPlan, FusedPlan, FusedPlan, FusedPlan];
  const linked =
    mh.refs[0] === m.out &&
    s.out !== m.out &&
    sh.refs[0] === s.out &&
    mh.out !== s.out &&
    w.refs[1] === mh.out &&
    sh.out !== mh.out &&
    w.refs[2] === sh.out;
  if (linked) return { linked, run: (start, len) => adamLinkedLoop(start, start + len, refs, slots, value) };
  return { linked, run: (start, len) => adamLoop(start, start + len, refs, slots, value) };
}

/** The five kernels of kernels.ts (lin2, lin2sq, divide, divide, divStep), one weight at a time. */
function adamLoop(
  start: number,
  end: number,
  refs: readonly Ref[],
  slots: Int32Array,
  value: (slot: number) => number,
): number {
  // `buf` is read at every call: the weights' array is the caller's, set at each step.
  // Element by element, not destructured from a mapped array: no allocation per block.
  const m = refs[0]!.buf;
  const ma = refs[1]!.buf;
  const mb = refs[2]!.buf;
  const s = refs[3]!.buf;
  const sa = refs[4]!.buf;
  const sb = refs[5]!.buf;
  const mh = refs[6]!.buf;
  const mv = refs[7]!.buf;
  const sh = refs[8]!.buf;
  const sv = refs[9]!.buf;
  const w = refs[10]!.buf;
  const x = refs[11]!.buf;
  const v = refs[12]!.buf;
  const c = refs[13]!.buf;
  const a1 = value(slots[0]!);
  const b1 = value(slots[1]!);
  const a2 = value(slots[2]!);
  const b2 = value(slots[3]!);
  const k1 = value(slots[4]!);
  const k2 = value(slots[5]!);
  const lr = value(slots[6]!);
  const eps = value(slots[7]!);
  // One sum per statement (x * 0 is 0 for finite x, NaN otherwise), to name the first that failed.
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  let c4 = 0;
  for (let i = start; i < end; i++) {
    const r0 = a1 * ma[i]! + b1 * mb[i]!;
    m[i] = r0;
    c0 += r0 * 0;
    const bi = sb[i]!;
    const r1 = a2 * sa[i]! + b2 * (bi * bi);
    s[i] = r1;
    c1 += r1 * 0;
    const r2 = mv[i]! / k1;
    mh[i] = r2;
    c2 += r2 * 0;
    const r3 = sv[i]! / k2;
    sh[i] = r3;
    c3 += r3 * 0;
    const r4 = x[i]! - (lr * v[i]!) / (Math.sqrt(c[i]!) + eps);
    w[i] = r4;
    c4 += r4 * 0;
  }
  if (c0 !== 0) return 0;
  if (c1 !== 0) return 1;
  if (c2 !== 0) return 2;
  if (c3 !== 0) return 3;
  return c4 !== 0 ? 4 : -1;
}

/**
 * adamLoop for a `linked` chain (see adamChain): the corrections and the step take the values
 * just computed instead of reading them back from the arrays (refs 7, 9, 12 and 13, not loaded).
 */
function adamLinkedLoop(
  start: number,
  end: number,
  refs: readonly Ref[],
  slots: Int32Array,
  value: (slot: number) => number,
): number {
  // `buf` is read at every call: the weights' array is the caller's, set at each step.
  // Element by element, not destructured from a mapped array: no allocation per block.
  const m = refs[0]!.buf;
  const ma = refs[1]!.buf;
  const mb = refs[2]!.buf;
  const s = refs[3]!.buf;
  const sa = refs[4]!.buf;
  const sb = refs[5]!.buf;
  const mh = refs[6]!.buf;
  const sh = refs[8]!.buf;
  const w = refs[10]!.buf;
  const x = refs[11]!.buf;
  const a1 = value(slots[0]!);
  const b1 = value(slots[1]!);
  const a2 = value(slots[2]!);
  const b2 = value(slots[3]!);
  const k1 = value(slots[4]!);
  const k2 = value(slots[5]!);
  const lr = value(slots[6]!);
  const eps = value(slots[7]!);
  // One sum per statement (x * 0 is 0 for finite x, NaN otherwise), to name the first that failed.
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  let c4 = 0;
  for (let i = start; i < end; i++) {
    const r0 = a1 * ma[i]! + b1 * mb[i]!;
    m[i] = r0;
    c0 += r0 * 0;
    const bi = sb[i]!;
    const r1 = a2 * sa[i]! + b2 * (bi * bi);
    s[i] = r1;
    c1 += r1 * 0;
    const r2 = r0 / k1;
    mh[i] = r2;
    c2 += r2 * 0;
    const r3 = r1 / k2;
    sh[i] = r3;
    c3 += r3 * 0;
    const r4 = x[i]! - (lr * r2) / (Math.sqrt(r3) + eps);
    w[i] = r4;
    c4 += r4 * 0;
  }
  if (c0 !== 0) return 0;
  if (c1 !== 0) return 1;
  if (c2 !== 0) return 2;
  if (c3 !== 0) return 3;
  return c4 !== 0 ? 4 : -1;
}
