import { z } from 'zod';
import { widgetId } from '../lib/widget-id.ts';

export const schema = z
  .object({
    id: widgetId('minima'),
    lr: z.number().min(0.005).max(1).default(0.05).describe('Starting learning rate α (0.005 to 1, logarithmic slider).'),
    start: z.number().min(-2.4).max(2.4).default(-2.2).describe('Starting weight w₀ (−2.4 to 2.4).'),
    steps: z.number().int().min(5).max(300).default(60).describe('How many steps each run takes (5 to 300).'),
    starts: z.number().int().min(5).max(120).default(40).describe('How many evenly spaced starts the “many starts” mode runs (5 to 120).'),
    many: z.boolean().default(false).describe('Open in “many starts” mode.'),
  })
  .strict()
  .describe('Gradient descent on a curve with a shallow local minimum and a deeper global one: pick a start, or run many starts and see the basins of attraction.');

export type LocalMinimaProps = z.output<typeof schema>;
