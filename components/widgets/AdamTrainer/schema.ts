import { z } from 'zod';
import { batchChoices, raceDatasets } from './model.ts';
import { widgetId } from '../lib/widget-id.ts';

export const schema = z
  .object({
    id: widgetId('race'),
    dataset: z.enum(raceDatasets).default('moons').describe('Starting dataset: moons, circles, xor or spirals (200 points, 150 for training).'),
    batch: z.enum(batchChoices).default('16').describe('Starting mini-batch size: "16", "32" or "full" (full-batch gradient descent).'),
    adamLr: z.number().min(0.0001).max(0.5).default(0.01).describe('Starting learning rate of both Adam runs (0.0001 to 0.5).'),
    rmspropLr: z.number().min(0.0001).max(0.5).default(0.01).describe('Starting learning rate of RMSProp, γ = 0.99 (0.0001 to 0.5).'),
    momentumLr: z.number().min(0.001).max(1).default(0.05).describe('Starting learning rate of momentum, μ = 0.9 (0.001 to 1).'),
    seed: z.number().int().min(0).max(99).default(1).describe('Seed of the data, the initial weights and the mini-batch order (0 to 99).'),
  })
  .strict()
  .describe('Adam (β₂ = 0.999 and 0.99), RMSProp and momentum training the same 2-8-8-1 tanh network from the same initial weights: loss curves and decision regions.');

export type AdamTrainerProps = z.output<typeof schema>;
