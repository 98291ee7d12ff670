import { describe, expect, it } from 'vitest';
import { mapSvgMarkup, trajectoryExports } from '../../../../components/widgets/Race/exports.ts';
import { resolveSpec } from '../../../../src/engine/optim/index.ts';
import type { RunResult } from '../../../../src/engine/sim/index.ts';

describe('the Race downloads', () => {
  it('put a background under the figure and the trajectories over it', () => {
    const figure = '<svg class="plot" width="10"><g>axes</g></svg>\n';
    expect(mapSvgMarkup(figure, '<path d="M0,0"/>', '#fff')).toBe(
      '<svg class="plot" width="10"><rect width="100%" height="100%" fill="#fff"/><g>axes</g><g class="trajectories"><path d="M0,0"/></g></svg>',
    );
  });

  it('export each run with its spec, the rate of each row, its weight decay and schedule, and why it stopped', () => {
    const spec = resolveSpec({
      name: 'sgd',
      lr: 0.1,
      weightDecay: 0.01,
      schedule: { name: 'step', stepSize: 2, gamma: 0.5 },
    });
    const run = {
      spec,
      points: [0, 0, 1, 1, 2, 2, 3, 3],
      losses: [1, 0.5, 0.25, 0.125],
      steps: 3,
      diverged: { reason: 'the loss became NaN', step: 3 },
    } as unknown as RunResult;
    expect(trajectoryExports([{ name: 'sgd', run }])).toEqual([
      {
        optimizer: 'sgd',
        spec: { ...spec },
        points: [0, 0, 1, 1, 2, 2, 3, 3],
        losses: [1, 0.5, 0.25, 0.125],
        diverged: 'the loss became NaN',
        // Row k: the rate step k used (row 0: the first step's); step 3 is the first at 0.1 * 0.5.
        lrs: [0.1, 0.1, 0.1, 0.05],
        weightDecay: 0.01,
        schedule: 'step stepSize=2 gamma=0.5',
      },
    ]);
  });
});
