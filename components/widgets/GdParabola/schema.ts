import { z } from 'zod';
import { widgetId } from '../lib/widget-id.ts';

export const schema = z
  .object({
    id: widgetId('gd'),
    lr: z.number().min(0.001).max(1.5).default(0.1).describe('Starting learning rate α (0.001 to 1.5).'),
    start: z.number().min(-3).max(3).default(2.5).describe('Starting weight w₀ (−3 to 3).'),
    steps: z.number().int().min(5).max(200).default(40).describe('How many steps the run takes (5 to 200).'),
  })
  .strict()
  .describe('Gradient descent on the parabola L(w) = w², with a learning-rate slider and the steps drawn on the curve.');

export type GdParabolaProps = z.output<typeof schema>;
