/**
 * Tick values for a logarithmic axis: the powers of ten between the smallest and largest positive
 * value, thinned to at most `max` ticks (every second, third... decade), so narrow figures stay legible.
 */
export function decadeTicks(values: Iterable<number>, max = 5): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v > 0 && Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (lo === Infinity) return [];
  const first = Math.ceil(Math.log10(lo) - 1e-9);
  const last = Math.floor(Math.log10(hi) + 1e-9);
  const count = last - first + 1;
  if (count < 1) return [];
  const every = Math.ceil(count / max);
  const ticks: number[] = [];
  for (let e = last; e >= first; e -= every) ticks.unshift(Number(`1e${e}`));
  return ticks;
}
