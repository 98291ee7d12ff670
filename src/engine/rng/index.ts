/**
 * A small seeded pseudo-random number generator for the engine.
 *
 * The engine never uses the global unseeded generator: every random choice (initial weights, dataset noise,
 * mini-batch shuffling, gradient noise) takes an `Rng` passed in, so the same seed always gives
 * the same run. The generator is mulberry32 (32-bit state, period 2^32), seeded through one round
 * of splitmix32 so that nearby seeds (1, 2, 3, ...) give unrelated streams.
 */
import { cos, log, sin } from '../math/index.ts';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal N(0, 1), by the Box-Muller transform. */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

function splitmix32(seed: number): number {
  let z = (seed + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  let state = splitmix32(Math.trunc(seed));
  let spare = NaN;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal() {
      if (!Number.isNaN(spare)) {
        const s = spare;
        spare = NaN;
        return s;
      }
      // 1 - next() is in (0, 1], so the logarithm is finite.
      const r = Math.sqrt(-2 * log(1 - next()));
      const theta = 2 * Math.PI * next();
      spare = r * sin(theta);
      return r * cos(theta);
    },
    int(n: number) {
      return Math.floor(next() * n);
    },
  };
}
