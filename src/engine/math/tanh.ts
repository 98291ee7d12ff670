/**
 * tanh from the four arithmetic operations only, so that every browser gives the same bits
 * (IEEE 754 rounds +, -, *, / and `Math.floor` exactly; the browsers' `Math.tanh` do not agree:
 * over 300,000 arguments Chromium 156 differed from Node 24 on 2,862, by up to 3 ulp).
 *
 * Two formulas, each where it is accurate, with one division each:
 *
 * $$
 * \tanh x = x + x^3\,\frac{P(x^2)}{Q(x^2)} \quad (|x| < 0.625), \qquad
 * \tanh |x| = 1 - \frac{2}{e^{2|x|} + 1} \quad (0.625 \le |x| < 22),
 * $$
 *
 * and tanh(±22 and beyond) = ±1 (the nearest double). Near 0, 1 - 2/(e^{2x} + 1) would subtract
 * two nearly equal numbers, so a rational function takes over there: P (degree 2) and Q (degree 3)
 * are Cephes's (Moshier, cephes/cmath/tanh.c, 1984). Above 0.625, e^{2|x|} = 2^k e^r with
 * k = round(2|x| / ln 2) and |r| <= ln 2 / 2, r taken in two parts as fdlibm's exp does (ln 2 =
 * LN2_HI + LN2_LO, k LN2_HI exact); e^r is its Taylor series to r^13 / 13!, whose next term is
 * below 2^-57 of it, evaluated in Estrin's order (pairs, then pairs of pairs: a shorter chain of
 * dependent operations than Horner's, so the processor works on several terms at once).
 *
 * Accuracy, against mpmath at 40 digits over 1.2 million arguments in (0, 22] (a grid of step
 * 2.75e-5, log-uniform magnitudes from 2^-30, 4,000 around each switch point of either code): at
 * most 1.65 ulp (just above 0.625), 0.23 ulp on average, 1.3 % of results more than half an ulp off.
 * fdlibm's tanh (what V8 and the previous version of this file ran) on the same arguments: at most
 * 2.06 ulp, 0.28 on average, 10.7 % more than half an ulp off. tanh.test.ts checks the bound on a
 * table of mpmath values (tests/golden/tanh.json), and that tanh(-x) = -tanh(x) exactly.
 *
 * Speed: about 5 ns per value on the MLP's pre-activations, against 11 for fdlibm's (two
 * divisions and a chain of about 40 dependent operations). The MLP runs tanhInPlace, with the
 * loop inside, so that no value crosses a function boundary (V8 would box a returned double).
 */

const LN2_HI = 6.9314718036912381649e-1; // 0x3FE62E42 FEE00000: trailing zeros, so k LN2_HI is exact
const LN2_LO = 1.90821492927058770002e-10; // 0x3DEA39EF 35793C76: ln 2 - LN2_HI
const INV_LN2 = 1.442695040888963387; // 1 / ln 2
// Cephes's tanh.c: tanh x = x + x^3 P(x^2) / Q(x^2) for |x| < 0.625 (Q's leading coefficient is 1),
// its 21-digit constants written as the doubles they round to.
const P0 = -1614.6876844170845;
const P1 = -99.28772310019185;
const P2 = -0.9643991794250523;
const Q0 = 4844.063053251255;
const Q1 = 2235.4883906010045;
const Q2 = 112.81167849163293;
const RATIONAL_BELOW = 0.625;
const ONE_BELOW = 22; // tanh(22) = 1 - 1.6e-19: 1 in double precision
const TWO_M28 = 2 ** -28; // below it tanh(x) = x to the last bit (and -0 stays -0)
// 1 / n!, the Taylor coefficients of e^r.
const C2 = 1 / 2;
const C3 = 1 / 6;
const C4 = 1 / 24;
const C5 = 1 / 120;
const C6 = 1 / 720;
const C7 = 1 / 5040;
const C8 = 1 / 40320;
const C9 = 1 / 362880;
const C10 = 1 / 3628800;
const C11 = 1 / 39916800;
const C12 = 1 / 479001600;
const C13 = 1 / 6227020800;

/** 2^k for the k met here, [0, 63] (2|x| < 44 gives k <= 63): doubling is exact. */
const POW2 = new Float64Array(64);
POW2[0] = 1;
for (let k = 1; k < 64; k++) POW2[k] = POW2[k - 1]! * 2;

/** a[i] <- tanh(a[i]) for the first n values. */
export function tanhInPlace(a: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const ax = Math.abs(x);
    if (ax < RATIONAL_BELOW) {
      if (ax < TWO_M28) continue; // tanh(tiny) = tiny; ±0 stay ±0
      const s = x * x;
      const p = (P2 * s + P1) * s + P0;
      const q = ((s + Q2) * s + Q1) * s + Q0;
      a[i] = x + x * s * (p / q); // odd in x: -x gives exactly the opposite
    } else if (ax < ONE_BELOW) {
      const u = 2 * ax;
      const k = Math.floor(u * INV_LN2 + 0.5);
      const r = u - k * LN2_HI - k * LN2_LO;
      const r2 = r * r;
      const r4 = r2 * r2;
      const e0to3 = 1 + r + (C2 + C3 * r) * r2;
      const e4to7 = C4 + C5 * r + (C6 + C7 * r) * r2;
      const e8to11 = C8 + C9 * r + (C10 + C11 * r) * r2;
      const e12to13 = C12 + C13 * r;
      const expR = e0to3 + e4to7 * r4 + (e8to11 + e12to13 * r4) * (r4 * r4);
      const z = 1 - 2 / (expR * POW2[k]! + 1);
      a[i] = x < 0 ? -z : z;
    } else if (ax >= ONE_BELOW) {
      a[i] = x < 0 ? -1 : 1; // NaN fails every test above and stays NaN
    }
  }
}

const single = new Float64Array(1);

/** tanh of one number (the same code): for tests and single values, not for loops. */
export function tanh(x: number): number {
  single[0] = x;
  tanhInPlace(single, 1);
  return single[0];
}
