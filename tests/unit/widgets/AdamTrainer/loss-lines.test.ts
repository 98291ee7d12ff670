import { describe, expect, it } from 'vitest';
import { lossExtent, lossLines } from '../../../../components/widgets/AdamTrainer/loss-lines.ts';
import { steppedLogDomain } from '../../../../components/widgets/lib/stepped-domain.ts';
import { createAdamRace } from '../../../../components/widgets/AdamTrainer/model.ts';
import type { Trainer } from '../../../../src/engine/sim/index.ts';

const settings = { dataset: 'moons', batch: '16', adamLr: 0.01, rmspropLr: 0.01, momentumLr: 0.05, seed: 1 };
/** A trainer as far as the chart reads it: its record of steps and training losses. */
const fake = (epochStep: number[], trainLoss: number[]) =>
  ({ history: { epochStep, trainLoss } }) as unknown as Trainer;
/** Pixels: a step is a pixel across, a loss of 1 is 100 pixels down. */
const S = { x: (v: number) => v, y: (v: number) => 100 * v };

describe('AdamTrainer loss chart', () => {
  it('the axes: at least 100 steps, the losses with room of 1.5x either side, rounded out to 1, 2 or 5 × 10^k', () => {
    const { race } = createAdamRace(settings);
    expect(lossExtent(race.trainers, 0)).toEqual({ xMax: 100, y: [0.01, 1] });
    race.run(200);
    const losses = race.trainers.flatMap((t) => t.history.trainLoss);
    const lo = Math.min(...losses) / 1.5;
    const hi = Math.max(...losses) * 1.5;
    const { xMax, y } = lossExtent(race.trainers, 200);
    expect(xMax).toBe(200);
    expect(y).toEqual(steppedLogDomain([lo, hi]));
    expect(y[0]).toBeLessThanOrEqual(lo);
    expect(y[1]).toBeGreaterThanOrEqual(hi);
    // Past 200 steps the time axis goes to 500, and stays there until 500.
    expect(lossExtent(race.trainers, 201).xMax).toBe(500);
    expect(lossExtent(race.trainers, 500).xMax).toBe(500);
    // A few losses that move a little leave the loss axis as it is.
    expect(lossExtent([fake([0, 10], [0.6, 0.11])], 10).y).toEqual([0.05, 1]);
    expect(lossExtent([fake([0, 10], [0.55, 0.12])], 10).y).toEqual([0.05, 1]);
  });

  it('a line per trainer through every record, ending in a dot at the last one', () => {
    const lines = lossLines([fake([0, 10, 20], [1, 0.5, 0.25]), fake([0, 10], [1, 2])], S);
    expect(lines.map((l) => l.end)).toEqual([
      { x: 20, y: 25 },
      { x: 10, y: 200 },
    ]);
    // Relative moves after the first point, the bend at step 10 kept.
    expect(lines.map((l) => l.d)).toEqual(['M0,100l10-50 10-25', 'M0,100l10,100']);
  });

  it('a loss a log axis cannot place breaks the line and has no dot', () => {
    const [line] = lossLines([fake([0, 10, 20, 30], [1, Infinity, 0.5, NaN])], S);
    expect(line!.d).not.toMatch(/NaN|Infinity/);
    expect(line!.d.match(/M/g)?.length).toBe(2);
    expect(line!.end).toBeNull();
  });
});
