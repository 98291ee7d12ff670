import { describe, expect, it } from 'vitest';
import { boundaryRings, ringsPath, type Ring } from '../../../../components/widgets/AdamTrainer/decision-boundary.ts';
import { createAdamRace, inputGrid } from '../../../../components/widgets/AdamTrainer/model.ts';

/** d3-contour, the oracle: what Plot's contour mark traces (loaded by name: the project has no types for it). */
type Contours = () => {
  size(size: [number, number]): { contour(values: ArrayLike<number>, threshold: number): { coordinates: Ring[][] } };
};
const oracle: string = 'd3-contour';
const { contours } = (await import(oracle)) as { contours: Contours };

/** A ring set's directed edges, to compare two tracings whatever point each ring starts from and in what order. */
function edges(rings: readonly Ring[]): string[] {
  const out: string[] = [];
  for (const ring of rings)
    for (let i = 0; i + 1 < ring.length; i++)
      out.push(`${ring[i]!.map((v) => v.toFixed(9)).join(',')}>${ring[i + 1]!.map((v) => v.toFixed(9)).join(',')}`);
  return out.sort();
}
const d3Rings = (values: ArrayLike<number>, w: number, h: number, threshold: number) =>
  contours().size([w, h]).contour(values, threshold).coordinates.flat();

/** A seeded stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
}

describe('AdamTrainer decision boundary', () => {
  it('traces the rings d3-contour traces for Plot: random grids, saddles, regions on the border, holes', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const w = 3 + Math.floor(next() * 12);
      const h = 3 + Math.floor(next() * 12);
      const values = Float64Array.from({ length: w * h }, () => next());
      expect(edges(boundaryRings(values, w, h, 0.5))).toEqual(edges(d3Rings(values, w, h, 0.5)));
    }
    // A ring with a hole, and a grid all above (the region is the whole grid, closed along its border).
    const hole = Float64Array.from({ length: 25 }, (_, i) => (i === 12 ? 0 : 1));
    expect(edges(boundaryRings(hole, 5, 5, 0.5))).toEqual(edges(d3Rings(hole, 5, 5, 0.5)));
    expect(boundaryRings(hole, 5, 5, 0.5)).toHaveLength(2);
    const full = new Float64Array(16).fill(1);
    expect(edges(boundaryRings(full, 4, 4, 0.5))).toEqual(edges(d3Rings(full, 4, 4, 0.5)));
  });

  it("traces a trained network's map as d3 does, and nothing where the network gives no number", () => {
    const { race, mlp } = createAdamRace({
      dataset: 'moons',
      batch: '16',
      adamLr: 0.01,
      rmspropLr: 0.01,
      momentumLr: 0.05,
      seed: 3,
    });
    race.run(300);
    const grid = inputGrid('moons', 36, 36);
    const probs = new Float64Array(36 * 36);
    mlp.predict(race.trainers[0]!.params, grid.X, probs);
    const rings = boundaryRings(probs, 36, 36, 0.5);
    expect(rings.length).toBeGreaterThan(0);
    expect(edges(rings)).toEqual(edges(d3Rings(probs, 36, 36, 0.5)));
    expect(boundaryRings(new Float64Array(36 * 36).fill(NaN), 36, 36, 0.5)).toEqual([]);
  });

  it('a path in pixels: the grid spans the given ranges, each ring closed, to tenths', () => {
    const values = Float64Array.from([0, 0, 0, 0, 1, 0, 0, 0, 0]);
    // One sample above: a diamond around the middle sample (grid 1.5, 1.5), half a cell either way.
    expect(ringsPath(boundaryRings(values, 3, 3, 0.5), 3, 3, [0, 30], [300, 0])).toBe('M15,200L10,150L15,100L20,150Z');
  });
});
