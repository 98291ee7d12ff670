import { z } from 'zod';
import { widgetId } from '../lib/widget-id.ts';
import { trainerDatasets } from '../lib/datasets.ts';
import type { TrainerDataset } from '../lib/datasets.ts';
import { formulaSchema } from '../lib/hyper-schema.ts';
import { classicOptimizerNames } from '../../../src/engine/optim/index.ts';
import type { ClassicOptimizerName } from '../../../src/engine/optim/index.ts';
import { surfaceIds } from '../../../src/engine/problems/index.ts';
import type { SurfaceId } from '../../../src/engine/problems/index.ts';
import { checkRule, rulePresetNames } from '../../../src/engine/rule/index.ts';
import type { RulePresetName } from '../../../src/engine/rule/index.ts';

const presetEnum = z.enum(rulePresetNames as unknown as [RulePresetName, ...RulePresetName[]]);
const surfaces = [...surfaceIds, 'formula'] as unknown as [SurfaceId | 'formula', ...(SurfaceId | 'formula')[]];

export const schema = z
  .object({
    id: widgetId('cell'),
    source: z
      .string()
      .optional()
      .describe(
        'The update rule the cell starts with, one statement per line (`param lr = 0.01 in [1e-5, 10]`, `w = w - lr * g`); see src/engine/rule/parse.ts. Give source or preset. A rule that does not compile fails the build at its line.',
      ),
    preset: presetEnum
      .optional()
      .describe(`Start from a shipped rule instead of source: ${rulePresetNames.join(', ')}.`),
    racers: z
      .array(z.enum(classicOptimizerNames as unknown as [ClassicOptimizerName, ...ClassicOptimizerName[]]))
      .max(6)
      .refine((list) => new Set(list).size === list.length, { message: 'lists an optimizer twice' })
      .default([])
      .describe(
        `Built-in optimizers raced against the rule from the same start: any of ${classicOptimizerNames.join(', ')}.`,
      ),
    surface: z
      .enum(surfaces)
      .optional()
      .describe(
        'The loss surface the rule runs on (a Race surface id, or formula); default rosenbrock. Not with data.',
      ),
    formula: formulaSchema.describe('The formula f(x, y) used when surface is "formula".'),
    data: z
      .enum(trainerDatasets as unknown as [TrainerDataset, ...TrainerDataset[]])
      .optional()
      .describe(
        `Train the Trainer's toy network on this data set instead of a surface: ${trainerDatasets.join(', ')}.`,
      ),
    steps: z.number().int().min(10).max(1000).default(300).describe('Steps per run (10 to 1000).'),
    check: presetEnum
      .optional()
      .describe(
        'A preset the rule is checked against from the same start: the status says whether the two match to 1e-12 (for exercises).',
      ),
    caption: z.string().max(300).optional().describe('A sentence under the cell.'),
    title: z.string().max(80).default('Write an update rule').describe('The widget’s title.'),
  })
  .strict()
  .superRefine((props, ctx) => {
    if ((props.source === undefined) === (props.preset === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'give either source (a rule) or preset (a preset name), not both or neither',
      });
    }
    if (props.surface !== undefined && props.data !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['data'],
        message: 'give either surface or data: the rule runs on one of them',
      });
    }
    if (props.source !== undefined) {
      const checked = checkRule(props.source);
      // params.line is the rule's line: the build adds it to the prop's line in the chapter.
      if (!checked.ok) {
        const { line } = checked.error.problem;
        ctx.addIssue({
          code: 'custom',
          path: ['source'],
          message: `in the rule: ${checked.error.message}`,
          params: { ruleLine: line },
        });
      }
    }
  })
  .describe(
    'A notebook cell: the reader edits an optimizer’s update rule, sees it typeset, and runs it on a surface or a toy network against built-in optimizers, with a link that keeps the rule.',
  );

export type RuleCellProps = z.output<typeof schema>;

export const example = { preset: 'momentum', racers: ['sgd'], surface: 'rosenbrock' };
