/**
 * The `hyper` prop of the widgets that run several optimizers (Race, Trainer), and the checks
 * that make a setting that would do nothing an error: each optimizer takes only the
 * hyperparameters it reads (`sgd: { beta1 }` fails, naming the ones it takes), an optimizer
 * listed twice, and `hyper` for an optimizer that does not run.
 */
import { z } from 'zod';
import { classicOptimizerNames } from '../../../src/engine/optim/index.ts';
import type { ClassicOptimizerName } from '../../../src/engine/optim/index.ts';
import { hyperOf, hyperRanges, type HyperKey } from './optimizer-settings.ts';

const symbols: Record<HyperKey, string> = { lr: 'α', momentum: 'μ', decay: 'γ', beta1: 'β₁', beta2: 'β₂', eps: 'ε' };
const range = (key: HyperKey) =>
  z
    .number()
    .min(hyperRanges[key].min)
    .max(hyperRanges[key].max)
    .describe(`${symbols[key]} (${hyperRanges[key].min} to ${hyperRanges[key].max}).`);

/** The keys one optimizer accepts in `hyper` (Adam also takes biasCorrection). */
export const hyperKeysOf = (name: ClassicOptimizerName): readonly string[] =>
  name === 'adam' ? [...hyperOf[name], 'biasCorrection'] : hyperOf[name];

/** One optimizer's settings: only the hyperparameters it reads. */
export function hyperSchemaFor(name: ClassicOptimizerName) {
  const shape: Record<string, z.ZodOptional<z.ZodNumber> | z.ZodOptional<z.ZodBoolean>> = {};
  for (const key of hyperOf[name]) shape[key] = range(key).optional();
  if (name === 'adam') shape['biasCorrection'] = z.boolean().optional().describe('Bias correction on or off.');
  const keys = hyperKeysOf(name).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unrecognized key ${issue.keys.map((k) => `"${k}"`).join(', ')}; ${name} takes ${keys}`
        : undefined,
  });
}

/** Every optimizer's keys, for the props' descriptions: "sgd: lr; momentum: lr, momentum; ...". */
export const hyperKeysText = classicOptimizerNames.map((name) => `${name}: ${hyperKeysOf(name).join(', ')}`).join('; ');

/** The `hyper` prop: optimizer name -> its settings. */
export const hyperByOptimizerSchema = z.strictObject(
  Object.fromEntries(classicOptimizerNames.map((name) => [name, hyperSchemaFor(name).optional()])) as Record<
    ClassicOptimizerName,
    z.ZodOptional<ReturnType<typeof hyperSchemaFor>>
  >,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.map((k) => `"${k}"`).join(', ')} is not an optimizer; use ${classicOptimizerNames.join(', ')}`
        : undefined,
  },
);

/** The `hyper` prop as the schema gives it. */
export type HyperProp = z.output<typeof hyperByOptimizerSchema>;

/** `optimizers`: a list with each optimizer once (twice would race one optimizer against itself, silently once). */
export const optimizerListSchema = (fallback: readonly ClassicOptimizerName[]) =>
  z
    .array(z.enum(classicOptimizerNames as [ClassicOptimizerName, ...ClassicOptimizerName[]]))
    .min(1)
    .max(6)
    .superRefine((names, ctx) => {
      const twice = names.find((name, i) => names.indexOf(name) !== i);
      if (twice !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `lists ${twice} twice; list each optimizer once (to race one optimizer at two settings, use racers on <Race>)`,
        });
      }
    })
    .default([...fallback]);

/** Issues for `hyper` entries of optimizers that do not run (their settings would do nothing). */
export function unusedHyper(optimizers: readonly ClassicOptimizerName[], hyper: HyperProp, ctx: z.RefinementCtx): void {
  for (const name of Object.keys(hyper) as ClassicOptimizerName[]) {
    if (hyper[name] === undefined || optimizers.includes(name)) continue;
    ctx.addIssue({
      code: 'custom',
      path: ['hyper', name],
      message: `${name} is not in optimizers (${optimizers.join(', ')}), so its settings do nothing; add it to optimizers or remove it from hyper`,
    });
  }
}

/** One `racers` entry for one optimizer: `optimizer`, an optional `label`, and the keys it takes. */
const racerEntryFor = (name: ClassicOptimizerName) =>
  z.strictObject(
    {
      optimizer: z.literal(name),
      label: z
        .string()
        .min(1)
        .max(40)
        .optional()
        .describe('The name shown in the legend; default: the optimizer and its changed settings.'),
      ...hyperSchemaFor(name).shape,
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `Unrecognized key ${issue.keys.map((k) => `"${k}"`).join(', ')}; a ${name} racer takes optimizer, label, ${hyperKeysOf(name).join(', ')}`
          : undefined,
    },
  );
type RacerEntrySchema = ReturnType<typeof racerEntryFor>;

/**
 * One entry of a `racers` list: an optimizer, its settings (the keys it takes, side by side with
 * `optimizer`) and an optional label, so one optimizer can run twice at two settings:
 * `{ optimizer: "adam", lr: 0.001, label: "Adam, small steps" }`.
 */
export const racerSchema = z.discriminatedUnion(
  'optimizer',
  classicOptimizerNames.map(racerEntryFor) as [RacerEntrySchema, ...RacerEntrySchema[]],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? `each racer needs optimizer: one of ${classicOptimizerNames.join(', ')}` : undefined,
  },
);

/** One `racers` entry as the schema gives it. */
export type RacerProp = z.output<typeof racerSchema>;
