import { z } from 'zod';
import { widgetId } from '../lib/widget-id.ts';

export const schema = z
  .object({
    id: widgetId('batch'),
    lr: z.number().min(0.003).max(0.3).default(0.05).describe('Starting learning rate α (0.003 to 0.3, logarithmic slider).'),
    batchSize: z
      .union([z.literal(1), z.literal(2), z.literal(4), z.literal(8), z.literal(16), z.literal(32)])
      .default(4)
      .describe('Starting mini-batch size: 1, 2, 4, 8, 16 or 32 (32 is the whole data set).'),
    epochs: z.number().int().min(1).max(60).default(20).describe('Starting number of passes over the data (1 to 60).'),
    dataSeed: z.number().int().min(0).max(10000).default(3).describe('Seed of the 32 data points (fixed for the widget).'),
  })
  .strict()
  .describe('Full-batch against mini-batch gradient descent on a 2-parameter linear regression: paths on the loss contours, loss curves, and the fitted lines.');

export type BatchNoiseProps = z.output<typeof schema>;
