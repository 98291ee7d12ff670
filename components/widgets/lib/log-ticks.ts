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
 * At least this many px (of the figure as drawn) between two labelled ticks of a logarithmic axis:
 * a line of 11–12 px text and a gap.
 */
export const logTickSpacing = 18;

/**
 * The ticks of a logarithmic axis over `domain`: 1, 2 and 5 times each power of ten when it spans
 * at most two decades, else the powers of ten alone. Plot's own pick for one decade (0.1, 0.2,
 * 0.3, 0.4, 0.5, 1) puts 0.3, 0.4 and 0.5 a few pixels apart at the top of a short chart, where
 * their labels touch on a phone. Over more decades, when more powers of ten are in the domain
 * than fit in `height` px (the plot area's, `logTickSpacing` apart), only every k-th is kept, those
 * whose exponent is a multiple of k (so 1 stays): the Race's loss chart on Himmelblau spans 10⁻¹⁶
 * to 1000, and its twenty labels in 160 px ran into each other.
 */
export function sparseLogTicks([lo, hi]: readonly [number, number], height = Infinity): number[] {
  const from = Math.floor(Math.log10(Math.min(lo, hi)) + 1e-9);
  const to = Math.ceil(Math.log10(Math.max(lo, hi)) - 1e-9);
  const steps = to - from <= 2 ? [1, 2, 5] : [1];
  const fit = Math.max(2, Math.floor(height / logTickSpacing));
  const every = steps.length === 1 && to - from + 1 > fit ? Math.ceil((to - from + 1) / fit) : 1;
  const ticks: number[] = [];
  for (let e = from; e <= to; e++) {
    if (every > 1 && ((e % every) + every) % every !== 0) continue;
    for (const m of steps) {
      const v = Number((m * 10 ** e).toPrecision(6));
      if (v >= Math.min(lo, hi) * (1 - 1e-9) && v <= Math.max(lo, hi) * (1 + 1e-9)) ticks.push(v);
    }
  }
  return ticks;
}

/**
 * The ticks of a symlog axis (log of 1 + |v|, signed) over `domain`: 0 when inside it, then the
 * powers of ten, with 2 and 5 times them when the axis reaches less than one decade past its
 * first. Plot's own pick is linear (0, 1, 2, … 6), which the symlog squeezes together at the top:
 * 5 and 6 lie 8 % of the height apart, and their labels overlapped on a short chart.
 */
export function symlogTicks([lo, hi]: readonly [number, number]): number[] {
  const low = Math.min(lo, hi);
  const high = Math.max(lo, hi);
  const top = Math.max(Math.abs(low), Math.abs(high));
  if (!(top > 0) || !Number.isFinite(top)) return [0];
  const last = Math.floor(Math.log10(top) + 1e-9);
  // Below 1 the symlog is nearly linear: the ticks start at 1, or at the top's own decade under it.
  const first = Math.min(0, last);
  const steps = last === first ? [1, 2, 5] : [1];
  const ticks = new Set<number>();
  if (low <= 0 && high >= 0) ticks.add(0);
  for (let e = first; e <= last; e++)
    for (const m of steps)
      for (const sign of [1, -1]) {
        const v = sign * Number((m * 10 ** e).toPrecision(6));
        if (v >= low - 1e-9 * top && v <= high + 1e-9 * top) ticks.add(v);
      }
  // Outward from 0 (or from the tick nearest it), each tick at least a tenth of the axis from the
  // last one kept: over many decades 1 sits too close to 0 (log 2 against log 10 per decade).
  const symlog = (v: number) => Math.sign(v) * Math.log1p(Math.abs(v));
  const room = 0.1 * (symlog(high) - symlog(low));
  const outward = (side: number[]) => {
    const kept: number[] = [];
    for (const v of side) if (kept.length === 0 || Math.abs(symlog(v) - symlog(kept.at(-1)!)) >= room) kept.push(v);
    return kept;
  };
  const sorted = [...ticks].sort((a, b) => Math.abs(a) - Math.abs(b));
  const kept = [
    ...outward(sorted.filter((v) => v >= 0)),
    ...outward(sorted.filter((v) => v <= 0)).filter((v) => v !== 0),
  ];
  return kept.sort((a, b) => a - b);
}
