import { describe, expect, it } from 'vitest';
import { compareBatches, dataFor } from '../../../../components/widgets/BatchNoise/model.ts';

describe('BatchNoise model', () => {
  it('full batch takes one step per pass, batches of 4 take 8; both head to the least-squares line', () => {
    const fit = dataFor(3);
    const c = compareBatches(fit, 0.05, 4, 1, 20);
    expect(c.full.steps).toBe(20);
    expect(c.mini.steps).toBe(160);
    expect(c.full.losses[20]!).toBeLessThan(c.full.losses[0]!);
    // Per pass over the data, mini-batches get much closer than full batch in early passes.
    expect(c.mini.losses[8 * 3]! - fit.minLoss).toBeLessThan(c.full.losses[3]! - fit.minLoss);
    expect(c.lastEpochRange[0]).toBeLessThanOrEqual(c.lastEpochRange[1]);
    expect(c.lastEpochRange[0]).toBeGreaterThanOrEqual(fit.minLoss);
  });
  it('a batch as large as the data gives the same run as full batch', () => {
    const fit = dataFor(3);
    const c = compareBatches(fit, 0.05, 32, 1, 10);
    expect([...c.mini.points]).toEqual([...c.full.points]);
  });
  it('above the bound full batch diverges and says why', () => {
    const c = compareBatches(dataFor(3), 0.3, 32, 1, 60);
    expect(c.full.diverged?.reason).toMatch(/too large/);
  });
});
