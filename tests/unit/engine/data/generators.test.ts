import { describe, expect, it } from 'vitest';
import { sparse, sparseRareFraction } from '../../../../src/engine/data/index.ts';

describe('sparse (the rare feature)', () => {
  const data = sparse(300, { seed: 1 });
  const rows = Array.from({ length: data.n }, (_, r) => ({
    x: data.X[2 * r]!,
    y: data.X[2 * r + 1]!,
    label: data.Y[r]!,
  }));

  it('y is ±1 in 5 % of each class, and exactly 0 everywhere else', () => {
    expect(sparseRareFraction).toBe(0.05);
    for (const label of [0, 1]) {
      const ofClass = rows.filter((p) => p.label === label);
      expect(ofClass).toHaveLength(150);
      expect(ofClass.filter((p) => p.y !== 0)).toHaveLength(Math.round(0.05 * 150));
    }
    for (const p of rows) expect([-1, 0, 1]).toContain(p.y);
  });

  it('the sign of x gives the class, except where y is present: there y gives it and x points the other way', () => {
    for (const p of rows) {
      const side = p.label === 1 ? 1 : -1;
      if (p.y === 0) expect(Math.sign(p.x)).toBe(side);
      else {
        expect(p.y).toBe(side);
        expect(Math.sign(p.x)).toBe(-side);
      }
      expect(Math.abs(p.x)).toBeGreaterThanOrEqual(0.05);
      expect(Math.abs(p.x)).toBeLessThanOrEqual(1);
    }
  });

  it('noise moves x only, so the rare input stays exactly 0 where it is absent', () => {
    const noisy = sparse(300, { seed: 1, noise: 0.2 });
    let moved = 0;
    for (let r = 0; r < noisy.n; r++) {
      expect([-1, 0, 1]).toContain(noisy.X[2 * r + 1]);
      if (noisy.X[2 * r] !== data.X[2 * r]) moved++;
    }
    expect(moved).toBeGreaterThan(250);
  });
});
