import { z } from 'zod';
import { widgetId } from '../lib/widget-id.ts';

export const schema = z
  .object({
    id: widgetId('bowl'),
    lr: z.number().min(0.001).max(0.3).default(0.03).describe('Starting learning rate α (0.001 to 0.3, logarithmic slider); the bound is 2/20 = 0.1.'),
    steps: z.number().int().min(10).max(300).default(60).describe('How many steps the run takes (10 to 300).'),
  })
  .strict()
  .describe('Gradient descent on the ill-conditioned bowl (Hessian eigenvalues 1 and 20) as a contour map with the zig-zag path and the bound α < 2/λmax.');

export type DescentBowlProps = z.output<typeof schema>;
