import { z } from 'zod';
import { beta2Choices, coordinates } from './model.ts';
import { widgetId } from '../lib/widget-id.ts';

export const schema = z
  .object({
    id: widgetId('adam'),
    lr: z.number().min(0.001).max(1).default(0.05).describe('Starting learning rate α (0.001 to 1).'),
    beta2: z.enum(beta2Choices).default('0.999').describe('Starting β₂: "0.999" (Kingma & Ba’s default) or "0.99" (the value the article gives).'),
    biasCorrection: z.boolean().default(true).describe('Start with bias correction on (true) or off (false, the article’s formula).'),
    coordinate: z.enum(coordinates).default('x').describe('Which parameter’s internals to plot at first: "x" (the gentle direction) or "y" (the steep one).'),
    steps: z.number().int().min(10).max(1000).default(200).describe('How many steps the run takes (10 to 1000).'),
  })
  .strict()
  .describe('Adam on the axis-aligned valley: the path, the bias-corrected moments m̂ and √ŝ of one parameter, and the step length over time, with bias correction on or off.');

export type AdamInternalsProps = z.output<typeof schema>;
