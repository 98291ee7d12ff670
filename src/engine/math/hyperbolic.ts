/**
 * sinh and cosh as V8 in Node 24 writes them for `Math.sinh` and `Math.cosh`
 * (v8/src/base/ieee754.cc: fdlibm's e_sinh.c and e_cosh.c on top of its exp and expm1, with V8's
 * overflow constants). With exp.ts's exp and expm1 they give Node's bits (hyperbolic.test.ts).
 *
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 */
import { highWord } from './bits.ts';
import { exp, expm1 } from './exp.ts';

const OVERFLOW = 710.4758600739439; // past it sinh and cosh overflow
const TWO_M28 = 3.725290298461914e-9; // 2^-28
const LOG_MAXD = 709.7822265625; // 0x40862E42 00000000

/** The hyperbolic sine. */
export function sinh(x: number): number {
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ax < 22) {
    if (ax < TWO_M28) return x;
    const t = expm1(ax);
    if (ax < 1) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < LOG_MAXD) return h * exp(ax);
  if (ax <= OVERFLOW) {
    const w = exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1e307; // ±Infinity, or NaN
}

/** The hyperbolic cosine. */
export function cosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3fd62e43) {
    // |x| < 0.5 ln2: 1 + expm1(|x|)^2 / (2 exp(|x|))
    const t = expm1(Math.abs(x));
    const w = 1 + t;
    if (ix < 0x3c800000) return w; // |x| < 2^-55
    return 1 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) {
    // |x| < 22
    const t = exp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(Math.abs(x));
  if (Math.abs(x) <= OVERFLOW) {
    const w = exp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}
