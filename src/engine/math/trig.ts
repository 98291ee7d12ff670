/**
 * sin and cos, step for step fdlibm's s_sin.c and s_cos.c with their kernels (k_sin.c, k_cos.c)
 * and argument reduction (e_rem_pio2.c) as V8 in Node 24 runs them for `Math.sin` and `Math.cos`
 * (v8/src/base/ieee754.cc). Same operations, same doubles, Node's bits in every browser
 * (trig.test.ts) for |x| <= 2^19 pi/2 (about 823,550). Beyond that fdlibm reduces the argument
 * with a multi-word 2/pi (k_rem_pio2.c), not ported: those arguments fall back to the browser's
 * `Math.sin` / `Math.cos`. No number of the course comes near them.
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
import { fromWords, highWord } from './bits.ts';

const S1 = -1.66666666666666324348e-1; // 0xBFC55555 55555549
const S2 = 8.33333333332248946124e-3; // 0x3F811111 1110F8A6
const S3 = -1.98412698298579493134e-4; // 0xBF2A01A0 19C161D5
const S4 = 2.75573137070700676789e-6; // 0x3EC71DE3 57B1FE7D
const S5 = -2.50507602534068634195e-8; // 0xBE5AE5E6 8A2B9CEB
const S6 = 1.58969099521155010221e-10; // 0x3DE5D93A 5ACFD57C

/** sin(x + y) for |x| <= pi/4, y the tail of x (iy = 0: no tail). */
function kernelSin(x: number, y: number, iy: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000 && (x | 0) === 0) return x; // |x| < 2^-27
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (iy === 0) return x + v * (S1 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

const C1 = 4.16666666666666019037e-2; // 0x3FA55555 5555554C
const C2 = -1.38888888888741095749e-3; // 0xBF56C16C 16C15177
const C3 = 2.48015872894767294178e-5; // 0x3EFA01A0 19CB1590
const C4 = -2.75573143513906633035e-7; // 0xBE927E4F 809C52AD
const C5 = 2.0875723212981748279e-9; // 0x3E21EE9E BDB4B1C4
const C6 = -1.13596475577881948265e-11; // 0xBDA8FAE9 BE8838D4

/** cos(x + y) for |x| <= pi/4, y the tail of x. */
function kernelCos(x: number, y: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000 && (x | 0) === 0) return 1; // |x| < 2^-27
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3fd33333) return 1 - (0.5 * z - (z * r - x * y)); // |x| < 0.3
  // qx = |x|/4 with its low word cleared, or 0.28125 above 0.78125: 1 - qx is exact.
  const qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0);
  const hz = 0.5 * z - qx;
  const a = 1 - qx;
  return a - (hz - (z * r - x * y));
}

const INV_PIO2 = 6.36619772367581382433e-1; // 0x3FE45F30 6DC9C883
const PIO2_1 = 1.57079632673412561417; // 0x3FF921FB 54400000: the first 33 bits of pi/2
const PIO2_1T = 6.07710050650619224932e-11; // 0x3DD0B461 1A626331: pi/2 - PIO2_1
const PIO2_2 = 6.0771005063039659766e-11; // 0x3DD0B461 1A600000: the next 33 bits
const PIO2_2T = 2.02226624879595063154e-21; // 0x3BA3198A 2E037073
const PIO2_3 = 2.0222662487111664558e-21; // 0x3BA3198A 2E000000: the next 33 bits
const PIO2_3T = 8.47842766036889956997e-32; // 0x397B839A 252049C1
/** High words of n pi/2 for n = 1..32: an |x| there may cancel in the first reduction. */
const NPIO2_HW = Int32Array.from({ length: 32 }, (_, n) => highWord((n + 1) * (Math.PI / 2)));

/** y0 + y1 = x - n pi/2, |y0| <= pi/4; returns n. For |x| <= 2^19 pi/2 only. */
const reduced = new Float64Array(2);
function remPio2(x: number, hx: number): number {
  const ix = hx & 0x7fffffff;
  if (ix < 0x4002d97c) {
    // |x| < 3pi/4: n = ±1
    let z: number;
    if (hx > 0) {
      z = x - PIO2_1;
      if (ix !== 0x3ff921fb) {
        reduced[0] = z - PIO2_1T;
        reduced[1] = z - reduced[0] - PIO2_1T;
      } else {
        z -= PIO2_2; // near pi/2: 33 + 33 + 53 bits of pi
        reduced[0] = z - PIO2_2T;
        reduced[1] = z - reduced[0] - PIO2_2T;
      }
      return 1;
    }
    z = x + PIO2_1;
    if (ix !== 0x3ff921fb) {
      reduced[0] = z + PIO2_1T;
      reduced[1] = z - reduced[0] + PIO2_1T;
    } else {
      z += PIO2_2;
      reduced[0] = z + PIO2_2T;
      reduced[1] = z - reduced[0] + PIO2_2T;
    }
    return -1;
  }
  const t = Math.abs(x);
  const n = (t * INV_PIO2 + 0.5) | 0;
  const fn = n;
  let r = t - fn * PIO2_1;
  let w = fn * PIO2_1T; // first round: good to 85 bits
  let y0 = r - w;
  if (!(n < 32 && ix !== NPIO2_HW[n - 1])) {
    const j = ix >> 20;
    let i = j - ((highWord(y0) >> 20) & 0x7ff);
    if (i > 16) {
      // second round: good to 118 bits
      let u = r;
      w = fn * PIO2_2;
      r = u - w;
      w = fn * PIO2_2T - (u - r - w);
      y0 = r - w;
      i = j - ((highWord(y0) >> 20) & 0x7ff);
      if (i > 49) {
        // third round: 151 bits
        u = r;
        w = fn * PIO2_3;
        r = u - w;
        w = fn * PIO2_3T - (u - r - w);
        y0 = r - w;
      }
    }
  }
  const y1 = r - y0 - w;
  if (hx < 0) {
    reduced[0] = -y0;
    reduced[1] = -y1;
    return -n;
  }
  reduced[0] = y0;
  reduced[1] = y1;
  return n;
}

const MEDIUM = 0x413921fb; // high word of 2^19 pi/2: the ported reduction's limit

/** The sine, as Node's `Math.sin`. */
export function sin(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelSin(x, 0, 0); // |x| <= pi/4
  if (ix >= 0x7ff00000) return x - x; // NaN, ±Infinity
  if (ix > MEDIUM) return Math.sin(x);
  const n = remPio2(x, hx);
  const y0 = reduced[0]!;
  const y1 = reduced[1]!;
  switch (n & 3) {
    case 0:
      return kernelSin(y0, y1, 1);
    case 1:
      return kernelCos(y0, y1);
    case 2:
      return -kernelSin(y0, y1, 1);
    default:
      return -kernelCos(y0, y1);
  }
}

/** The cosine, as Node's `Math.cos`. */
export function cos(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelCos(x, 0);
  if (ix >= 0x7ff00000) return x - x;
  if (ix > MEDIUM) return Math.cos(x);
  const n = remPio2(x, hx);
  const y0 = reduced[0]!;
  const y1 = reduced[1]!;
  switch (n & 3) {
    case 0:
      return kernelCos(y0, y1);
    case 1:
      return -kernelSin(y0, y1, 1);
    case 2:
      return -kernelCos(y0, y1);
    default:
      return kernelSin(y0, y1, 1);
  }
}
