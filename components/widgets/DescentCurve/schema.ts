import { z } from 'zod';
import { widgetId } from '../lib/widget-id.ts';

export const schema = z
  .object({
    id: widgetId('curve'),
    lr: z.number().min(0.0001).max(5).default(0.1).describe('Starting learning rate α (0.0001 to 5, logarithmic slider).'),
    curvature: z.number().min(0.5).max(400).default(2).describe('Starting curvature λ of the bowl L(w) = ½λw² (0.5 to 400).'),
    steps: z.number().int().min(5).max(200).default(30).describe('How many steps the run takes (5 to 200).'),
  })
  .strict()
  .describe('Gradient descent on a 1-D quadratic of adjustable curvature, with the stability bound α < 2/λ on the learning-rate axis.');

export type DescentCurveProps = z.output<typeof schema>;
