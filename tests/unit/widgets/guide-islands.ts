/**
 * Every widget's island with the props of its guide example, for the unit tests that render each
 * widget as the guide does (control-list.test.ts, classroom-frame.test.ts).
 */
import type { ComponentType } from 'preact';
import { componentSchemas } from '../../../components/registry.ts';
import { exampleFor } from '../../../src/authoring/guide-examples.ts';

type Island = ComponentType<Record<string, unknown>>;
const islands = import.meta.glob<Island>('../../../components/widgets/*/*Island.tsx', {
  eager: true,
  import: 'default',
});

/** The island of the widget `name` (components/widgets/<name>/<name>Island.tsx). */
export const islandOf = (name: string): Island => {
  const found = Object.entries(islands).find(([file]) => file.endsWith(`/${name}/${name}Island.tsx`));
  if (!found) throw new Error(`no island for ${name}`);
  return found[1];
};

/** Shorter runs where a widget computes many steps to render: its controls do not depend on the length. */
const quicker: Record<string, Record<string, unknown>> = { Race: { steps: 10 } };

/** The widget's guide example's props, parsed by its schema, in `locale`. */
export const propsOf = (name: string, locale: 'en' | 'zh-cn' = 'en') => ({
  ...(componentSchemas[name]?.parse({ ...exampleFor(name).props, ...quicker[name] }) as Record<string, unknown>),
  locale,
});
