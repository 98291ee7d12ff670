/**
 * The widgets a chapter places, with the props it gives each (read from its MDX, no code run):
 * what the embed pages (embeds.ts) are generated from.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { componentSchemas, widgetNames } from '../../../components/registry.ts';
import { evaluateLiteral } from '../../authoring/literal.ts';

export interface WidgetInstance {
  /** The tag, e.g. GdParabola. */
  tag: string;
  /** The widget's id on its chapter (the prefix of its URL parameters). */
  id: string;
  /** The props as the chapter writes them (the widget's own schema parses them again). */
  props: Record<string, unknown>;
}

interface Attribute {
  type: string;
  name?: string;
  value?: string | null | { data?: { estree?: unknown } };
}

/** The widget instances of one chapter body, in page order; a repeated id keeps its first widget. */
export function widgetInstances(tree: Root): WidgetInstance[] {
  const found: WidgetInstance[] = [];
  const widgets = new Set(widgetNames);
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name === null || !widgets.has(node.name)) return;
    const props: Record<string, unknown> = {};
    for (const attribute of node.attributes as Attribute[]) {
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) continue;
      const value = attribute.value;
      // The build's component check (remark-validate-components.ts) has already refused anything
      // that is not a literal, so evaluating here cannot fail on a chapter that builds.
      props[attribute.name] =
        value === null || value === undefined
          ? true
          : typeof value === 'string'
            ? value
            : evaluateLiteral(value.data?.estree as never);
    }
    const parsed = componentSchemas[node.name]?.safeParse(props);
    const id = parsed?.success ? (parsed.data as { id?: unknown }).id : undefined;
    if (typeof id === 'string' && !found.some((w) => w.id === id)) found.push({ tag: node.name, id, props });
  });
  return found;
}
