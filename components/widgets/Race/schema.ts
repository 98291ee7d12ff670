import { z } from 'zod';
import { widgetId } from '../lib/widget-id.ts';
import { classicOptimizerNames, optimizerNames } from '../../../src/engine/optim/index.ts';
import { problems, surfaceIds } from '../../../src/engine/problems/index.ts';
import type { SurfaceId } from '../../../src/engine/problems/index.ts';
import {
  formulaSchema,
  hyperKeysText,
  hyperByOptimizerSchema,
  optimizerListSchema,
  racerOrRuleSchema,
  racersOrHyper,
} from '../lib/hyper-schema.ts';

/** LaTeX to plain text for the props table: \tfrac{a}{b} as (a/b), thin spaces as spaces. */
const plain = (latex: string): string =>
  latex
    .replace(/\\tfrac\{([^}]*)\}\{([^}]*)\}/g, '($1/$2)')
    .replace(/\\,/g, ' ')
    .replace(/\\(sin|cos|pi)\b/g, '$1');

/** Each surface with its formula, what it shows (curvatures where they matter) and where a run starts. */
const surfaceDocs = surfaceIds
  .map(
    (id) =>
      `${id}: ${plain(problems[id].latex)}. ${problems[id].description ?? ''} Starts at (${problems[id].start.join(', ')}).`,
  )
  .join(' ');

export const raceSurfaces = [...surfaceIds, 'formula'] as unknown as [
  SurfaceId | 'formula',
  ...(SurfaceId | 'formula')[],
];

export const schema = z
  .object({
    id: widgetId('race'),
    surface: z
      .enum(raceSurfaces)
      .default('rosenbrock')
      .describe(`The loss surface, or formula (then set \`formula\`). ${surfaceDocs}`),
    formula: formulaSchema.describe('The formula f(x, y) used when surface is "formula", e.g. "x^2 + 10*sin(y)".'),
    optimizers: optimizerListSchema(classicOptimizerNames).describe(
      `Which optimizers race, each once: any of ${optimizerNames.join(', ')} (default: all but adamw).`,
    ),
    racers: z
      .array(racerOrRuleSchema)
      .min(1)
      .max(6)
      .optional()
      .describe(
        'Instead of optimizers and hyper: the runs, one entry each, so one optimizer can race at two settings, or against an update rule, e.g. [{ optimizer: "adam", lr: 0.01, label: "Adam α=0.01" }, { optimizer: "adam", lr: 0.1 }, { rule: "param lr = 0.01\\nw = w - lr * sign(g)", label: "signSGD" }]. A built-in entry takes optimizer, label and that optimizer’s keys (as in hyper); a rule entry takes rule (the source, as in <RuleCell>), params and label.',
      ),
    start: z
      .tuple([z.number().min(-100).max(100), z.number().min(-100).max(100)])
      .optional()
      .describe(
        'Where every racer starts, [x, y] in the surface’s coordinates (the axes of the drawing); default: the surface’s own start, listed under surface.',
      ),
    steps: z.number().int().min(10).max(1000).default(300).describe('Steps per run (10 to 1000).'),
    hyper: hyperByOptimizerSchema
      .default({})
      .describe(
        `Per-optimizer hyperparameters of the racing optimizers, e.g. { adam: { lr: 0.05, weightDecay: 0.01, schedule: { name: "cosine", tMax: 300 } } }; the rest are the playground’s defaults. Keys: ${hyperKeysText}.`,
      ),
    noise: z
      .number()
      .min(0)
      .max(5)
      .default(0)
      .describe('Standard deviation of seeded Gaussian noise added to every gradient (0 to 5).'),
    seed: z.number().int().min(0).max(9999).default(1).describe('Seed of the gradient noise.'),
    sweep: z.boolean().default(true).describe('Show the learning-rate sweep beside the race.'),
    title: z.string().max(80).default('Optimizer race').describe('The widget’s title.'),
  })
  .strict()
  .superRefine((props, ctx) => racersOrHyper(props, classicOptimizerNames, ctx))
  .describe(
    'Several optimizers racing from one start point on a loss surface (or a typed formula), with a loss chart, a learning-rate sweep, a shareable link and downloads.',
  );

export type RaceProps = z.output<typeof schema>;
