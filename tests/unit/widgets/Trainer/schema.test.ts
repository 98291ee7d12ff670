import { describe, expect, it } from 'vitest';
import { schema as trainerSchema } from '../../../../components/widgets/Trainer/schema.ts';

describe('Trainer author props', () => {
  it('accepts the documented examples', () => {
    expect(
      trainerSchema.parse({ dataset: 'moons', sizes: [2, 8, 8, 1], optimizers: ['sgd', 'adam'], batchSize: 10 })
        .dataset,
    ).toBe('moons');
  });

  it('refuses unknown datasets and sizes', () => {
    expect(trainerSchema.safeParse({ dataset: 'mnist' }).success).toBe(false);
    expect(trainerSchema.safeParse({ sizes: [3, 4, 1] }).success).toBe(false);
  });
});
