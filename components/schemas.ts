import type { z } from 'zod';
import {
  deepDiveSchema,
  figureSchema,
  objectivesSchema,
  pitfallSchema,
  quizSchema,
  recapSchema,
  tryThisSchema,
} from './blocks/schemas.ts';

/**
 * The props schema of every component a chapter may use, by tag name. The build checks each
 * tag in each chapter against it (components/mdx/remark-validate-components.ts), and the
 * author guide generates its props tables from it. components/mdx/components.ts must list the
 * same names (a unit test checks).
 *
 * Adding a widget: add its schema here and its Astro wrapper in components/mdx/components.ts.
 */
export const componentSchemas = {
  Objectives: objectivesSchema,
  TryThis: tryThisSchema,
  Pitfall: pitfallSchema,
  DeepDive: deepDiveSchema,
  Recap: recapSchema,
  Quiz: quizSchema,
  Figure: figureSchema,
} satisfies Record<string, z.ZodType>;

export type ComponentName = keyof typeof componentSchemas;
