import { describe, expect, it } from 'vitest';
import { logLevels } from '../../../../components/widgets/MomentumRavine/contour.ts';
import { problems } from '../../../../src/engine/problems/index.ts';

describe('MomentumRavine contour levels', () => {
  const p = problems.illConditioned;
  it('log levels are increasing and start at the floor', () => {
    const levels = logLevels(p, 10);
    expect(levels[0]).toBeCloseTo(-2, 12);
    for (let i = 1; i < levels.length; i++) expect(levels[i]!).toBeGreaterThan(levels[i - 1]!);
  });
});
