/**
 * Long runs (up to 10,000 steps) shown on a logarithmic time axis: which steps to draw, and how
 * fast the cursor moves while playing, so that every decade takes about as long to play.
 */

/**
 * Step numbers 1..n to draw on a logarithmic time axis: every step up to 100, then about
 * `perDecade` per factor of ten, always including n and `extra` (the cursor) when in range.
 */
export function logSteps(n: number, perDecade = 120, extra?: number): number[] {
  const out = new Set<number>();
  for (let t = 1; t <= Math.min(n, 100); t++) out.add(t);
  if (n > 100) {
    const factor = 10 ** (1 / perDecade);
    for (let t = 100; t < n; t *= factor) out.add(Math.round(t));
    out.add(n);
  }
  if (extra !== undefined && extra >= 1 && extra <= n) out.add(extra);
  return [...out].sort((a, b) => a - b);
}

/** The next cursor position while playing (a StepPlayer `advance`): one step at a time at first, then ~8% of t per tick. */
export function nextPlayStep(t: number, last: number): number {
  return Math.min(last, Math.max(t + 1, Math.ceil(t * 1.08)));
}
