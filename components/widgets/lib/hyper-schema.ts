/**
 * The author props for optimizer hyperparameters, shared by every widget that lets an author
 * set them per optimizer (Race, Trainer): `hyper: { adam: { lr: 0.05, weightDecay: 0.01,
 * schedule: { name: 'cosine', tMax: 300 } } }`. The ranges are the controls' (`hyperRanges`,
 * `scheduleRanges`), so a prop the controls could not show fails the build; an unknown key is an
 * error naming the keys allowed there.
 */
import { z } from 'zod';
import { optimizerNames, scheduleNames } from '../../../src/engine/optim/index.ts';
import type { OptimizerName, ScheduleName } from '../../../src/engine/optim/index.ts';
import { hyperRanges } from './optimizer-settings.ts';
import { scheduleFields, scheduleRanges, weightDecayRange } from './schedule-settings.ts';
import type { ScheduleField } from './schedule-settings.ts';

const range = (key: keyof typeof hyperRanges) => z.number().min(hyperRanges[key].min).max(hyperRanges[key].max);

/** A strict object whose unknown keys are reported with the list of the allowed ones. */
function strictWithAllowed<T extends z.ZodRawShape>(shape: T) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}; the allowed keys are ${allowed}`
        : undefined,
  });
}

const fieldSchema = (field: ScheduleField) => {
  const r = scheduleRanges[field];
  const n = z.number().min(r.min).max(r.max);
  return (r.step === 1 ? n.int() : n).optional().describe(`${r.min} to ${r.max}`);
};

/** One schedule, as the engine names it; its fields optional (the widget fills the rest to fit its runs). */
const scheduleSchema = z
  .discriminatedUnion(
    'name',
    scheduleNames.map((name) =>
      strictWithAllowed({
        name: z.literal(name),
        ...Object.fromEntries(scheduleFields[name].map((f) => [f, fieldSchema(f)])),
      }),
    ) as unknown as [
      z.ZodObject<{ name: z.ZodLiteral<ScheduleName> }>,
      ...z.ZodObject<{ name: z.ZodLiteral<ScheduleName> }>[],
    ],
  )
  .describe(
    `The learning-rate schedule: { name: ${scheduleNames.join(' | ')}, ...its fields } (see the engine's schedule.ts).`,
  );

/** One optimizer's hyperparameters; each one optional (the rest keep the widget's defaults). */
export const hyperSchema = strictWithAllowed({
  lr: range('lr').optional().describe('Learning rate α (0.0001 to 10).'),
  momentum: range('momentum').optional().describe('μ for momentum and nag (0 to 0.99).'),
  decay: range('decay').optional().describe('γ for rmsprop (0 to 0.999).'),
  beta1: range('beta1').optional().describe('β₁ for adam, adamw (0 to 0.99).'),
  beta2: range('beta2').optional().describe('β₂ for adam, adamw (0.5 to 0.9999).'),
  eps: range('eps').optional().describe('ε for adagrad, rmsprop, adam, adamw (1e-10 to 1).'),
  biasCorrection: z.boolean().optional().describe('Adam and AdamW: bias correction on or off.'),
  weightDecay: z
    .number()
    .min(weightDecayRange.min)
    .max(weightDecayRange.max)
    .optional()
    .describe('Weight decay λ (0 to 1; default 0, AdamW 0.01): added to the gradient as λw, decoupled for adamw.'),
  schedule: scheduleSchema
    .optional()
    .describe(`Learning-rate schedule, e.g. { name: "cosine", tMax: 300 }: ${scheduleNames.join(', ')}.`),
});

/** `{ sgd?: ..., adamw?: ... }`: hyperparameters by optimizer name; a widget adds its default and description. */
export const hyperByOptimizerSchema = strictWithAllowed(
  Object.fromEntries(optimizerNames.map((name) => [name, hyperSchema.optional()])) as Record<
    OptimizerName,
    z.ZodOptional<typeof hyperSchema>
  >,
);
