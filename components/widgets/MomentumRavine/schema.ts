import { z } from 'zod';
import { seedRange } from '../lib/gradient-noise.ts';
import { widgetId } from '../lib/widget-id.ts';
import { maxNoise } from './model.ts';

export const schema = z
  .object({
    id: widgetId('ravine'),
    problem: z
      .enum(['illConditioned', 'ravine'])
      .default('illConditioned')
      .describe('The surface: the straight valley (illConditioned) or the winding ravine.'),
    lr: z.number().min(0.001).max(0.2).default(0.08).describe('Starting learning rate α for both runs (0.001 to 0.2).'),
    momentum: z.number().min(0).max(0.99).default(0.6).describe('Starting momentum coefficient μ (0 to 0.99).'),
    steps: z.number().int().min(10).max(300).default(60).describe('How many steps each run takes (10 to 300).'),
    noise: z
      .number()
      .min(0)
      .max(maxNoise)
      .default(0)
      .describe(
        'Starting standard deviation σ of seeded Gaussian noise added to every gradient, the same draws for both runs (0 to 5; 0: exact gradients).',
      ),
    seed: z.number().int().min(seedRange.min).max(seedRange.max).default(1).describe('Seed of the gradient noise.'),
  })
  .strict()
  .describe(
    'Gradient descent and momentum on a narrow valley seen from above (contours), the velocity of every step drawn as an arrow, and the momentum rule with its symbols linked to the drawing.',
  );

export type MomentumRavineProps = z.output<typeof schema>;
