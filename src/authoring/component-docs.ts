import type { RegisteredComponent } from '../../components/registry.ts';
import { exampleFor, exampleSnippet, guideComponents } from './guide-examples.ts';
import { componentPath } from './guide-entry.ts';
import { markdownPropsTable, propsTable, summaryOf } from './props-table.ts';

/**
 * The author guide in Markdown, for `npm run docs:props` (tools/docs-props.ts): each component's
 * section (summary, example, props table) for an author's terminal, and the component index of
 * AUTHORING.md (names and links only: the tables themselves are on the site, one page per
 * component, so AUTHORING.md does not repeat them). tests/unit/authoring/component-docs.test.ts
 * checks that AUTHORING.md's index lists exactly the registry's components.
 */

/** The dev server's address: the index links there, since the site's own address depends on the deployment. */
export const devServer = 'http://localhost:4321';

/** One component as Markdown: what it is for, the MDX to copy, its props table and where to read more. */
export function componentMarkdown({ name, kind, schema, schemaFile }: RegisteredComponent): string {
  const example = exampleFor(name, schema);
  return [
    `### \`<${name}>\` (${kind === 'block' ? 'teaching block' : 'widget'})`,
    '',
    summaryOf(schema),
    ...(example.note ? ['', example.note] : []),
    '',
    '```mdx',
    exampleSnippet(name, example),
    '```',
    '',
    markdownPropsTable(propsTable(schema)),
    '',
    `Schema: ${schemaFile}. Live example: ${devServer}${componentPath(name)}`,
  ].join('\n');
}

/** The components with these names (all of them when none is given), in the registry's order. */
export function componentsNamed(names: readonly string[]): readonly RegisteredComponent[] {
  const unknown = names.filter((name) => !guideComponents.some((c) => c.name === name));
  if (unknown.length > 0) {
    const known = guideComponents.map((c) => c.name).join(', ');
    throw new Error(`No component named ${unknown.join(', ')}. Known: ${known}.`);
  }
  return names.length === 0 ? guideComponents : guideComponents.filter((c) => names.includes(c.name));
}

export const indexStart = '<!-- components:start -->';
export const indexEnd = '<!-- components:end -->';

/** One row of AUTHORING.md's component index. */
export interface IndexRow {
  name: string;
  /** The component's page on the site, from its root. */
  page: string;
  /** Its schema file, from the project root. */
  schemaFile: string;
}

export const indexRows = (components: readonly RegisteredComponent[] = guideComponents): IndexRow[] =>
  components.map(({ name, schemaFile }) => ({ name, page: componentPath(name), schemaFile }));

/** AUTHORING.md's component index, markers included: a table per kind, in the registry's order. */
export function componentIndex(components: readonly RegisteredComponent[] = guideComponents): string {
  const table = (kind: RegisteredComponent['kind']) => [
    '| Tag | Page on the site | Props schema |',
    '| --- | --- | --- |',
    ...indexRows(components.filter((c) => c.kind === kind)).map(
      (r) => `| \`<${r.name}>\` | [\`${r.page}\`](${devServer}${r.page}) | [${r.schemaFile}](${r.schemaFile}) |`,
    ),
  ];
  return [
    indexStart,
    '<!-- Generated from components/registry.ts by `npm run docs:props -- --index`; do not edit by hand. -->',
    '',
    '**Teaching blocks**',
    '',
    ...table('block'),
    '',
    '**Widgets**',
    '',
    ...table('widget'),
    '',
    indexEnd,
  ].join('\n');
}

/** The rows AUTHORING.md's index lists, read back from its Markdown (the test compares them with the registry). */
export function parseIndex(markdown: string): IndexRow[] {
  const { from, to } = indexBounds(markdown);
  const row = /^\| `<(\w+)>` \| \[`([^`]+)`\]\(([^)]+)\) \| \[([^\]]+)\]\(([^)]+)\) \|$/;
  return markdown
    .slice(from, to)
    .split('\n')
    .filter((line) => line.startsWith('| `<'))
    .map((line) => {
      const m = row.exec(line);
      if (!m) throw new Error(`AUTHORING.md's component index has a row it cannot read: ${line}`);
      const [, name = '', page = '', href = '', schemaFile = '', schemaHref = ''] = m;
      if (href !== devServer + page || schemaHref !== schemaFile) {
        throw new Error(
          `AUTHORING.md's component index links <${name}> to ${href} and ${schemaHref}, not to what it shows.`,
        );
      }
      return { name, page, schemaFile };
    });
}

/** AUTHORING.md with its component index replaced by a fresh one. */
export function withFreshIndex(markdown: string): string {
  const { from, to } = indexBounds(markdown);
  return markdown.slice(0, from) + componentIndex() + markdown.slice(to + indexEnd.length);
}

function indexBounds(markdown: string): { from: number; to: number } {
  const from = markdown.indexOf(indexStart);
  const to = markdown.indexOf(indexEnd);
  if (from < 0 || to < from) throw new Error(`AUTHORING.md has no component index (${indexStart} ... ${indexEnd}).`);
  return { from, to };
}
