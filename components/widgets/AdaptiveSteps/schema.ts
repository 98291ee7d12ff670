import { z } from 'zod';
import { adaptiveOptimizers, adaptiveSurfaceIds, runLengths } from './model.ts';
import { widgetId } from '../lib/widget-id.ts';

export const schema = z
  .object({
    id: widgetId('adaptive'),
    optimizers: z
      .array(z.enum(adaptiveOptimizers))
      .min(1)
      .max(3)
      .refine((list) => new Set(list).size === list.length, 'list each optimizer once')
      .default(['adagrad'])
      .describe('Which adaptive optimizers to run side by side, from the same start: adagrad, rmsprop, adam.'),
    surface: z
      .enum(adaptiveSurfaceIds as [string, ...string[]])
      .default('axisValley')
      .describe('The surface: axisValley (steep along y, gentle along x) or illConditioned (the same kind of valley, turned 45°).'),
    lr: z.number().min(0.001).max(2).default(0.3).describe('Starting learning rate α, shared by every optimizer shown (0.001 to 2).'),
    decay: z.number().min(0).max(0.999).default(0.9).describe('Starting decay rate γ of RMSProp’s cache (0 to 0.999); the slider appears only when rmsprop is shown.'),
    noise: z.number().min(0).max(2).default(0).describe('Starting gradient noise σ (0 to 2): Gaussian noise added to every gradient component, a stand-in for mini-batches.'),
    steps: z
      .enum(runLengths)
      .default('300')
      .describe('Starting run length, in steps: "100", "300", "1000", "3000" or "10000".'),
  })
  .strict()
  .describe('Adaptive optimizers on a 2-D valley: the path on the contours, and each parameter’s cache and effective step size α / (√c + ε) over time.');

export type AdaptiveStepsProps = z.output<typeof schema>;
