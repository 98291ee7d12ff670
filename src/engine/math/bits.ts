/**
 * The 32-bit halves of a double, as fdlibm reads and writes them (its __HI and __LO). One shared
 * scratch double: the functions here are not re-entrant, and need not be (no callbacks).
 */
const scratch = new Float64Array(1);
const words = new Int32Array(scratch.buffer);
// Which half is the high word depends on the machine's byte order (little-endian everywhere we run).
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** The high 32 bits of x (sign, exponent, top 20 bits of the fraction), as a signed int. */
export function highWord(x: number): number {
  scratch[0] = x;
  return words[HI]!;
}

/** The low 32 bits of x, as an unsigned int. */
export function lowWord(x: number): number {
  scratch[0] = x;
  return words[LO]! >>> 0;
}

/** The double with high word `hi` and low word `lo`. */
export function fromWords(hi: number, lo: number): number {
  words[HI] = hi;
  words[LO] = lo;
  return scratch[0]!;
}

/** x with its high word replaced (fdlibm's SET_HIGH_WORD). */
export function withHighWord(x: number, hi: number): number {
  scratch[0] = x;
  words[HI] = hi;
  return scratch[0];
}
