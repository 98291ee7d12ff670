import { z } from 'zod';
import { parse } from '../../../src/engine/expr/index.ts';
import { classicOptimizerNames, optimizerNames } from '../../../src/engine/optim/index.ts';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import { surfaceIds } from '../../../src/engine/problems/index.ts';
import type { SurfaceId } from '../../../src/engine/problems/index.ts';
import { hyperByOptimizerSchema } from '../lib/hyper-schema.ts';
import { widgetId } from '../lib/widget-id.ts';

const optimizerEnum = z.enum(optimizerNames as [OptimizerName, ...OptimizerName[]]);

export const raceSurfaces = [...surfaceIds, 'formula'] as unknown as [SurfaceId | 'formula', ...(SurfaceId | 'formula')[]];

export const schema = z
  .object({
    id: widgetId('race'),
    surface: z.enum(raceSurfaces).default('rosenbrock').describe(`The loss surface: ${surfaceIds.join(', ')}, or formula (then set \`formula\`).`),
    formula: z
      .string()
      .max(200)
      .refine(
        (text) => {
          try {
            parse(text);
            return true;
          } catch {
            return false;
          }
        },
        { message: 'is not a formula the playground can read (x, y, numbers, + - * / ^, pi, e, sin cos tan exp log sqrt abs tanh sinh cosh atan)' },
      )
      .default('x^2 + 10*sin(y)')
      .describe('The formula f(x, y) used when surface is "formula", e.g. "x^2 + 10*sin(y)".'),
    optimizers: z
      .array(optimizerEnum)
      .min(1)
      .max(optimizerNames.length)
      .default([...classicOptimizerNames])
      .describe(`Which optimizers race: any of ${optimizerNames.join(', ')} (default: all but adamw).`),
    start: z.tuple([z.number().min(-100).max(100), z.number().min(-100).max(100)]).optional().describe('Shared start point [x, y]; default: the surface’s own start.'),
    steps: z.number().int().min(10).max(1000).default(300).describe('Steps per run (10 to 1000).'),
    hyper: hyperByOptimizerSchema
      .default({})
      .describe('Per-optimizer hyperparameters, e.g. { adam: { lr: 0.05, weightDecay: 0.01, schedule: { name: "cosine", tMax: 300 } } }; the rest are the playground’s defaults.'),
    noise: z.number().min(0).max(5).default(0).describe('Standard deviation of seeded Gaussian noise added to every gradient (0 to 5).'),
    seed: z.number().int().min(0).max(9999).default(1).describe('Seed of the gradient noise.'),
    sweep: z.boolean().default(true).describe('Show the learning-rate sweep beside the race.'),
    title: z.string().max(80).default('Optimizer race').describe('The widget’s title.'),
  })
  .strict()
  .describe('Several optimizers racing from one start point on a loss surface (or a typed formula), with a loss chart, a learning-rate sweep, a shareable link and downloads.');

export type RaceProps = z.output<typeof schema>;
