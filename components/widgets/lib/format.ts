/**
 * Below this size a value reads "≈ 0": −5.93×10⁻²²² is zero to a reader. Rounding errors of
 * float64 (about 10⁻¹⁶ on values near 1) stay visible: a widget comparing two forms reports them.
 */
export const negligible = 1e-20;

/** The minus sign (U+2212), as in the chapters' typeset formulas, never a hyphen. */
const minus = '\u2212';

/**
 * Number formatting for widgets. Whatever the engine hands over, a reader never sees "NaN",
 * "Infinity" or "undefined": non-finite values are written in words. Negative numbers carry a true
 * minus sign (so "w = −0.42" matches "−10¹²" and the formulas), values below `negligible` in
 * size read "≈ 0", and powers of ten are written 3.2×10⁵, never 3.2e5.
 */
export function fmt(value: number | undefined | null, digits = 3): string {
  if (value === undefined || value === null || Number.isNaN(value)) return 'not defined';
  if (value === Infinity) return 'too large to show';
  if (value === -Infinity) return 'too large (negative) to show';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs < negligible) return '≈ 0';
  const sign = value < 0 ? minus : '';
  if (abs >= 1e5 || abs < 1e-3) {
    const [mantissa = '0', exponent = '0'] = abs.toExponential(Math.max(0, digits - 1)).split('e');
    return `${sign}${mantissa.replace(/\.?0+$/, '')}×10${superscript(Number(exponent))}`;
  }
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
  const rounded = Number(abs.toFixed(Math.min(decimals, 8)));
  // Rounding can reach the next power of ten (99999.7 -> 100000): write that in the same style.
  return rounded >= 1e5 ? fmt(value < 0 ? -rounded : rounded, digits) : `${sign}${rounded.toString()}`;
}

/** A power of ten for prose, "10¹²" for 1e12, "−10¹²" for -1e12 (the divergence limits). */
export function powerOfTen(value: number): string {
  const exponent = Math.round(Math.log10(Math.abs(value)));
  return `${value < 0 ? minus : ''}10${superscript(exponent)}`;
}

const superDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
function superscript(n: number): string {
  const body = String(Math.abs(n))
    .split('')
    .map((d) => superDigits[Number(d)] ?? d)
    .join('');
  return (n < 0 ? '⁻' : '') + body;
}

/** Clamps to [min, max]; a non-finite input becomes `fallback`. */
export function clamp(value: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

/**
 * Powers of ten written the engine's way in a sentence ("exceeded 1e12", "below -1e12") typeset
 * for readers ("exceeded 10¹²", "below −10¹²"); other text is left as it is.
 */
export function typesetPowers(sentence: string): string {
  return sentence.replace(/(?<![\w.])(-?)1e(\d+)\b/g, (_, sign: string, exponent: string) =>
    powerOfTen(Number(`${sign}1e${exponent}`)),
  );
}
