/**
 * Axis domains that move in steps. A chart whose axes followed its data exactly (a loss curve's
 * lowest value, a run's last step) had a new domain on every slider step and every played frame,
 * so its whole Plot (axes, grid, ticks) was rebuilt each time. Rounded out to "nice" values (1, 2
 * or 5 × 10^k), the domain stays the same for most inputs, and only the overlay over the axes
 * moves (OverlayFigure); the axes are redrawn when the data crosses a step.
 */

const ladder = [1, 2, 5] as const;

/** m × 10^e, written from its decimal form so that 0.1, 0.2, 0.5 come out exact (10 ** -1 does not). */
const nice = (m: number, e: number): number => Number(`${m}e${e}`);

/** The smallest 1, 2 or 5 × 10^k at or above `v` (a positive, finite number); `v` otherwise. */
export function niceCeil(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return v;
  // log10 may land a hair off a power of ten: starting a decade low finds the right one anyway.
  const e = Math.floor(Math.log10(v)) - 1;
  for (let k = e; k <= e + 2; k++) for (const m of ladder) if (nice(m, k) >= v) return nice(m, k);
  return v;
}

/** The largest 1, 2 or 5 × 10^k at or below `v` (a positive, finite number); `v` otherwise. */
export function niceFloor(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return v;
  const e = Math.floor(Math.log10(v)) + 1;
  for (let k = e; k >= e - 2; k--)
    for (let i = ladder.length - 1; i >= 0; i--) if (nice(ladder[i]!, k) <= v) return nice(ladder[i]!, k);
  return v;
}

/** The smallest and largest positive, finite values (what a log axis can place), or null when there is none. */
export function positiveExtent(values: Iterable<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values)
    if (v > 0 && Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  return lo <= hi ? [lo, hi] : null;
}

/** The smallest and largest finite values (what a linear axis can place), or null when there is none. */
export function finiteExtent(values: Iterable<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values)
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * A log axis's domain holding `[lo, hi]`, each end moved out to a nice value (at most 2.5 × away),
 * never a single value (a flat line gets the nice values either side of it).
 */
export function steppedLogDomain([lo, hi]: readonly [number, number]): [number, number] {
  let from = niceFloor(Math.min(lo, hi));
  let to = niceCeil(Math.max(lo, hi));
  if (from === to) {
    from = niceFloor(from * (1 - 1e-9));
    to = niceCeil(to * (1 + 1e-9));
  }
  return [from, to];
}

/**
 * The top of a linear axis from 0 holding `v`: `v` rounded up to the next tenth of the nice value
 * above it (0.2179 to 0.25, 0.3122 to 0.35, 1.37 to 1.4), so that a top which drifts by a few
 * percent with a slider key stays where it is for most keys, with at most a quarter of headroom.
 * A value that is not positive and finite is returned as it is.
 */
export function steppedTop(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return v;
  const unit = niceCeil(v) / 10;
  // A hair under a whole number of units (0.25 / 0.05) is that number, not the next.
  return Number((Math.ceil(v / unit - 1e-9) * unit).toPrecision(12));
}

/**
 * A linear axis's domain holding `[lo, hi]`, of any sign: each end moved out to a whole number of
 * units, a unit being a tenth of the nice value at or above the larger magnitude (−2.2 and 1.6:
 * 5 / 10 = 0.5, so −2.5 to 2). Ends that drift a little with a slider key keep the same domain for
 * most keys, so the axes are not redrawn (OverlayFigure), with at most a unit of room at either
 * end. Equal ends get a unit either side; [−1, 1] when both are 0; ends that are not finite are
 * returned as they are.
 */
export function steppedExtent([lo, hi]: readonly [number, number]): [number, number] {
  const from = Math.min(lo, hi);
  const to = Math.max(lo, hi);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return [lo, hi];
  const size = Math.max(Math.abs(from), Math.abs(to));
  if (size === 0) return [-1, 1];
  const unit = niceCeil(size) / 10;
  const exact = (v: number) => Number(v.toPrecision(12));
  // A hair past a whole number of units is that number, not the next (as steppedTop).
  const bottom = exact(Math.floor(from / unit + 1e-9) * unit);
  const top = exact(Math.ceil(to / unit - 1e-9) * unit);
  return bottom === top ? [exact(bottom - unit), exact(top + unit)] : [bottom, top];
}
