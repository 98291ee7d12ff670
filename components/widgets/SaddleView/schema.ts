import { z } from 'zod';
import { widgetId } from '../lib/widget-id.ts';

export const schema = z
  .object({
    id: widgetId('saddle'),
    lr: z.number().min(0.01).max(0.9).default(0.1).describe('Starting learning rate α (0.01 to 0.9, logarithmic slider).'),
    offset: z.number().min(1e-6).max(0.5).default(0.001).describe('Starting distance ε of the start above the ridge y = 0 (1e-6 to 0.5, logarithmic).'),
    startX: z.number().min(-1.9).max(1.9).default(-1.8).describe('Starting x (−1.9 to 1.9).'),
    steps: z.number().int().min(20).max(400).default(150).describe('How many steps the run takes (20 to 400).'),
  })
  .strict()
  .describe('Gradient descent started near a saddle point: the path on the contour map and the loss curve with its plateau.');

export type SaddleViewProps = z.output<typeof schema>;
