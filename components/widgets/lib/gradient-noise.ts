/**
 * Seeded Gaussian noise on the gradient, for widgets that show how an optimizer copes with noisy
 * (mini-batch-like) gradients: the link parameters, the run option for the engine
 * (`RunOptions.noise` in src/engine/sim/run.ts) and the summary a status line reports.
 */
import type { GradientNoise } from '../../../src/engine/sim/index.ts';
import type { Specs } from './url-state.ts';

/** The seed's range, shared by the link parameter, the props and the slider. */
export const seedRange = { min: 0, max: 9999 } as const;

/** The `noise` (σ, up to `maxSigma`) and `seed` link parameters; σ = 0 means exact gradients. */
export const noiseSpecs = (maxSigma: number) =>
  ({
    noise: { kind: 'number', default: 0, min: 0, max: maxSigma },
    seed: { kind: 'number', default: 1, ...seedRange, integer: true },
  }) satisfies Specs;

/** The run option for σ and a seed: none at σ = 0, so a noiseless run is exactly the old one. */
export function noiseOption(sigma: number, seed: number): { noise?: GradientNoise } {
  return sigma > 0 ? { noise: { sigma, seed } } : {};
}

/**
 * The mean of `values` over the second half of a run of `steps` steps (steps ⌊steps/2⌋ + 1 to
 * `steps`): where a noisy run hovers once the start is forgotten. Returns the window too.
 */
export function tailMean(values: ArrayLike<number>, steps: number): { mean: number; from: number; to: number } {
  const to = Math.min(steps, values.length - 1);
  const from = Math.floor(to / 2) + 1;
  let sum = 0;
  for (let k = from; k <= to; k++) sum += values[k]!;
  return { mean: to >= from ? sum / (to - from + 1) : (values[to] ?? 0), from, to };
}
