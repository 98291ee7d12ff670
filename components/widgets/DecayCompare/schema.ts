import { z } from 'zod';
import { widgetId } from '../lib/widget-id.ts';

export const schema = z
  .object({
    id: widgetId('decay'),
    lr: z
      .number()
      .min(0.001)
      .max(0.1)
      .default(0.01)
      .describe('Starting learning rate α of both optimizers (0.001 to 0.1).'),
    weightDecay: z.number().min(0).max(1).default(0.5).describe('Starting weight decay λ of both optimizers (0 to 1).'),
    steps: z.number().int().min(100).max(2000).default(1000).describe('How many steps each run takes (100 to 2,000).'),
  })
  .strict()
  .describe(
    'Adam with an L2 term against AdamW on four weights whose gradients differ in scale by factors of 10, with the decay each weight receives per step drawn: Adam + L2 barely decays the weights with large gradients, AdamW decays every weight alike.',
  );

export type DecayCompareProps = z.output<typeof schema>;
