import { describe, expect, it } from 'vitest';
import { mapSvgMarkup, trajectoryExports } from '../../../../components/widgets/Race/exports.ts';
import type { RunResult } from '../../../../src/engine/sim/index.ts';

describe('the Race downloads', () => {
  it('put a background under the figure and the trajectories over it', () => {
    const figure = '<svg class="plot" width="10"><g>axes</g></svg>\n';
    expect(mapSvgMarkup(figure, '<path d="M0,0"/>', '#fff')).toBe(
      '<svg class="plot" width="10"><rect width="100%" height="100%" fill="#fff"/><g>axes</g><g class="trajectories"><path d="M0,0"/></g></svg>',
    );
  });

  it('export each run with its spec and why it stopped', () => {
    const run = {
      spec: { name: 'sgd', lr: 0.1 },
      points: [0, 0],
      losses: [1],
      steps: 0,
      diverged: { reason: 'the loss became NaN', step: 3 },
    } as unknown as RunResult;
    expect(trajectoryExports([{ name: 'sgd', run }])).toEqual([
      {
        optimizer: 'sgd',
        spec: { name: 'sgd', lr: 0.1 },
        points: [0, 0],
        losses: [1],
        diverged: 'the loss became NaN',
      },
    ]);
  });
});
