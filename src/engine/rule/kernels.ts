/**
 * The loops a compiled rule runs: one small function per operation and operand shape, each a
 * plain loop over a block of a typed array. `out[oo + j] = a[ao + j] op b[bo + j]` for j < len:
 * an operand is a state array (offset = the block's start) or a block-sized scratch array
 * (offset 0). Every call site sees only Float64Arrays, so each loop stays monomorphic and fast;
 * no closure is created while a rule runs (see compile.ts).
 *
 * Writing `out` in place of an input is safe: element j is read before it is written.
 */
import { exp, log } from '../math/index.ts';

export type Vec = Float64Array;
export type BinaryVV = (out: Vec, oo: number, a: Vec, ao: number, b: Vec, bo: number, len: number) => void;
export type BinaryVS = (out: Vec, oo: number, a: Vec, ao: number, s: number, len: number) => void;
export type BinarySV = (out: Vec, oo: number, s: number, b: Vec, bo: number, len: number) => void;
export type Unary = (out: Vec, oo: number, a: Vec, ao: number, len: number) => void;
export type BinaryOp = '+' | '-' | '*' | '/' | '^' | 'min' | 'max';
export type UnaryOp = 'neg' | 'sqrt' | 'abs' | 'exp' | 'log' | 'sign' | 'square' | 'copy';

/** The scalar meaning of each operation: what the loops compute element by element. */
export const scalarBinary: Readonly<Record<BinaryOp, (a: number, b: number) => number>> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '^': (a, b) => a ** b,
  min: Math.min,
  max: Math.max,
};

export const scalarUnary: Readonly<Record<UnaryOp, (a: number) => number>> = {
  neg: (a) => -a,
  sqrt: Math.sqrt,
  abs: Math.abs,
  exp: exp,
  log: log,
  sign: Math.sign,
  square: (a) => a * a,
  copy: (a) => a,
};

export const vv: Readonly<Record<BinaryOp, BinaryVV>> = {
  '+': (out, oo, a, ao, b, bo, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = a[ao + j]! + b[bo + j]!;
  },
  '-': (out, oo, a, ao, b, bo, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = a[ao + j]! - b[bo + j]!;
  },
  '*': (out, oo, a, ao, b, bo, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = a[ao + j]! * b[bo + j]!;
  },
  '/': (out, oo, a, ao, b, bo, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = a[ao + j]! / b[bo + j]!;
  },
  '^': (out, oo, a, ao, b, bo, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = a[ao + j]! ** b[bo + j]!;
  },
  min: (out, oo, a, ao, b, bo, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = Math.min(a[ao + j]!, b[bo + j]!);
  },
  max: (out, oo, a, ao, b, bo, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = Math.max(a[ao + j]!, b[bo + j]!);
  },
};

/** `a op s`; for + * min max (commutative, bit for bit) also `s op a`. */
export const vs: Readonly<Record<BinaryOp, BinaryVS>> = {
  '+': (out, oo, a, ao, s, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = a[ao + j]! + s;
  },
  '-': (out, oo, a, ao, s, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = a[ao + j]! - s;
  },
  '*': (out, oo, a, ao, s, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = a[ao + j]! * s;
  },
  '/': (out, oo, a, ao, s, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = a[ao + j]! / s;
  },
  '^': (out, oo, a, ao, s, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = a[ao + j]! ** s;
  },
  min: (out, oo, a, ao, s, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = Math.min(a[ao + j]!, s);
  },
  max: (out, oo, a, ao, s, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = Math.max(a[ao + j]!, s);
  },
};

/** `s op b` for the operations that are not commutative. */
export const sv: Readonly<Record<'-' | '/' | '^', BinarySV>> = {
  '-': (out, oo, s, b, bo, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = s - b[bo + j]!;
  },
  '/': (out, oo, s, b, bo, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = s / b[bo + j]!;
  },
  '^': (out, oo, s, b, bo, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = s ** b[bo + j]!;
  },
};

export const unary: Readonly<Record<UnaryOp, Unary>> = {
  neg: (out, oo, a, ao, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = -a[ao + j]!;
  },
  sqrt: (out, oo, a, ao, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = Math.sqrt(a[ao + j]!);
  },
  abs: (out, oo, a, ao, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = Math.abs(a[ao + j]!);
  },
  exp: (out, oo, a, ao, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = exp(a[ao + j]!);
  },
  log: (out, oo, a, ao, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = log(a[ao + j]!);
  },
  sign: (out, oo, a, ao, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = Math.sign(a[ao + j]!);
  },
  square: (out, oo, a, ao, len) => {
    for (let j = 0; j < len; j++) {
      const x = a[ao + j]!;
      out[oo + j] = x * x;
    }
  },
  copy: (out, oo, a, ao, len) => {
    for (let j = 0; j < len; j++) out[oo + j] = a[ao + j]!;
  },
};

export function fill(out: Vec, oo: number, s: number, len: number): void {
  for (let j = 0; j < len; j++) out[oo + j] = s;
}

/**
 * True when every value in the block is finite (x * 0 is 0 for finite x, NaN otherwise). Four
 * sums, not one: a single sum makes every addition wait for the previous one (and a test per value
 * measured slower still), and this check runs after every statement on every block.
 */
export function blockFinite(a: Vec, ao: number, len: number): boolean {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < len; j += 4) {
    s0 += a[ao + j]! * 0;
    s1 += a[ao + j + 1]! * 0;
    s2 += a[ao + j + 2]! * 0;
    s3 += a[ao + j + 3]! * 0;
  }
  for (; j < len; j++) s0 += a[ao + j]! * 0;
  return s0 + s1 + s2 + s3 === 0;
}

// The superinstructions of fuse.ts. `out` may be one of the inputs, as above. Each returns
// whether every value it wrote is finite (x * 0 is 0 for finite x, NaN otherwise): checked here,
// while the value is in a register, the check costs almost nothing, where a second pass over the
// block cost a third of the rule's time.

/** out = sa * a + sb * b */
export function lin2(
  out: Vec,
  oo: number,
  sa: number,
  a: Vec,
  ao: number,
  sb: number,
  b: Vec,
  bo: number,
  len: number,
): boolean {
  let check = 0;
  for (let j = 0; j < len; j++) {
    const v = sa * a[ao + j]! + sb * b[bo + j]!;
    out[oo + j] = v;
    check += v * 0;
  }
  return check === 0;
}

/** out = sa * a + sb * (b * b) */
export function lin2sq(
  out: Vec,
  oo: number,
  sa: number,
  a: Vec,
  ao: number,
  sb: number,
  b: Vec,
  bo: number,
  len: number,
): boolean {
  let check = 0;
  for (let j = 0; j < len; j++) {
    const bj = b[bo + j]!;
    const v = sa * a[ao + j]! + sb * (bj * bj);
    out[oo + j] = v;
    check += v * 0;
  }
  return check === 0;
}

/** out = x - (s * v) / (sqrt(c) + eps) */
export function divStep(
  out: Vec,
  oo: number,
  x: Vec,
  xo: number,
  s: number,
  v: Vec,
  vo: number,
  c: Vec,
  co: number,
  eps: number,
  len: number,
): boolean {
  let check = 0;
  for (let j = 0; j < len; j++) {
    const r = x[xo + j]! - (s * v[vo + j]!) / (Math.sqrt(c[co + j]!) + eps);
    out[oo + j] = r;
    check += r * 0;
  }
  return check === 0;
}

/** out = x - (s / (sqrt(c) + eps)) * v */
export function mulStep(
  out: Vec,
  oo: number,
  x: Vec,
  xo: number,
  s: number,
  v: Vec,
  vo: number,
  c: Vec,
  co: number,
  eps: number,
  len: number,
): boolean {
  let check = 0;
  for (let j = 0; j < len; j++) {
    const r = x[xo + j]! - (s / (Math.sqrt(c[co + j]!) + eps)) * v[vo + j]!;
    out[oo + j] = r;
    check += r * 0;
  }
  return check === 0;
}

/** out = v * s */
export function scale(out: Vec, oo: number, v: Vec, vo: number, s: number, len: number): boolean {
  let check = 0;
  for (let j = 0; j < len; j++) {
    const r = v[vo + j]! * s;
    out[oo + j] = r;
    check += r * 0;
  }
  return check === 0;
}

/** out = v / s */
export function divide(out: Vec, oo: number, v: Vec, vo: number, s: number, len: number): boolean {
  let check = 0;
  for (let j = 0; j < len; j++) {
    const r = v[vo + j]! / s;
    out[oo + j] = r;
    check += r * 0;
  }
  return check === 0;
}
