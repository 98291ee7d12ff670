import { describe, expect, it } from 'vitest';
import { compareForms } from '../../../../components/widgets/TorchFormCheck/model.ts';
import { problems } from '../../../../src/engine/problems/index.ts';

describe('TorchFormCheck model', () => {
  it('agrees at a constant α, parts under a schedule', () => {
    expect(compareForms(problems.twoMinima, 'momentum', 0.02, 0.9, 200, false).maxDifference).toBeLessThan(1e-14);
    expect(compareForms(problems.twoMinima, 'momentum', 0.02, 0.9, 200, true).maxDifference).toBeCloseTo(0.797, 3);
    expect(compareForms(problems.ravine, 'nag', 0.02, 0.9, 200, false).maxDifference).toBeLessThan(1e-14);
  });
});
