/**
 * The positions of a logarithmic slider. A log slider has a fixed number of positions, and the
 * value at a position is rarely a round number (between 0.488 and 0.502, say, there is no 0.5),
 * so a chapter that asks the reader to "set α = 0.5" would ask for something the slider cannot
 * do. Snap points fix that: at the position nearest to a snap value, the slider gives that value
 * exactly, and every other position keeps its usual value.
 */

/** Positions of a log slider from its minimum to its maximum. */
export const logPositions = 400;

/** Leading digits of the default snap values: 1, 1.2, 1.5, 2, 2.5, 3, … 9 times each power of ten. */
const snapDigits = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9] as const;

/** The default snap values of a log slider over [min, max]: the round numbers d × 10^k in range. */
export function defaultSnaps(min: number, max: number): number[] {
  const out: number[] = [];
  for (let k = Math.floor(Math.log10(min)); k <= Math.ceil(Math.log10(max)); k++) {
    for (const d of snapDigits) {
      const value = Number((d * 10 ** k).toPrecision(4));
      if (value >= min && value <= max) out.push(value);
    }
  }
  return out;
}

/** The slider position (0..positions) of a value. */
export function logPosition(value: number, min: number, max: number, positions = logPositions): number {
  return Math.round(((Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))) * positions);
}

/**
 * The value at a position: a snap value whose position this is (the nearest such one, in log
 * terms), else the position's own value rounded to 4 significant digits, clamped to [min, max].
 */
export function logValue(
  position: number,
  min: number,
  max: number,
  snaps: readonly number[] = defaultSnaps(min, max),
  positions = logPositions,
): number {
  const raw = 10 ** (Math.log10(min) + (position / positions) * (Math.log10(max) - Math.log10(min)));
  let snapped: number | null = null;
  for (const snap of snaps) {
    if (snap < min || snap > max || logPosition(snap, min, max, positions) !== position) continue;
    if (snapped === null || Math.abs(Math.log(snap / raw)) < Math.abs(Math.log(snapped / raw))) snapped = snap;
  }
  const value = snapped ?? Number(raw.toPrecision(4));
  return Math.min(max, Math.max(min, value));
}
