import { describe, expect, it } from 'vitest';
import { schema as raceSchema } from '../../../../components/widgets/Race/schema.ts';

describe('Race author props', () => {
  it('accepts the documented examples', () => {
    expect(
      raceSchema.parse({
        surface: 'rosenbrock',
        optimizers: ['momentum', 'adam'],
        start: [-1.5, 2],
        steps: 300,
        hyper: { adam: { lr: 0.05 } },
      }).hyper.adam?.lr,
    ).toBe(0.05);
  });

  it('refuses unknown names and bad formulas', () => {
    expect(raceSchema.safeParse({ surface: 'rosenbrok' }).success).toBe(false);
    expect(raceSchema.safeParse({ optimizers: ['lion'] }).success).toBe(false);
    expect(raceSchema.safeParse({ hyper: { lion: { lr: 1 } } }).success).toBe(false);
    expect(raceSchema.safeParse({ surface: 'formula', formula: 'x + constructor' }).success).toBe(false);
  });
});
