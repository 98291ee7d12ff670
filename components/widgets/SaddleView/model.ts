/**
 * How long a 2-D run lingers near a point (a saddle): the number of steps 0..upTo whose point lies
 * within `radius` of `centre`. `points` is the flattened path [x0, y0, x1, y1, ...].
 */
export function stepsNear(points: ArrayLike<number>, centre: readonly number[], radius: number, upTo: number): number {
  const n = Math.min(upTo + 1, Math.floor(points.length / 2));
  let count = 0;
  for (let k = 0; k < n; k++) {
    const dx = points[2 * k]! - centre[0]!;
    const dy = points[2 * k + 1]! - centre[1]!;
    if (dx * dx + dy * dy <= radius * radius) count++;
  }
  return count;
}

/**
 * Near the saddle of f = x² + ¼(y² − 1)², f ≈ x² − ½y², so gradient descent multiplies y by
 * (1 + α) per step: from a distance ε off the ridge it takes about ln(r/ε) / ln(1 + α) steps
 * to get r away. The estimate the widget states.
 */
export const escapeSteps = (epsilon: number, lr: number, r = 0.5): number =>
  Math.max(0, Math.ceil(Math.log(r / epsilon) / Math.log(1 + lr)));

/**
 * The first step 0..upTo at which |y| reaches `r` (the run has left the saddle, half-way to a
 * minimum): what `escapeSteps` estimates, measured on the run. Null if it has not happened yet.
 * The estimate counts from y = ε at the saddle; the run also spends steps sliding in from its
 * start x and leaves the linear regime near |y| = 0.5, so the two differ by a few steps.
 */
export function escapeStep(points: ArrayLike<number>, upTo: number, r = 0.5): number | null {
  const n = Math.min(upTo + 1, Math.floor(points.length / 2));
  for (let k = 0; k < n; k++) if (Math.abs(points[2 * k + 1]!) >= r) return k;
  return null;
}
