import { describe, expect, it } from 'vitest';
import { pathPoints } from '../../../../components/widgets/lib/contour.ts';
import { axisValley } from '../../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';

describe('pathPoints', () => {
  const flat = Float64Array.of(0, 0, 1, 10, 2, 20, 3, 30, 4, 40);

  it('takes steps 0..count of a flattened path, all of it by default', () => {
    expect(pathPoints(flat, 2)).toEqual([
      { k: 0, x: 0, y: 0 },
      { k: 1, x: 1, y: 10 },
      { k: 2, x: 2, y: 20 },
    ]);
    expect(pathPoints(flat)).toHaveLength(5);
    expect(pathPoints(flat, 99)).toHaveLength(5);
  });

  it('thins to about max points, keeping the start and the last step asked for', () => {
    expect(pathPoints(flat, 4, 2).map((p) => p.k)).toEqual([0, 3, 4]);
    const run = runOnProblem(axisValley, { name: 'adagrad', lr: 0.3 }, { steps: 3000 });
    const path = pathPoints(run.points, 2500, 100);
    expect(path.length).toBeLessThanOrEqual(101);
    expect(path[0]).toEqual({ k: 0, x: -4, y: 1.5 });
    expect(path.at(-1)?.k).toBe(2500);
    expect(path.at(-1)?.x).toBe(run.points[5000]);
  });
});

describe('pathPoints, short paths', () => {
  it('takes the first count + 1 points of a flattened path', () => {
    expect(pathPoints([1, 2, 3, 4, 5, 6], 1)).toEqual([
      { k: 0, x: 1, y: 2 },
      { k: 1, x: 3, y: 4 },
    ]);
    expect(pathPoints([1, 2, 3, 4], 10)).toHaveLength(2);
  });
});
