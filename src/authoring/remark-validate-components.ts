import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { componentSchemas } from '../../components/registry.ts';
import { evaluateLiteral, NotLiteralError } from './literal.ts';
import { inlineMathProblem } from '../typeset/katex.ts';
import { lostInSource, mathEscapeProblem } from '../typeset/math-escapes.ts';
import { didYouMean, formatProblems, type Problem } from './problem.ts';

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string; data?: { estree?: unknown } };
  position?: { start: { line: number; column: number } };
}
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  position?: { start: { line: number; column: number } };
}

/** The JavaScript source of every string literal in an attribute's expression (for lost backslashes). */
function rawStrings(node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const n = node as { type?: string; value?: unknown; raw?: unknown };
  if (n.type === 'Literal' && typeof n.value === 'string' && typeof n.raw === 'string') return [n.raw];
  return Object.entries(node).flatMap(([key, child]) =>
    key === 'loc' || key === 'range' ? [] : Array.isArray(child) ? child.flatMap(rawStrings) : rawStrings(child),
  );
}

/** The value at `path` in the props (a list's item, an object's key), or undefined. */
function valueAt(props: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  let value: unknown = props;
  for (const key of path)
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/**
 * A schema issue as a sentence with its fix. Zod words a wrong name from a list (an optimizer, a
 * surface) as 'Invalid option: expected one of "sgd"|"momentum"|…', which names neither what the
 * author wrote nor the likely fix: say both ('"adamx" is not one of …; did you mean "adam"?').
 */
function issueText(
  issue: { code: string; message: string; path: readonly PropertyKey[]; values?: readonly unknown[] },
  props: Record<string, unknown>,
): string {
  const given = valueAt(props, issue.path);
  const names = (issue.values ?? []).filter((o): o is string => typeof o === 'string');
  if (issue.code !== 'invalid_value' || typeof given !== 'string' || names.length !== issue.values?.length)
    return issue.message;
  const guess = didYouMean(given, names, (c) => `"${c}"`);
  return `"${given}" is not one of ${names.map((o) => `"${o}"`).join(', ')}.${guess || ' Use one of these.'}`;
}

/** Reasons a chapter's component tag is wrong, as readable sentences. Exported for unit tests. */
export function checkComponent(element: JsxElement): string[] {
  return componentIssues(element).map((issue) => issue.message);
}

/**
 * The chapter line where a prop's text starts, when its lines are the chapter's lines: a quoted
 * prop, or a template literal in braces (a rule written over several lines). Null otherwise.
 */
function textStartLine(attribute: JsxAttribute): number | null {
  const value = attribute.value;
  if (typeof value === 'string') return attribute.position?.start.line ?? null;
  const estree = value?.data?.estree as
    { body?: { expression?: { type?: string; loc?: { start: { line: number } } } }[] } | undefined;
  const expression = estree?.body?.[0]?.expression;
  return expression?.type === 'TemplateLiteral' ? (expression.loc?.start.line ?? null) : null;
}

/**
 * checkComponent's sentences, each with the chapter line it points at when that is not the tag's
 * own: a schema issue carrying `params.ruleLine` (a line inside a multi-line text prop, such as
 * a rule's line in <RuleCell source>) points at that line of the prop's text.
 */
export function componentIssues(element: JsxElement): { message: string; line?: number }[] {
  const name = element.name;
  if (name === null || !/^[A-Z]/.test(name)) return [];
  const schema = componentSchemas[name];
  if (!schema) {
    const known = Object.keys(componentSchemas).sort();
    const guess = didYouMean(name, known, (c) => `<${c}>`);
    return [{ message: `<${name}> is not a course component.${guess || ` Known components: ${known.join(', ')}.`}` }];
  }
  const props: Record<string, unknown> = {};
  const problems: string[] = [];
  const located: { message: string; line: number }[] = [];
  const sources = new Map<string, 'quoted prop' | 'braces'>();
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
      sources.set(attribute.name, 'quoted prop');
    } else {
      sources.set(attribute.name, 'braces');
      for (const raw of rawStrings(value.data?.estree)) {
        const lost = lostInSource(raw);
        if (lost) problems.push(`<${name}> prop "${attribute.name}": ${lost}`);
      }
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
      const message = `<${name}> prop "${prop}": ${issueText(issue, props)}`;
      const ruleLine =
        issue.code === 'custom' ? (issue.params as { ruleLine?: unknown } | undefined)?.ruleLine : undefined;
      const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === issue.path[0]);
      const start = attribute && typeof ruleLine === 'number' ? textStartLine(attribute) : null;
      if (start !== null && typeof ruleLine === 'number') located.push({ message, line: start + ruleLine - 1 });
      else problems.push(message);
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
      const problem = inlineMathProblem(text) ?? mathEscapeProblem(text, sources.get(prop) ?? 'quoted prop');
      if (problem) problems.push(`<${name}> prop "${prop}": ${problem}`);
    }
  }
  return [...problems.map((message) => ({ message })), ...located];
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
 * Every problem with the component tags of a chapter's MDX tree (see checkComponent), plus ids
 * used twice on the page, each at the line and column of its tag. `file` is relative to the project.
 */
export function componentProblems(tree: Root, file: string): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as unknown as JsxElement;
    const line = element.position?.start.line ?? 1;
    const column = element.position?.start.column ?? 1;
    for (const issue of componentIssues(element)) {
      problems.push(
        issue.line === undefined
          ? { file, line, column, message: issue.message }
          : { file, line: issue.line, column: 1, message: issue.message },
      );
    }
    const key = idKey(element);
    if (key === null) return;
    const first = ids.get(key);
    if (first === undefined) ids.set(key, line);
    else {
      const what = key.startsWith('Quiz') ? 'question' : 'widget';
      problems.push({
        file,
        line,
        column,
        message: `<${element.name}> prop "id": ${key} is already used on line ${first}; give each ${what} its own id.`,
      });
    }
  });
  return problems;
}

/**
 * An error that points at the author's text: `line` and `column` are what @astrojs/mdx and the
 * dev overlay read to show the right line (without them they show line 0 or 1).
 */
export function authoringError(title: string, problems: readonly Problem[]): Error {
  const first = problems[0];
  return Object.assign(
    new Error(`${title}\n${formatProblems(problems)}`),
    first ? { line: first.line, column: first.column } : {},
  );
}

/**
 * Checks every component tag in a chapter against the component's zod schema at compile time,
 * so a wrong prop (an unknown optimizer, a number out of range, a missing required prop, a tag
 * that is not a course component) fails `npm run dev` and `npm run build` naming the file, line,
 * component and prop. (A build runs the same check on every chapter first: src/authoring/preflight.ts.)
 */
export function remarkValidateComponents() {
  return (tree: Root, file: VFile) => {
    if (!file.path.endsWith('.mdx')) return;
    const problems = componentProblems(tree, relative(file.path));
    if (problems.length > 0) throw authoringError(`Invalid component usage in ${relative(file.path)}:`, problems);
  };
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
