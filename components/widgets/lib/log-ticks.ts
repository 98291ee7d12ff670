/**
 * Tick labels for a logarithmic axis that stay short: plain numbers from 0.001 to 99,999
 * ("0.01", "100"), powers of ten outside that range ("10⁻⁶", "10⁵"), so a narrow chart's left
 * margin never cuts a label like "0.000001". Ticks that are not powers of ten outside the
 * range are written as mantissa × power ("2×10⁻⁶").
 */
const superscripts: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};
const sup = (n: number): string => String(n).replace(/[-0-9]/g, (c) => superscripts[c] ?? c);

export function logTickFormat(value: number): string {
  if (!Number.isFinite(value) || value === 0) return '';
  const size = Math.abs(value);
  if (size >= 1e-3 && size < 1e5) return String(Number(value.toPrecision(3)));
  const exponent = Math.floor(Math.log10(size) + 1e-9);
  const mantissa = Number((value / 10 ** exponent).toPrecision(2));
  return mantissa === 1 ? `10${sup(exponent)}` : `${mantissa}×10${sup(exponent)}`;
}

/**
 * The ticks of a logarithmic axis over `domain`: 1, 2 and 5 times each power of ten when it spans
 * at most two decades, else the powers of ten alone. Plot's own pick for one decade (0.1, 0.2,
 * 0.3, 0.4, 0.5, 1) puts 0.3, 0.4 and 0.5 a few pixels apart at the top of a short chart, where
 * their labels touch on a phone.
 */
export function sparseLogTicks([lo, hi]: readonly [number, number]): number[] {
  const from = Math.floor(Math.log10(Math.min(lo, hi)) + 1e-9);
  const to = Math.ceil(Math.log10(Math.max(lo, hi)) - 1e-9);
  const steps = to - from <= 2 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let e = from; e <= to; e++)
    for (const m of steps) {
      const v = Number((m * 10 ** e).toPrecision(6));
      if (v >= Math.min(lo, hi) * (1 - 1e-9) && v <= Math.max(lo, hi) * (1 + 1e-9)) ticks.push(v);
    }
  return ticks;
}
