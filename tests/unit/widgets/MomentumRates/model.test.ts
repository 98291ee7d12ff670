import { describe, expect, it } from 'vitest';
import { quadraticRate } from '../../../../src/engine/sim/index.ts';
import {
  criticalCurve,
  directionPaths,
  heat,
  heatMap,
  heatValue,
  lambdaMinOf,
  mapDomain,
  momentumRatesSpecs,
  pathSteps,
  rateLimits,
  rateText,
  snap,
  summarize,
} from '../../../../components/widgets/MomentumRates/model.ts';
import { schema } from '../../../../components/widgets/MomentumRates/schema.ts';

describe('MomentumRates model', () => {
  it('link parameters, props and sliders share ranges and defaults', () => {
    const props = schema.parse({});
    expect([props.kappa, props.lr, props.momentum]).toEqual([
      momentumRatesSpecs.kappa.default,
      momentumRatesSpecs.lr.default,
      momentumRatesSpecs.mu.default,
    ]);
    expect(momentumRatesSpecs.kappa).toMatchObject(rateLimits.kappa);
    expect(() => schema.parse({ kappa: 0.5 })).toThrow();
    expect(() => schema.parse({ lr: 5 })).toThrow();
  });

  it('heat values: log10 of the steps per tenfold cut, capped, with divergence apart', () => {
    expect(heatValue(0.1)).toBeCloseTo(0, 12); // one step cuts the error tenfold
    expect(heatValue(0.1 ** (1 / 100))).toBeCloseTo(2, 9);
    expect(heatValue(0.999999)).toBe(heat.slowest);
    expect(heatValue(1)).toBe(heat.divergedValue);
    expect(heatValue(0)).toBe(0);
  });

  it('the heat map samples the engine’s rate at cell centres, every value finite', () => {
    const map = heatMap(20, 10, 8);
    expect(map.heat).toHaveLength(80);
    expect(map.heat.every(Number.isFinite)).toBe(true);
    const alpha = mapDomain.alpha[0] + (2.5 * (mapDomain.alpha[1] - mapDomain.alpha[0])) / 10;
    const mu = (3.5 * (mapDomain.mu[1] - mapDomain.mu[0])) / 8;
    expect(map.values[3 * 10 + 2]).toBeCloseTo(quadraticRate(alpha, mu, 1 / 20, 1), 12);
  });

  it('critical curves stay on the map, μ in [0, 1]', () => {
    for (const lambda of [1, lambdaMinOf(1000)]) {
      const curve = criticalCurve(lambda);
      expect(curve.length).toBeGreaterThan(10);
      for (const { alpha, mu } of curve) {
        expect(alpha * lambda).toBeLessThan(4);
        expect(mu).toBeGreaterThanOrEqual(0);
        expect(mu).toBeLessThanOrEqual(1);
      }
    }
  });

  it('direction paths are finite even where the pair diverges', () => {
    const { slow, steep } = directionPaths(20, 4, 0);
    expect([slow.length, steep.length]).toEqual([pathSteps + 1, pathSteps + 1]);
    expect([...slow, ...steep].every((p) => Number.isFinite(p.y))).toBe(true);
    expect(summarize(20, 4, 0).steep).toBe('diverges');
    expect(summarize(20, 4, 0).tenfold).toBe(Infinity);
  });

  it('rates just below 1 keep their digits', () => {
    expect(rateText(0.99980002)).toBe('0.9998');
    expect(rateText(0.7746)).toBe('0.775');
    expect(rateText(1.2)).toBe('1.2');
  });

  it('a picked point snaps to the sliders’ grid and range', () => {
    expect(snap(1.2345, 0.01, 4)).toBe(1.23);
    expect(snap(-0.3, 0, 0.99)).toBe(0);
    expect(snap(1.7, 0, 0.99)).toBe(0.99);
  });
});
