/**
 * tanh in JavaScript, step for step the fdlibm routines (Sun Microsystems, 1993) that Node's V8
 * runs for `Math.tanh` (v8/src/base/ieee754.cc: s_tanh.c with its expm1, s_expm1.c, FreeBSD's
 * copies). The same operations on the same doubles in the same order give the same bits:
 * tanh.test.ts compares it with `Math.tanh` on random arguments of every exponent, within 2000
 * ulps of every threshold of the code and on the special values (a one-off run over 2^24 random
 * arguments, when it was written, found no difference either).
 *
 * Why: the browsers do not agree with Node. Over the same 300,000 arguments, Firefox 153's
 * `Math.tanh` (SpiderMonkey's own fdlibm copy) gave Node 24's bits every time, and Chromium 156's
 * differed on 2,862 (up to 3 ulp: it does not return x below 2^-28, and 67 differ in [2^-6, 2));
 * this function gave Node's bits in both. The MLP runs tanhInPlace, with the loop inside, so that
 * no value crosses a function boundary. It is not faster than `Math.tanh`: both run the same
 * chain of about 40 dependent operations, two of them divisions.
 *
 * fdlibm tests the high 32 bits of a double against constants; for a threshold whose low 32 bits
 * are zero, `high word of |x| < H` is the same test as `|x| < (H as a double)`, so the tests below
 * compare numbers instead of reading bits. 2^k comes from a table built by doubling.
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

/** The double whose high 32 bits are `high` and low 32 bits zero: fdlibm's thresholds. */
function fromHighWord(high: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setUint32(0, high);
  return view.getFloat64(0);
}

const LN2_HI = 6.9314718036912381649e-1; // 0x3FE62E42 FEE00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3DEA39EF 35793C76
const INV_LN2 = 1.442695040888963387; // 0x3FF71547 652B82FE
// The polynomial of expm1's rational approximation on [0, 0.5 ln2] (fdlibm's Qn, scaled by 2^n).
const Q1 = -3.33333333333331316428e-2; // 0xBFA11111 111110F4
const Q2 = 1.58730158725481460165e-3; // 0x3F5A01A0 19FE5585
const Q3 = -7.93650757867487942473e-5; // 0xBF14CE19 9EAADBB7
const Q4 = 4.00821782732936239552e-6; // 0x3ED0CFCA 86E65239
const Q5 = -2.01099218183624371326e-7; // 0xBE8AFDB7 6E09C32D
const TINY = 1e-300;
const TWO_M28 = fromHighWord(0x3e300000); // 2^-28: below it tanh(x) is x
const HALF_LN2_ABOVE = fromHighWord(0x3fd62e43); // expm1 reduces arguments from here (~0.5 ln2)
const THREE_HALVES_LN2 = fromHighWord(0x3ff0a2b2); // ~1.5 ln2: below it k is ±1

/** 2^k for the k that expm1 meets here, [-63, 63] (POW2[k + 63]): doubling and halving are exact. */
const POW2 = new Float64Array(127);
POW2[63] = 1;
for (let k = 1; k <= 63; k++) {
  POW2[63 + k] = POW2[62 + k]! * 2;
  POW2[63 - k] = POW2[64 - k]! * 0.5;
}

/**
 * a[i] <- tanh(a[i]) for the first n values, as fdlibm's s_tanh.c computes it, with its expm1
 * (s_expm1.c) written out for the two ranges tanh calls it on. The loop is here, around the
 * code, so that no value crosses a function boundary (V8 would box a returned double).
 */
export function tanhInPlace(a: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const ax = Math.abs(x);
    if (!(ax < 22)) {
      // tanh(±22 and beyond) = ±1 (fdlibm: 1 - tiny, with inexact); NaN stays NaN.
      if (ax >= 22) a[i] = x > 0 ? 1 - TINY : -(1 - TINY);
      continue;
    }
    if (ax < TWO_M28) continue; // tanh(tiny) = tiny; ±0 stay ±0
    // t = expm1(u) with u = 2|x| for |x| >= 1 and u = -2|x| below: tanh = 1 - 2/(t+2) or -t/(t+2).
    // expm1 reduces u = k ln2 + r (|r| <= 0.5 ln2, r = hi - lo, with c the rounding of that
    // difference) and approximates expm1(r) by a rational function of r.
    const big = ax >= 1;
    const u = big ? 2 * ax : -2 * ax;
    let k = 0;
    let r = u;
    let c = 0;
    if (big || ax * 2 >= HALF_LN2_ABOVE) {
      let hi: number;
      let lo: number;
      if (!big && ax * 2 < THREE_HALVES_LN2) {
        k = -1;
        hi = u + LN2_HI;
        lo = -LN2_LO;
      } else {
        k = (INV_LN2 * u + (big ? 0.5 : -0.5)) | 0; // C's conversion truncates toward zero, as | 0 does
        hi = u - k * LN2_HI; // exact: LN2_HI has trailing zeros
        lo = k * LN2_LO;
      }
      r = hi - lo;
      c = hi - r - lo;
    }
    const hfx = 0.5 * r;
    const hxs = r * hfx;
    const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    const q = 3 - r1 * hfx;
    let e = hxs * ((r1 - q) / (6 - r * q));
    let t: number;
    if (k === 0) {
      t = r - (r * e - hxs);
    } else {
      e = r * (e - c) - c;
      e -= hxs;
      if (k === -1) t = 0.5 * (r - e) - 0.5;
      else if (k <= -2 || k > 56) t = (1 - (e - r)) * POW2[k + 63]! - 1;
      else if (k < 20) t = (1 - POW2[63 - k]! - (e - r)) * POW2[k + 63]!;
      else t = (r - (e + POW2[63 - k]!) + 1) * POW2[k + 63]!;
    }
    const z = big ? 1 - 2 / (t + 2) : -t / (t + 2);
    a[i] = x > 0 ? z : -z;
  }
}

const single = new Float64Array(1);

/** tanh of one number (the same code): for tests and single values, not for loops. */
export function tanh(x: number): number {
  single[0] = x;
  tanhInPlace(single, 1);
  return single[0];
}
