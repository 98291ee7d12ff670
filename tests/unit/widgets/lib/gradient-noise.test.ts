import { describe, expect, it } from 'vitest';
import { noiseOption, noiseSpecs, seedRange, tailMean } from '../../../../components/widgets/lib/gradient-noise.ts';
import { readState } from '../../../../components/widgets/lib/url-state.ts';

describe('gradient-noise', () => {
  it('σ = 0 is no noise at all; σ > 0 carries σ and the seed', () => {
    expect(noiseOption(0, 7)).toEqual({});
    expect(noiseOption(1.5, 7)).toEqual({ noise: { sigma: 1.5, seed: 7 } });
  });

  it('the mean over the second half of the run', () => {
    const values = [100, 100, 100, 1, 2, 3, 4, 5, 6, 7, 8];
    expect(tailMean(values, 10)).toEqual({ mean: (4 + 5 + 6 + 7 + 8) / 5, from: 6, to: 10 });
    // A run cut short (diverged) uses what it has.
    expect(tailMean([5, 4, 3], 10)).toEqual({ mean: 3, from: 2, to: 2 });
    expect(tailMean([5], 0).mean).toBe(5);
  });

  it('link parameters: σ clamped to the widget’s maximum, the seed an integer in range', () => {
    const specs = noiseSpecs(5);
    const { state, messages } = readState('w', specs, '?w.noise=9&w.seed=3.6', { noise: 0, seed: 1 });
    expect(state).toEqual({ noise: 5, seed: 4 });
    expect(messages).toHaveLength(2);
    expect(specs.seed.max).toBe(seedRange.max);
  });
});
