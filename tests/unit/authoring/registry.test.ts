import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockNames, componentSchemas, componentTable, registry, widgetNames } from '../../../components/registry.ts';

const root = new URL('../../../', import.meta.url);

/** The one tag table (components/registry.ts) and what registry-components.ts derives from it. */
describe('the component registry', () => {
  it('lists each name once: the blocks by hand, then every widget folder A to Z', () => {
    const names = registry.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([...blockNames, ...widgetNames]);
    expect(Object.keys(componentSchemas)).toEqual(names);
    const folders = readdirSync(new URL('components/widgets/', root), { withFileTypes: true })
      .filter((d) => d.isDirectory() && /^[A-Z]/.test(d.name))
      .map((d) => d.name)
      .sort();
    expect(widgetNames).toEqual(folders);
    expect(blockNames).toContain('Quiz');
  });

  it('names a schema file that exists for every component, and an Astro file for every tag', () => {
    for (const { name, kind, schemaFile } of registry) {
      expect(existsSync(new URL(schemaFile, root)), schemaFile).toBe(true);
      const astro = kind === 'block' ? `components/blocks/${name}.astro` : `components/widgets/${name}/${name}.astro`;
      expect(existsSync(new URL(astro, root)), astro).toBe(true);
    }
  });

  it('matches the components found with the registry names, in the registry order', () => {
    const table = componentTable({ B: 'b', A: 'a', Frame: 'f' }, ['Frame'], ['A', 'B']);
    expect(Object.entries(table)).toEqual([
      ['A', 'a'],
      ['B', 'b'],
    ]);
  });

  it('fails loudly when a tag has no component or a component has no tag', () => {
    expect(() => componentTable({ A: 'a' }, [], ['A', 'Race'])).toThrow(
      /<Race> is in components\/registry.ts but has no Astro component/,
    );
    expect(() => componentTable({ A: 'a', Stray: 's' }, [], ['A'])).toThrow(/Stray\.astro has no entry/);
    // The real table: every block file is a tag or a listed part, every tag has its file.
    const blocks = readdirSync(new URL('components/blocks/', root))
      .filter((f) => f.endsWith('.astro'))
      .map((f) => f.slice(0, -'.astro'.length));
    const found = Object.fromEntries([...blocks, ...widgetNames].map((n) => [n, n]));
    expect(Object.keys(componentTable(found, ['Callout']))).toEqual(registry.map((c) => c.name));
  });
});
