import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { componentSchemas } from '../../components/registry.ts';
import { evaluateLiteral, NotLiteralError } from './literal.ts';
import { inlineMathProblem } from '../typeset/katex.ts';

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string; data?: { estree?: unknown } };
}
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  position?: { start: { line: number; column: number } };
}

/** Reasons a chapter's component tag is wrong, as readable sentences. Exported for unit tests. */
export function checkComponent(element: JsxElement): string[] {
  const name = element.name;
  if (name === null || !/^[A-Z]/.test(name)) return [];
  const schema = componentSchemas[name];
  if (!schema) {
    const known = Object.keys(componentSchemas).sort().join(', ');
    return [`<${name}> is not a course component. Known components: ${known}.`];
  }
  const props: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      problems.push(`<${name}>: spread attributes ({...x}) are not allowed in chapters.`);
      continue;
    }
    const value = attribute.value;
    if (value === null || value === undefined) {
      props[attribute.name] = true;
    } else if (typeof value === 'string') {
      props[attribute.name] = value;
    } else {
      try {
        props[attribute.name] = evaluateLiteral(value.data?.estree as never);
      } catch (error) {
        if (!(error instanceof NotLiteralError)) throw error;
        problems.push(`<${name}> prop "${attribute.name}": ${error.message}.`);
      }
    }
  }
  const result = schema.safeParse(props);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const prop = issue.path.length > 0 ? issue.path.map(String).join('.') : '(props)';
      problems.push(`<${name}> prop "${prop}": ${issue.message}`);
    }
  }
  // Text props may carry inline math ($...$) rendered at build time: check it here, where the
  // file and the prop are known, rather than let KaTeX fail later without naming either.
  for (const [prop, value] of Object.entries(props)) {
    const texts =
      typeof value === 'string'
        ? [value]
        : Array.isArray(value)
          ? value.filter((v): v is string => typeof v === 'string')
          : [];
    for (const text of texts) {
      const problem = inlineMathProblem(text);
      if (problem) problems.push(`<${name}> prop "${prop}": ${problem}`);
    }
  }
  return problems;
}

/**
 * Ids that must be unique on a page: a <Quiz> id keys its saved progress, and a widget's id
 * prefixes its state in the page URL, so two widgets with the same id would share one state.
 * Returns the (kind, id) key of a component, or null for components without an id.
 */
function idKey(element: JsxElement): string | null {
  const name = element.name;
  const schema = name === null ? undefined : componentSchemas[name];
  if (!schema || name === null) return null;
  const props: Record<string, unknown> = {};
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name !== undefined && typeof attribute.value === 'string') {
      props[attribute.name] = attribute.value;
    }
  }
  // Parse only the id (the other props were checked above), so its default applies.
  const shape = (
    schema as { shape?: Record<string, { safeParse: (v: unknown) => { success: boolean; data?: unknown } }> }
  ).shape;
  const id = shape?.['id']?.safeParse(props['id']);
  if (!id?.success || typeof id.data !== 'string') return null;
  return `${name === 'Quiz' ? 'Quiz' : 'widget'} id "${id.data}"`;
}

/**
 * Checks every component tag in a chapter against the component's zod schema at compile time,
 * so a wrong prop (an unknown optimizer, a number out of range, a missing required prop, a tag
 * that is not a course component) fails `npm run build` naming the file, line, component and prop.
 */
export function remarkValidateComponents() {
  return (tree: Root, file: VFile) => {
    if (!file.path.endsWith('.mdx')) return;
    const problems: string[] = [];
    const ids = new Map<string, string>();
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as unknown as JsxElement;
      const line = element.position ? `:${element.position.start.line}` : '';
      for (const problem of checkComponent(element)) problems.push(`  ${relative(file.path)}${line}: ${problem}`);
      const key = idKey(element);
      if (key === null) return;
      const first = ids.get(key);
      if (first === undefined) ids.set(key, line);
      else {
        problems.push(
          `  ${relative(file.path)}${line}: <${element.name}> prop "id": ${key} is already used on line ${first.slice(1)}; give each ${key.startsWith('Quiz') ? 'question' : 'widget'} its own id.`,
        );
      }
    });
    if (problems.length > 0) {
      throw new Error(`Invalid component usage in ${relative(file.path)}:\n${problems.join('\n')}`);
    }
  };
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
