import { createRng } from '../../../../src/engine/rng/index.ts';

/**
 * What the math tests share: a port must give exactly `Math.*`'s bits under Node (V8's fdlibm) on
 * every argument tried. Each check reports how many results differ and the first few, so that a
 * failure names its arguments.
 */
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const big = new BigInt64Array(bits.buffer);

export interface Mismatches {
  count: number;
  examples: string[];
}

export function mismatches(
  port: (x: number) => number,
  node: (x: number) => number,
  xs: ArrayLike<number>,
): Mismatches {
  let count = 0;
  const examples: string[] = [];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const ours = port(x);
    const expected = node(x);
    if (!Object.is(ours, expected)) {
      count++;
      if (examples.length < 5) examples.push(`f(${x}) = ${ours}, Math ${expected}`);
    }
  }
  return { count, examples };
}

/** The doubles within `radius` ulps of |x| (and x), with both signs. */
export function around(x: number, radius: number): number[] {
  const out: number[] = [];
  bits[0] = Math.abs(x);
  const center = big[0]!;
  for (let d = -radius; d <= radius; d++) {
    big[0] = center + BigInt(d);
    if (bits[0] >= 0) out.push(bits[0], -bits[0]);
  }
  return out;
}

/** ±2000 ulps around each threshold. */
export function aroundAll(thresholds: number[], radius = 2000): Float64Array {
  return Float64Array.from(thresholds.flatMap((x) => around(x, radius)));
}

/** The double whose high word is `high` (fdlibm's thresholds), low word 0. */
export function fromHigh(high: number): number {
  words[1] = high;
  words[0] = 0;
  return bits[0]!;
}

/**
 * n arguments: a quarter any bit pattern (NaNs, infinities, subnormals, huge values), a quarter
 * spread evenly over the exponents 2^(lo..hi), half uniform in [-span, span] (the course's range).
 */
export function randomArguments(seed: number, n: number, lo: number, hi: number, span: number): Float64Array {
  const rng = createRng(seed);
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const kind = i & 3;
    if (kind === 0) {
      words[0] = rng.int(2 ** 32);
      words[1] = rng.int(2 ** 32);
      xs[i] = bits[0]!;
    } else if (kind === 1) {
      xs[i] = (rng.next() < 0.5 ? -1 : 1) * (1 + rng.next()) * 2 ** (lo + rng.int(hi - lo + 1));
    } else {
      xs[i] = (2 * rng.next() - 1) * span;
    }
  }
  return xs;
}

/** n subnormal and tiny arguments (high word below `high`), both signs. */
export function tinyArguments(seed: number, n: number, high: number): Float64Array {
  const rng = createRng(seed);
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    words[1] = rng.int(high);
    words[0] = rng.int(2 ** 32);
    xs[i] = (i & 1) === 0 ? bits[0]! : -bits[0]!;
  }
  return xs;
}

export const SPECIALS = [
  0,
  -0,
  Infinity,
  -Infinity,
  NaN,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  1,
  -1,
];
export const NONE: Mismatches = { count: 0, examples: [] };
