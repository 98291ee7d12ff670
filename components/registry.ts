import type { z } from 'zod';
import {
  deepDiveSchema,
  engineSourceSchema,
  figureSchema,
  objectivesSchema,
  pitfallSchema,
  quizSchema,
  recapSchema,
  ruleSchema,
  tryThisSchema,
} from './blocks/schemas.ts';

/**
 * The one table of the tags a chapter may use, each listed once with its props schema. The build
 * checks every tag of every chapter against it (src/authoring/remark-validate-components.ts), the
 * author guide and `npm run docs:props` are generated from it (src/authoring/), and
 * components/registry-components.ts maps the same names to their Astro components (a separate
 * file because the remark plugin runs in astro.config.mjs, which cannot import `.astro` files).
 *
 * This file and registry-components.ts are the only files under components/ that src/ imports.
 */

export type ComponentKind = 'block' | 'widget';

export interface RegisteredComponent {
  /** The tag: `<Name>` in a chapter. */
  name: string;
  kind: ComponentKind;
  /** Validates the props a chapter passes, supplies defaults and describes each prop for the guide. */
  schema: z.ZodType;
  /** Where the schema is written, from the project root (the guide and AUTHORING.md link to it). */
  schemaFile: string;
  /** Props for the guide's example, when the fewest props that validate would not show it well. */
  example?: Record<string, unknown>;
}

/** The teaching blocks, listed by hand in the guide's order: components/blocks/<Name>.astro is the tag. */
const blockSchemas = {
  Objectives: objectivesSchema,
  TryThis: tryThisSchema,
  Pitfall: pitfallSchema,
  DeepDive: deepDiveSchema,
  Recap: recapSchema,
  Quiz: quizSchema,
  Figure: figureSchema,
  Rule: ruleSchema,
  EngineSource: engineSourceSchema,
} satisfies Record<string, z.ZodType>;

/**
 * Widgets are found by convention: `components/widgets/<Name>/schema.ts` exports `schema` (and may
 * export `example`), and `components/widgets/<Name>/<Name>.astro` is the tag `<Name>`. Adding a
 * widget folder is all it takes to make it available to every chapter.
 */
const widgetModules = import.meta.glob<{ schema?: z.ZodType; example?: Record<string, unknown> }>(
  './widgets/*/schema.ts',
  { eager: true },
);

function widgetEntry([file, module]: [string, { schema?: z.ZodType; example?: Record<string, unknown> }]) {
  const name = file.split('/')[2] ?? '';
  if (typeof module.schema?.safeParse !== 'function') {
    throw new Error(`components/widgets/${name}/schema.ts must export \`schema\` (a zod object).`);
  }
  const entry: RegisteredComponent = {
    name,
    kind: 'widget',
    schema: module.schema,
    schemaFile: `components/widgets/${name}/schema.ts`,
  };
  return module.example === undefined ? entry : { ...entry, example: module.example };
}

/** Every component: the blocks in their listed order, then the widgets A to Z. */
export const registry: readonly RegisteredComponent[] = Object.freeze([
  ...Object.entries(blockSchemas).map(([name, schema]): RegisteredComponent => ({
    name,
    kind: 'block',
    schema,
    schemaFile: 'components/blocks/schemas.ts',
  })),
  ...Object.entries(widgetModules)
    .map(widgetEntry)
    .sort((a, b) => (a.name < b.name ? -1 : 1)),
]);

/** The props schema of every component, by tag name. */
export const componentSchemas: Readonly<Record<string, z.ZodType>> = Object.freeze(
  Object.fromEntries(registry.map((c) => [c.name, c.schema])),
);

export const blockNames: readonly string[] = registry.filter((c) => c.kind === 'block').map((c) => c.name);
export const widgetNames: readonly string[] = registry.filter((c) => c.kind === 'widget').map((c) => c.name);

/**
 * Matches the registry's names with the Astro components found on disk (file name → component),
 * in the registry's order. Fails loudly, naming both sides, when a tag has no component or a
 * component file is no tag (unless `parts` lists it: a piece other blocks are built from).
 */
export function componentTable<C>(
  found: Readonly<Record<string, C>>,
  parts: readonly string[] = [],
  names: readonly string[] = registry.map((c) => c.name),
): Readonly<Record<string, C>> {
  const missing = names.filter((name) => !(name in found));
  const unnamed = Object.keys(found).filter((name) => !names.includes(name) && !parts.includes(name));
  const problems = [
    ...missing.map((name) => `<${name}> is in components/registry.ts but has no Astro component.`),
    ...unnamed.map((name) => `The component ${name}.astro has no entry (or no schema.ts) in components/registry.ts.`),
  ];
  if (problems.length > 0)
    throw new Error(`The component table does not match the registry:\n  ${problems.join('\n  ')}`);
  return Object.freeze(Object.fromEntries(names.map((name) => [name, found[name] as C])));
}
