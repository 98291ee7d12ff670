import { describe, expect, it } from 'vitest';
import { defaultSnaps, logPosition, logPositions, logValue } from '../../../../components/widgets/lib/log-slider.ts';

/** Every value a log slider can give, position by position. */
const allValues = (min: number, max: number, snaps?: readonly number[]) =>
  Array.from({ length: logPositions + 1 }, (_, p) => logValue(p, min, max, snaps));

describe('log slider snap points (issue #22, point 7)', () => {
  it('the gradient-descent slider (1e-4 to 5) gives exactly 0.5 and 0.01, which it used to miss (0.488/0.502, 0.00993/0.0102)', () => {
    const values = allValues(1e-4, 5);
    for (const named of [0.5, 0.01, 0.1, 0.9, 0.005, 1, 0.0001, 5]) expect(values).toContain(named);
    const unsnapped = allValues(1e-4, 5, []);
    expect(unsnapped).not.toContain(0.5);
    expect(unsnapped).not.toContain(0.01);
  });

  it('every default snap value is reachable on each range the widgets use', () => {
    for (const [min, max] of [
      [1e-4, 5],
      [0.001, 0.3],
      [0.001, 0.1],
      [1e-4, 10],
      [0.5, 400],
      [1e-10, 1],
    ] as const) {
      const values = new Set(allValues(min, max));
      for (const snap of defaultSnaps(min, max)) expect(values.has(snap), `${snap} on [${min}, ${max}]`).toBe(true);
    }
  });

  it('a snap value round-trips through its position, and positions away from snaps keep their value', () => {
    expect(logValue(logPosition(0.5, 1e-4, 5), 1e-4, 5)).toBe(0.5);
    const p = logPosition(0.5, 1e-4, 5) + 3;
    expect(logValue(p, 1e-4, 5)).toBe(logValue(p, 1e-4, 5, []));
  });

  it('values stay inside [min, max] and custom snaps are honoured', () => {
    expect(logValue(0, 0.001, 0.3)).toBe(0.001);
    expect(logValue(logPositions, 0.001, 0.3)).toBe(0.3);
    expect(defaultSnaps(0.001, 0.3)).toEqual([
      0.001, 0.0012, 0.0015, 0.002, 0.0025, 0.003, 0.004, 0.005, 0.006, 0.007, 0.008, 0.009, 0.01, 0.012, 0.015, 0.02,
      0.025, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3,
    ]);
    expect(allValues(0.001, 0.3, [0.0123])).toContain(0.0123);
  });
});
