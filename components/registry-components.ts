import type { ComponentType } from 'preact';
import { componentSchemas, componentTable } from './registry.ts';
import { controlsOf, type ControlEntry } from './widgets/lib/control-list.tsx';

/**
 * The Astro component of each tag in components/registry.ts, found by file name: a teaching block
 * is components/blocks/<Name>.astro, a widget components/widgets/<Name>/<Name>.astro. The names
 * come from the registry; componentTable fails the build when a tag has no component or a
 * component is no tag. Kept apart from the registry because astro.config.mjs (the remark check)
 * imports the registry and cannot import `.astro` files.
 */
const blockFiles = import.meta.glob<unknown>('./blocks/*.astro', { eager: true, import: 'default' });
const widgetFiles = import.meta.glob<unknown>('./widgets/*/*.astro', { eager: true, import: 'default' });

const found: Record<string, unknown> = {};
for (const [file, component] of Object.entries(blockFiles)) {
  found[file.slice('./blocks/'.length, -'.astro'.length)] = component;
}
for (const [file, component] of Object.entries(widgetFiles)) {
  // Only <Name>/<Name>.astro is a widget's tag; other .astro files in its folder are its own parts.
  const [, , folder, base] = file.split('/');
  if (folder !== undefined && base === `${folder}.astro`) found[folder] = component;
}

/** Blocks the tags are built from, not tags themselves. */
const blockParts = ['Callout'];

/** The one table of components handed to every chapter's MDX content: chapters use these tags without imports. */
export const components: Readonly<Record<string, unknown>> = componentTable(found, blockParts);

/** Each widget's island (components/widgets/<Name>/<Name>Island.tsx), by tag: what its Astro component renders. */
const islandFiles = import.meta.glob<ComponentType<Record<string, unknown>>>('./widgets/*/*Island.tsx', {
  eager: true,
  import: 'default',
});

/**
 * The names an instructor can give `hide=`/`lock=` for widget `tag` placed with `props`, each with
 * the label of what it hides, in `locale`: the widget rendered once as its Astro component renders
 * it, collecting what its controls register, which is the list its Share menu shows (control-list.tsx).
 * Build time only (the author guide's page on embedding).
 */
export function widgetControls(tag: string, props: Record<string, unknown>, locale: string): ControlEntry[] {
  const island = Object.entries(islandFiles).find(([file]) => file === `./widgets/${tag}/${tag}Island.tsx`)?.[1];
  const schema = componentSchemas[tag];
  if (!island || !schema)
    throw new Error(`<${tag}> is no widget with an island (components/widgets/${tag}/${tag}Island.tsx).`);
  return controlsOf(island, { ...(schema.parse(props) as Record<string, unknown>), locale }).controls;
}
