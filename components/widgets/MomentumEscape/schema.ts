import { z } from 'zod';
import { widgetId } from '../lib/widget-id.ts';

export const schema = z
  .object({
    id: widgetId('escape'),
    lr: z.number().min(0.001).max(0.1).default(0.02).describe('Starting learning rate α (0.001 to 0.1).'),
    momentum: z.number().min(0).max(0.99).default(0.9).describe('Starting momentum coefficient μ (0 to 0.99).'),
    steps: z.number().int().min(20).max(300).default(120).describe('How many steps each run takes (20 to 300).'),
  })
  .strict()
  .describe(
    'Gradient descent and momentum side by side on the two-minima curve, with the velocity drawn as an arrow at each step: momentum can carry the ball over the hump into the deeper minimum, or not.',
  );

export type MomentumEscapeProps = z.output<typeof schema>;
