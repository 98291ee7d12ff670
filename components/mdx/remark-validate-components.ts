import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { componentSchemas } from '../schemas.ts';
import { evaluateLiteral, NotLiteralError } from './literal.ts';

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
  return problems;
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
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as unknown as JsxElement;
      const line = element.position ? `:${element.position.start.line}` : '';
      for (const problem of checkComponent(element)) problems.push(`  ${relative(file.path)}${line}: ${problem}`);
    });
    if (problems.length > 0) {
      throw new Error(`Invalid component usage in ${relative(file.path)}:\n${problems.join('\n')}`);
    }
  };
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
