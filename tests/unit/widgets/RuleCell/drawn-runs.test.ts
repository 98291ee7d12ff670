import { describe, expect, it } from 'vitest';
import { drawnRun, shownPath, surfaceMap } from '../../../../components/widgets/RuleCell/drawn-runs.ts';
import { runCell, surfaceGround } from '../../../../components/widgets/RuleCell/model.ts';
import { pathPoints } from '../../../../components/widgets/lib/contour.ts';
import { problems } from '../../../../src/engine/problems/index.ts';
import { rulePresets } from '../../../../src/engine/rule/index.ts';
import { contourLevels, sampleGrid } from '../../../../src/engine/sim/index.ts';

/** A cell's runs on Rosenbrock: the rule (Adam) and the SGD racer, `steps` long. */
const runsOf = (steps: number) =>
  runCell(
    { ground: surfaceGround('rosenbrock', ''), source: rulePresets.adam.source, params: {}, steps, racers: ['sgd'] },
    'rule',
  ).runs;

describe('what the figures draw of a run, up to the step shown', () => {
  it('is the path pathPoints gives, at every step, thinned past 400 points as before', () => {
    for (const run of runsOf(1000)) {
      const { path } = drawnRun(run, true);
      for (const count of [0, 1, 2, 150, 398, 399, 400, 401, 777, run.steps]) {
        expect(shownPath(run, path, count)).toEqual(pathPoints(run.points, count, 400));
      }
    }
  });

  it('has a row per step with the loss floored for the log scale, and no path off a map', () => {
    const [run] = runsOf(300);
    const { rows, path } = drawnRun(run!, false);
    expect(path).toEqual([]);
    expect(rows).toHaveLength(run!.steps + 1);
    expect(rows[0]).toEqual({ k: 0, loss: Math.max(Math.abs(run!.losses[0]!), 1e-16) });
    expect(rows.every((row, k) => row.k === k && row.loss >= 1e-16)).toBe(true);
  });
});

describe('a surface’s map', () => {
  it('is sampled once per surface, as the figures sampled it in their render', () => {
    const surface = problems.himmelblau;
    const map = surfaceMap(surface);
    expect(surfaceMap(surface)).toBe(map);
    const grid = sampleGrid(surface.f, surface.domain, { nx: 80 });
    expect(map.grid).toEqual(grid);
    expect(map.levels).toEqual(contourLevels(grid, { count: 14 }));
  });
});
