import type { z } from 'zod';
import {
  deepDiveSchema,
  figureSchema,
  objectivesSchema,
  pitfallSchema,
  quizSchema,
  recapSchema,
  ruleSchema,
  tryThisSchema,
} from './blocks/schemas.ts';

/** The teaching blocks, listed by hand (components/blocks/). */
const blockSchemas = {
  Objectives: objectivesSchema,
  TryThis: tryThisSchema,
  Pitfall: pitfallSchema,
  DeepDive: deepDiveSchema,
  Recap: recapSchema,
  Quiz: quizSchema,
  Figure: figureSchema,
  Rule: ruleSchema,
} satisfies Record<string, z.ZodType>;

/**
 * Widgets are found by convention: `components/widgets/<Name>/schema.ts` exports `schema`, and
 * `components/widgets/<Name>/<Name>.astro` is the tag `<Name>` (components/registry-components.ts).
 * Adding a widget folder is all it takes to make it available to every chapter.
 */
const widgetModules = import.meta.glob<{ schema: z.ZodType }>('./widgets/*/schema.ts', { eager: true });
const widgetSchemas: Record<string, z.ZodType> = {};
for (const [file, module] of Object.entries(widgetModules)) {
  const name = file.split('/')[2];
  if (name === undefined || !(module.schema as unknown)) throw new Error(`${file} must export \`schema\` (a zod object).`);
  widgetSchemas[name] = module.schema;
}

/**
 * The props schema of every component a chapter may use, by tag name. The build checks each
 * tag in each chapter against it (src/authoring/remark-validate-components.ts), and the
 * author guide generates its props tables from it.
 */
export const componentSchemas: Readonly<Record<string, z.ZodType>> = Object.freeze({ ...blockSchemas, ...widgetSchemas });

export const blockNames = Object.keys(blockSchemas);
export const widgetNames = Object.keys(widgetSchemas).sort();
