import { describe, expect, it } from 'vitest';
import { problems } from '../../../../src/engine/problems/index.ts';
import { basinsOfStarts, evenStarts, tally } from '../../../../components/widgets/LocalMinima/model.ts';

describe('LocalMinima model', () => {
  it('evenStarts spans the interval with both ends', () => {
    expect(evenStarts(5, [-2, 2])).toEqual([-2, -1, 0, 1, 2]);
    expect(evenStarts(1, [-2, 2])).toEqual([0]);
  });

  it('at a small learning rate the hump at w = 0 splits the basins', () => {
    const { twoMinima } = problems;
    const outcomes = basinsOfStarts(twoMinima, 0.05, 300, evenStarts(40, [-2.4, 2.4]));
    for (const o of outcomes) {
      if (Math.abs(o.start) < 1e-9) continue; // exactly on the hump: the gradient is 0, the run stays
      expect(o.basin).toBe(o.start < 0 ? 1 : 0); // minima: [global 1.6, local -1.2]
    }
    const t = tally(outcomes, 2);
    expect(t.perBasin).toEqual([20, 20]);
    expect(t.diverged).toBe(0);
  });

  it('the article’s picture: from the default start gradient descent settles in the local minimum', () => {
    const [o] = basinsOfStarts(problems.twoMinima, 0.05, 200, [-2.2]);
    expect(o?.basin).toBe(1);
    expect(o?.end).toBeCloseTo(-1.2, 3);
  });

  it('few steps leave runs unsettled; a huge learning rate diverges', () => {
    const slow = tally(basinsOfStarts(problems.twoMinima, 0.005, 5, evenStarts(10, [-2.4, 2.4])), 2);
    expect(slow.unsettled).toBeGreaterThan(0);
    const wild = tally(basinsOfStarts(problems.twoMinima, 1, 100, evenStarts(10, [-2.4, 2.4])), 2);
    expect(wild.diverged).toBeGreaterThan(0);
  });
});
