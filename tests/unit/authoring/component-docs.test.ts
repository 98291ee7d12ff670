import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  componentIndex,
  componentMarkdown,
  componentsNamed,
  devServer,
  indexRows,
  parseIndex,
  withFreshIndex,
} from '../../../src/authoring/component-docs.ts';
import { registry } from '../../../components/registry.ts';

const root = new URL('../../../', import.meta.url);
const authoring = readFileSync(new URL('AUTHORING.md', root), 'utf8');

/**
 * AUTHORING.md is written by hand except its component index, which `npm run docs:props -- --index`
 * regenerates: what it says about components (names, pages, schema files) must match the registry.
 */
describe('AUTHORING.md and the registry', () => {
  it('lists every component once, in the registry order, with its page and its schema file', () => {
    const rows = parseIndex(authoring);
    expect(rows, 'AUTHORING.md is out of date: run `npm run docs:props -- --index`').toEqual(indexRows());
    expect(rows.map((r) => r.name)).toEqual(registry.map((c) => c.name));
    for (const { schemaFile } of rows) expect(existsSync(new URL(schemaFile, root)), schemaFile).toBe(true);
    expect(rows.find((r) => r.name === 'GdParabola')?.page).toBe('/authoring/components/gd-parabola/');
  });

  it('names no tag that is not a component', () => {
    // `<Name>` and `<NameIsland>` are placeholders; lower-case tags are HTML or placeholders too.
    const tags = new Set([...authoring.matchAll(/<([A-Z][A-Za-z]*)[\s/>]/g)].map((m) => m[1]));
    tags.delete('Name');
    const known = new Set(registry.map((c) => c.name));
    expect([...tags].filter((tag) => tag !== undefined && !known.has(tag))).toEqual([]);
  });

  it('no longer carries the generated props tables (they are on the site and in `npm run docs:props`)', () => {
    expect(authoring).not.toContain('| Prop | Type | Default | Required | Description |');
  });

  it('regenerates to itself, and refuses an index it cannot read', () => {
    expect(withFreshIndex(authoring)).toBe(authoring);
    expect(componentIndex()).toContain(
      `[\`/authoring/components/deep-dive/\`](${devServer}/authoring/components/deep-dive/)`,
    );
    const broken = authoring.replace(
      '(http://localhost:4321/authoring/components/quiz/)',
      '(http://localhost:4321/authoring/components/race/)',
    );
    expect(broken).not.toBe(authoring);
    expect(() => parseIndex(broken)).toThrow(/links <Quiz> to/);
    expect(() => parseIndex('# No index')).toThrow(/no component index/);
    expect(withFreshIndex(authoring.replace(/\| `<Race>` .*\n/, ''))).toBe(authoring);
  });
});

describe('npm run docs:props', () => {
  it('prints a component as Markdown: summary, MDX example, props table, schema and page', () => {
    const quiz = componentMarkdown(componentsNamed(['Quiz'])[0]!);
    expect(quiz.split('\n')[0]).toBe('### `<Quiz>` (teaching block)');
    expect(quiz).toContain('```mdx\n<Quiz id="guide-sign"');
    expect(quiz).toContain('| Prop | Type | Default | Required | Description |');
    expect(quiz).toContain('| `answer` | integer, ≥ 0 |');
    expect(quiz).toContain(
      `Schema: components/blocks/schemas.ts. Live example: ${devServer}/authoring/components/quiz/`,
    );
    expect(componentMarkdown(componentsNamed(['Race'])[0]!)).toContain('### `<Race>` (widget)');
  });

  it('chooses components by name, all by default, and names the unknown ones', () => {
    expect(componentsNamed([]).map((c) => c.name)).toEqual(registry.map((c) => c.name));
    expect(componentsNamed(['Race', 'Quiz']).map((c) => c.name)).toEqual(['Quiz', 'Race']);
    expect(() => componentsNamed(['Quiz', 'Rce'])).toThrow(/No component named Rce\. Known: Objectives, /);
  });
});
