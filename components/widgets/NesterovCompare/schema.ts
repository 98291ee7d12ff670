import { z } from 'zod';
import { seedRange } from '../lib/gradient-noise.ts';
import { widgetId } from '../lib/widget-id.ts';
import { maxNoise } from './model.ts';

export const schema = z
  .object({
    id: widgetId('nesterov'),
    problem: z
      .enum(['quadratic1d', 'twoMinima'])
      .default('quadratic1d')
      .describe('The curve: the bowl w² or the two-minima curve.'),
    lr: z
      .number()
      .min(0.001)
      .max(0.1)
      .default(0.02)
      .describe('Starting learning rate α, shared by both runs (0.001 to 0.1).'),
    momentum: z
      .number()
      .min(0)
      .max(0.99)
      .default(0.9)
      .describe('Starting momentum coefficient μ, shared by both runs (0 to 0.99).'),
    steps: z.number().int().min(10).max(200).default(40).describe('How many steps each run takes (10 to 200).'),
    noise: z
      .number()
      .min(0)
      .max(maxNoise)
      .default(0)
      .describe(
        'Starting standard deviation σ of seeded Gaussian noise added to every gradient, the same draws for both runs (0 to 3; 0: exact gradients).',
      ),
    seed: z.number().int().min(seedRange.min).max(seedRange.max).default(1).describe('Seed of the gradient noise.'),
  })
  .strict()
  .describe(
    'Momentum and Nesterov momentum side by side from the same start, with the look-ahead point w − μv, the gradient taken there, and both speeds |v| over time.',
  );

export type NesterovCompareProps = z.output<typeof schema>;
