/**
 * Momentum on a quadratic, one eigendirection at a time: the analysis of Polyak (1964) as Goh's
 * "Why Momentum Really Works" (Distill, 2017) presents it.
 *
 * On a quadratic whose curvatures (the Hessian's eigenvalues) lie in [λ_min, λ_max], the course's
 * heavy ball (`src/engine/optim/momentum.ts`: v_t = μ v_{t-1} + α g_t, w_t = w_{t-1} − v_t) moves
 * each eigendirection on its own. With x the coordinate along a direction of curvature λ (measured
 * from the minimum), g = λ x and
 *
 * $$
 * \begin{pmatrix} v_t \\ x_t \end{pmatrix} =
 * \underbrace{\begin{pmatrix} \mu & \alpha\lambda \\ -\mu & 1 - \alpha\lambda \end{pmatrix}}_{M(\lambda)}
 * \begin{pmatrix} v_{t-1} \\ x_{t-1} \end{pmatrix},
 * $$
 *
 * so the error along that direction shrinks like ρ(M)^t, ρ the spectral radius. M has trace
 * 1 + μ − αλ and determinant μ (PyTorch's form, b_t = μ b_{t-1} + g_t, has the same eigenvalues at a
 * constant α, so everything here holds for it too). Its eigenvalues are complex exactly when
 * μ > (1 − √(αλ))²: the direction then spirals in at the rate √μ whatever λ is ("underdamped");
 * below that line they are real ("overdamped"), and on it the two coincide ("critically damped"),
 * the fastest μ for that direction at that α.
 *
 * The rate of the whole quadratic is the slowest direction's. ρ is non-increasing in λ up to the
 * complex band and non-decreasing after it, so the slowest direction is always λ_min or λ_max. Tuned,
 * α* = (2 / (√λ_min + √λ_max))² and μ* = ((√κ − 1)/(√κ + 1))², κ = λ_max/λ_min, put both ends on the
 * edge of the complex band, with the rate (√κ − 1)/(√κ + 1); the best gradient descent can do, at
 * α = 2/(λ_min + λ_max), is (κ − 1)/(κ + 1). Hence the √κ speed-up of the heavy ball on a quadratic.
 */
import { log } from '../math/index.ts';

/** The iteration matrix M(λ) row by row: [[a, b], [c, d]] maps (v, x) at t − 1 to (v, x) at t. */
export interface IterationMatrix {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

/** How one eigendirection behaves (see the module comment). */
export type Damping = 'overdamped' | 'critical' | 'underdamped' | 'alternating' | 'diverges';

/** Tolerance on μ within which a direction counts as critically damped (sliders move μ by 0.01). */
export const criticalTolerance = 0.005;

function checkStep(alpha: number, mu: number, lambda: number): void {
  if (!Number.isFinite(alpha) || alpha <= 0)
    throw new RangeError(`alpha must be a finite number > 0, got ${String(alpha)}`);
  if (!Number.isFinite(mu) || mu < 0 || mu >= 1) throw new RangeError(`mu must be in [0, 1), got ${String(mu)}`);
  if (!Number.isFinite(lambda) || lambda <= 0)
    throw new RangeError(`lambda must be a finite number > 0, got ${String(lambda)}`);
}

function checkCurvatures(lambdaMin: number, lambdaMax: number): void {
  if (!Number.isFinite(lambdaMin) || lambdaMin <= 0)
    throw new RangeError(`lambdaMin must be a finite number > 0, got ${String(lambdaMin)}`);
  if (!Number.isFinite(lambdaMax) || lambdaMax < lambdaMin)
    throw new RangeError(`lambdaMax must be finite and >= lambdaMin, got ${String(lambdaMax)}`);
}

/** The heavy ball's iteration matrix along a direction of curvature `lambda`. */
export function iterationMatrix(alpha: number, mu: number, lambda: number): IterationMatrix {
  checkStep(alpha, mu, lambda);
  const h = alpha * lambda;
  return { a: mu, b: h, c: -mu, d: 1 - h };
}

/**
 * The spectral radius of M(λ), exact: the eigenvalues solve z² − (1 + μ − αλ) z + μ = 0; complex ones
 * have modulus √μ (their product is μ), real ones are (t ± √D)/2 with D = t² − 4μ.
 */
export function momentumRate(alpha: number, mu: number, lambda: number): number {
  checkStep(alpha, mu, lambda);
  const trace = 1 + mu - alpha * lambda;
  const discriminant = trace * trace - 4 * mu;
  if (discriminant < 0) return Math.sqrt(mu);
  return (Math.abs(trace) + Math.sqrt(discriminant)) / 2;
}

/** The rate of the whole quadratic: the slowest of its directions, which is λ_min's or λ_max's. */
export function quadraticRate(alpha: number, mu: number, lambdaMin: number, lambdaMax: number): number {
  checkCurvatures(lambdaMin, lambdaMax);
  return Math.max(momentumRate(alpha, mu, lambdaMin), momentumRate(alpha, mu, lambdaMax));
}

/** The μ at which a direction of curvature λ is critically damped at step α: (1 − √(αλ))², for 0 < αλ < 4. */
export function criticalMomentum(alpha: number, lambda: number): number {
  checkStep(alpha, 0, lambda);
  return (1 - Math.sqrt(alpha * lambda)) ** 2;
}

/** Names the behaviour of one direction: see the module comment; `alternating` is real and negative (each step flips the sign). */
export function damping(alpha: number, mu: number, lambda: number): Damping {
  if (momentumRate(alpha, mu, lambda) >= 1) return 'diverges';
  const h = alpha * lambda;
  const critical = (1 - Math.sqrt(h)) ** 2;
  if (Math.abs(mu - critical) <= criticalTolerance) return 'critical';
  if (mu > critical) return 'underdamped';
  return h > 1 + mu ? 'alternating' : 'overdamped';
}

/** The best heavy ball on curvatures in [λ_min, λ_max] (Polyak 1964): α*, μ* and the rate they reach. */
export function optimalMomentum(lambdaMin: number, lambdaMax: number): { alpha: number; mu: number; rate: number } {
  checkCurvatures(lambdaMin, lambdaMax);
  const root = Math.sqrt(lambdaMax / lambdaMin);
  const rate = (root - 1) / (root + 1);
  return { alpha: (2 / (Math.sqrt(lambdaMin) + Math.sqrt(lambdaMax))) ** 2, mu: rate * rate, rate };
}

/** The best plain gradient descent on curvatures in [λ_min, λ_max]: α = 2/(λ_min + λ_max), rate (κ − 1)/(κ + 1). */
export function optimalGradientDescent(lambdaMin: number, lambdaMax: number): { alpha: number; rate: number } {
  checkCurvatures(lambdaMin, lambdaMax);
  return { alpha: 2 / (lambdaMin + lambdaMax), rate: (lambdaMax - lambdaMin) / (lambdaMax + lambdaMin) };
}

/** Steps for an error shrinking by `rate` per step to fall by `factor` (e.g. 1000); Infinity if it never does. */
export function stepsToShrink(rate: number, factor: number): number {
  if (!(rate < 1)) return Infinity;
  if (rate <= 0) return 1;
  return Math.ceil(log(factor) / -log(rate));
}

/**
 * The heavy ball along one direction from x_0 = `start`, v_0 = 0: x_0 … x_steps. Values are clamped
 * to ±1e6 once they leave it, so a diverging direction still draws (and never gives Infinity).
 */
export function directionPath(alpha: number, mu: number, lambda: number, steps: number, start = 1): Float64Array {
  checkStep(alpha, mu, lambda);
  const out = new Float64Array(steps + 1);
  let v = 0;
  let x = start;
  out[0] = x;
  for (let t = 1; t <= steps; t++) {
    v = mu * v + alpha * lambda * x;
    x = Math.max(-1e6, Math.min(1e6, x - v));
    out[t] = x;
  }
  return out;
}

export interface RateMap {
  /** Columns (α) and rows (μ); row 0 is the lowest μ, column 0 the lowest α (cell centres). */
  readonly nx: number;
  readonly ny: number;
  readonly alpha: readonly [number, number];
  readonly mu: readonly [number, number];
  /** nx × ny rates, row-major. */
  readonly values: Float64Array;
}

/** The rate of the quadratic on an nx × ny grid of (α, μ) cell centres, for a heat map. */
export function rateMap(
  lambdaMin: number,
  lambdaMax: number,
  alpha: readonly [number, number],
  mu: readonly [number, number],
  nx: number,
  ny: number,
): RateMap {
  checkCurvatures(lambdaMin, lambdaMax);
  if (!Number.isSafeInteger(nx) || nx < 2 || !Number.isSafeInteger(ny) || ny < 2)
    throw new RangeError(`nx and ny must be integers >= 2, got ${nx} and ${ny}`);
  if (!(alpha[0] >= 0 && alpha[1] > alpha[0])) throw new RangeError('the alpha range must have 0 <= lo < hi');
  if (!(mu[0] >= 0 && mu[1] <= 1 && mu[1] > mu[0]))
    throw new RangeError('the mu range must lie in [0, 1] with lo < hi');
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    const m = mu[0] + ((j + 0.5) * (mu[1] - mu[0])) / ny;
    for (let i = 0; i < nx; i++) {
      const a = alpha[0] + ((i + 0.5) * (alpha[1] - alpha[0])) / nx;
      values[j * nx + i] = quadraticRate(a, m, lambdaMin, lambdaMax);
    }
  }
  return { nx, ny, alpha, mu, values };
}
