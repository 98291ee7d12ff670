/**
 * The author props for optimizer hyperparameters, shared by the widgets that run several
 * optimizers (Race, Trainer): `hyper: { adam: { lr: 0.05, weightDecay: 0.01, schedule: { name:
 * 'cosine', tMax: 300 } } }`. The ranges are the controls' (`hyperRanges`, `scheduleRanges`), so a
 * prop the controls could not show fails the build. A setting that would do nothing is an error:
 * each optimizer takes only the hyperparameters it reads (`sgd: { beta1 }` fails, naming the ones
 * it takes), an optimizer listed twice, and `hyper` for an optimizer that does not run. Also the
 * props every widget that runs a rule or a typed surface shares: `formula`, and a rule racer.
 */
import { z } from 'zod';
import { functionNames, parse } from '../../../src/engine/expr/index.ts';
import { optimizerNames, scheduleNames } from '../../../src/engine/optim/index.ts';
import { checkRule } from '../../../src/engine/rule/index.ts';
import type { OptimizerName, ScheduleName } from '../../../src/engine/optim/index.ts';
import { hasBiasCorrection, hyperOf, hyperRanges, type HyperKey } from './optimizer-settings.ts';
import { scheduleFields, scheduleRanges, weightDecayRange } from './schedule-settings.ts';
import type { ScheduleField } from './schedule-settings.ts';

const symbols: Record<HyperKey, string> = { lr: 'α', momentum: 'μ', decay: 'γ', beta1: 'β₁', beta2: 'β₂', eps: 'ε' };
const range = (key: HyperKey) =>
  z
    .number()
    .min(hyperRanges[key].min)
    .max(hyperRanges[key].max)
    .describe(`${symbols[key]} (${hyperRanges[key].min} to ${hyperRanges[key].max}).`);

/** A strict object whose unknown keys are reported with the list of the allowed ones. */
function strictWithAllowed<T extends z.ZodRawShape>(shape: T, what = 'the allowed keys are') {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unrecognized key ${issue.keys.map((k) => `"${k}"`).join(', ')}; ${what} ${allowed}`
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

const weightDecaySchema = z
  .number()
  .min(weightDecayRange.min)
  .max(weightDecayRange.max)
  .describe('Weight decay λ (0 to 1; default 0, AdamW 0.01): added to the gradient as λw, decoupled for adamw.');

/** The keys one optimizer accepts in `hyper`. */
export const hyperKeysOf = (name: OptimizerName): readonly string[] => [
  ...hyperOf[name],
  ...(hasBiasCorrection(name) ? ['biasCorrection'] : []),
  'weightDecay',
  'schedule',
];

/** One optimizer's settings: only the hyperparameters it reads, its weight decay and schedule. */
function hyperShapeFor(name: OptimizerName) {
  const shape: Record<string, z.ZodType> = {};
  for (const key of hyperOf[name]) shape[key] = range(key).optional();
  if (hasBiasCorrection(name)) shape['biasCorrection'] = z.boolean().optional().describe('Bias correction on or off.');
  shape['weightDecay'] = weightDecaySchema.optional();
  shape['schedule'] = scheduleSchema
    .optional()
    .describe(`Learning-rate schedule, e.g. { name: "cosine", tMax: 300 }: ${scheduleNames.join(', ')}.`);
  return shape;
}

/** One optimizer's `hyper` entry. */
export const hyperSchemaFor = (name: OptimizerName) => strictWithAllowed(hyperShapeFor(name), `${name} takes`);

/** Every optimizer's keys, for the props' descriptions: "sgd: lr, weightDecay, schedule; ...". */
export const hyperKeysText = optimizerNames.map((name) => `${name}: ${hyperKeysOf(name).join(', ')}`).join('; ');

/** The `hyper` prop: optimizer name -> its settings. */
export const hyperByOptimizerSchema = z.strictObject(
  Object.fromEntries(optimizerNames.map((name) => [name, hyperSchemaFor(name).optional()])) as Record<
    OptimizerName,
    z.ZodOptional<ReturnType<typeof hyperSchemaFor>>
  >,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.map((k) => `"${k}"`).join(', ')} is not an optimizer; use ${optimizerNames.join(', ')}`
        : undefined,
  },
);

/** The `hyper` prop as the schema gives it. */
export type HyperProp = z.output<typeof hyperByOptimizerSchema>;

/** `optimizers`: a list with each optimizer once (twice would race one optimizer against itself, silently once). */
export const optimizerListSchema = (fallback: readonly OptimizerName[]) =>
  z
    .array(z.enum(optimizerNames as [OptimizerName, ...OptimizerName[]]))
    .min(1)
    .max(optimizerNames.length)
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
export function unusedHyper(optimizers: readonly OptimizerName[], hyper: HyperProp, ctx: z.RefinementCtx): void {
  for (const name of Object.keys(hyper) as OptimizerName[]) {
    if (hyper[name] === undefined || optimizers.includes(name)) continue;
    ctx.addIssue({
      code: 'custom',
      path: ['hyper', name],
      message: `${name} is not in optimizers (${optimizers.join(', ')}), so its settings do nothing; add it to optimizers or remove it from hyper`,
    });
  }
}

/**
 * The settings of a widget that takes either `optimizers` and `hyper` or `racers` (Race, Trainer):
 * without racers, `hyper` only for optimizers that run (unusedHyper); with racers, neither
 * `hyper` nor a list of optimizers other than the widget's default, since racers replaces both and
 * settings given twice would leave one of them doing nothing.
 */
export function racersOrHyper(
  props: { optimizers: readonly OptimizerName[]; hyper: HyperProp; racers?: readonly unknown[] | undefined },
  defaultOptimizers: readonly OptimizerName[],
  ctx: z.RefinementCtx,
): void {
  if (props.racers === undefined) return unusedHyper(props.optimizers, props.hyper, ctx);
  if (Object.keys(props.hyper).length > 0 || props.optimizers.join() !== defaultOptimizers.join()) {
    ctx.addIssue({
      code: 'custom',
      path: ['racers'],
      message: 'racers replaces optimizers and hyper: give each racer its settings, and leave optimizers and hyper out',
    });
  }
}

/** One `racers` entry for one optimizer: `optimizer`, an optional `label`, and the keys it takes. */
const racerEntryFor = (name: OptimizerName) =>
  z.strictObject(
    {
      optimizer: z.literal(name),
      label: z
        .string()
        .min(1)
        .max(40)
        .optional()
        .describe('The name shown in the legend; default: the optimizer and its changed settings.'),
      ...hyperShapeFor(name),
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
  optimizerNames.map(racerEntryFor) as [RacerEntrySchema, ...RacerEntrySchema[]],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? `each racer needs optimizer: one of ${optimizerNames.join(', ')}` : undefined,
  },
);

/** One `racers` entry as the schema gives it. */
export type RacerProp = z.output<typeof racerSchema>;

/** The `formula` prop: f(x, y) as the playground reads it (src/engine/expr), at most 200 characters. */
export const formulaSchema = z
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
    {
      message: `is not a formula the playground can read (x, y, numbers, + - * / ^, pi, e, ${functionNames.join(' ')})`,
    },
  )
  .default('x^2 + 10*sin(y)');

/**
 * Whether a racers list holds a rule: a widget whose list does renders the island that loads the
 * rule language (lib/rule-language.ts), the others leave it off their pages.
 */
export const racesRule = (racers: readonly (RacerProp | RuleRacerProp)[] | undefined): boolean =>
  racers?.some((racer) => 'rule' in racer) ?? false;

/** A racer that is an update rule (src/engine/rule): its source (it must compile), values for its params, a label. */
export const ruleRacerSchema = z
  .strictObject({
    rule: z.string().min(1).max(2000),
    params: z.record(z.string(), z.number()).optional(),
    label: z.string().min(1).max(40).optional(),
  })
  .superRefine((racer, ctx) => {
    const checked = checkRule(racer.rule);
    if (!checked.ok) {
      ctx.addIssue({ code: 'custom', path: ['rule'], message: `in the rule: ${checked.error.message}` });
      return;
    }
    const declared = checked.rule.params.map((p) => p.name);
    for (const name of Object.keys(racer.params ?? {})) {
      if (!declared.includes(name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['params', name],
          message: `the rule has no param ${name} (it declares ${declared.join(', ') || 'none'})`,
        });
      }
    }
  });
export type RuleRacerProp = z.output<typeof ruleRacerSchema>;

/** One `racers` entry of either kind: a built-in with its settings, or a rule. */
export const racerOrRuleSchema = z.union([racerSchema, ruleRacerSchema], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? `each racer needs optimizer (one of ${optimizerNames.join(', ')}) or rule (an update rule's source)`
      : undefined,
});
