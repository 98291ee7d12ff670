import { z } from 'zod';
import { widgetId } from '../lib/widget-id.ts';
import { activations } from '../../../src/engine/nn/index.ts';
import type { Activation } from '../../../src/engine/nn/index.ts';
import { optimizerNames } from '../../../src/engine/optim/index.ts';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import {
  hyperKeysText,
  hyperByOptimizerSchema,
  optimizerListSchema,
  racerOrRuleSchema,
  racersOrHyper,
} from '../lib/hyper-schema.ts';
import { trainerDatasets } from './model.ts';
import type { TrainerDataset } from './model.ts';

/** The optimizers trained when the author names none. */
const defaultOptimizers: readonly OptimizerName[] = ['sgd', 'momentum', 'adam'];

export const schema = z
  .object({
    id: widgetId('trainer'),
    dataset: z
      .enum(trainerDatasets as unknown as [TrainerDataset, ...TrainerDataset[]])
      .default('moons')
      .describe(`The data set: ${trainerDatasets.join(', ')}.`),
    sizes: z
      .array(z.number().int().min(1).max(32))
      .min(2)
      .max(6)
      .refine((s) => s[0] === 2 && s[s.length - 1] === 1, {
        message: 'must start with 2 (the inputs x, y) and end with 1 (the class score)',
      })
      .default([2, 8, 8, 1])
      .describe(
        'Layer widths from input to output, e.g. [2, 8, 8, 1]: 2 inputs, hidden layers of 1 to 32 units, 1 output.',
      ),
    activation: z
      .enum(activations as [Activation, ...Activation[]])
      .default('tanh')
      .describe(`Activation of the hidden layers: ${activations.join(', ')}.`),
    optimizers: optimizerListSchema(defaultOptimizers).describe(
      `Which optimizers train side by side, each once: any of ${optimizerNames.join(', ')}.`,
    ),
    racers: z
      .array(racerOrRuleSchema)
      .min(1)
      .max(6)
      .optional()
      .describe(
        'Instead of optimizers and hyper: the networks, one entry each, a built-in optimizer with its settings or an update rule, e.g. [{ optimizer: "sgd", lr: 0.3 }, { rule: "param lr = 0.1\\nw = w - lr * sign(g)", label: "signSGD" }]. A built-in entry takes optimizer, label and that optimizer’s keys (as in hyper), each optimizer once; a rule entry takes rule (the source, as in <RuleCell>), params and label.',
      ),
    batchSize: z
      .number()
      .int()
      .min(1)
      .max(210)
      .default(10)
      .describe('Rows per step (1 to 210; 210 is the whole training set: full batch).'),
    hyper: hyperByOptimizerSchema
      .default({})
      .describe(
        `Per-optimizer hyperparameters of the training optimizers, e.g. { adam: { lr: 0.02, weightDecay: 0.001, schedule: { name: "warmup", warmupSteps: 100 } } }. Keys: ${hyperKeysText}.`,
      ),
    seed: z.number().int().min(0).max(9999).default(1).describe('Seed of the data, the split and the initial weights.'),
    showSteps: z
      .boolean()
      .default(false)
      .describe(
        'Show a table of the effective step size of the first-layer weights from x and from y, per optimizer (for per-weight step sizes, e.g. on the sparse data set).',
      ),
    title: z.string().max(80).default('Training a small network').describe('The widget’s title.'),
  })
  .strict()
  .superRefine((props, ctx) => {
    racersOrHyper(props, defaultOptimizers, ctx);
    if (props.racers === undefined) return;
    // The Trainer's controls and link keep one setting per optimizer: a second entry could not be told apart.
    const builtIns = props.racers.flatMap((r) => ('optimizer' in r ? [r.optimizer] : []));
    const twice = builtIns.find((name, i) => builtIns.indexOf(name) !== i);
    if (twice !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['racers'],
        message: `lists ${twice} twice; the Trainer trains each optimizer once (a rule may race it at other settings)`,
      });
    }
  })
  .describe(
    'A small network trained live on a 2-D data set by several optimizers from the same initial weights, with loss curves and decision boundaries.',
  );

export type TrainerProps = z.output<typeof schema>;
