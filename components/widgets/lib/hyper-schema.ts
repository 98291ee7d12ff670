/**
 * The author props for optimizer hyperparameters, shared by every widget that lets an author
 * set them per optimizer (Race, Trainer): `hyper: { adam: { lr: 0.05 } }`. The ranges are the
 * sliders' (`hyperRanges`), so a prop the sliders could not show fails the build.
 */
import { z } from 'zod';
import { classicOptimizerNames } from '../../../src/engine/optim/index.ts';
import type { ClassicOptimizerName } from '../../../src/engine/optim/index.ts';
import { hyperRanges } from './optimizer-settings.ts';

const range = (key: keyof typeof hyperRanges) => z.number().min(hyperRanges[key].min).max(hyperRanges[key].max);

/** One optimizer's hyperparameters; each one optional (the rest keep the widget's defaults). */
export const hyperSchema = z
  .object({
    lr: range('lr').optional().describe('Learning rate α (0.0001 to 10).'),
    momentum: range('momentum').optional().describe('μ for momentum and nag (0 to 0.99).'),
    decay: range('decay').optional().describe('γ for rmsprop (0 to 0.999).'),
    beta1: range('beta1').optional().describe('β₁ for adam (0 to 0.99).'),
    beta2: range('beta2').optional().describe('β₂ for adam (0.5 to 0.9999).'),
    eps: range('eps').optional().describe('ε for adagrad, rmsprop, adam (1e-10 to 1).'),
    biasCorrection: z.boolean().optional().describe('Adam only: bias correction on or off.'),
  })
  .strict();

/** `{ sgd?: ..., adam?: ... }`: hyperparameters by optimizer name; a widget adds its default and description. */
export const hyperByOptimizerSchema = z
  .object(
    Object.fromEntries(classicOptimizerNames.map((name) => [name, hyperSchema.optional()])) as Record<
      ClassicOptimizerName,
      z.ZodOptional<typeof hyperSchema>
    >,
  )
  .strict();
