/**
 * Number formatting for widgets. Whatever the engine hands over, a reader never sees "NaN",
 * "Infinity" or "undefined": non-finite values are written in words.
 */
export function fmt(value: number | undefined | null, digits = 3): string {
  if (value === undefined || value === null || Number.isNaN(value)) return 'not defined';
  if (value === Infinity) return 'too large to show';
  if (value === -Infinity) return 'too large (negative) to show';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e5 || abs < 1e-3) {
    const [mantissa = '0', exponent = '0'] = value.toExponential(Math.max(0, digits - 1)).split('e');
    return `${mantissa.replace(/\.?0+$/, '')}×10${superscript(Number(exponent))}`;
  }
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
  return Number(value.toFixed(Math.min(decimals, 8))).toString();
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
