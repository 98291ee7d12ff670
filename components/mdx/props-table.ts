import { z } from 'zod';

/**
 * Props tables, example props and MDX snippets generated from a component's zod schema, for the
 * author guide (src/pages/authoring.astro) and AUTHORING.md. The schema is the single source:
 * a prop added to a schema appears in both without further edits.
 */

/** One row of a props table. */
export interface PropRow {
  name: string;
  /** The accepted values in words: `number, 0.001 to 1.5`, `"sgd" | "adam"`, `string[], 2 to 6 items`. */
  type: string;
  /** The default as it would be written in MDX (`0.1`, `"gd"`, `false`), or "" when there is none. */
  default: string;
  /** Must be given (no default, not optional). */
  required: boolean;
  description: string;
}

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  default?: unknown;
  description?: string;
}

/** The JSON Schema of a component's props, as an author writes them (defaults make props optional). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

const unbounded = (n: number | undefined): boolean => n === undefined || Math.abs(n) >= Number.MAX_SAFE_INTEGER;

function range(lo: number | undefined, hi: number | undefined, unit = ''): string {
  const l = unbounded(lo) ? undefined : lo;
  const h = unbounded(hi) ? undefined : hi;
  if (l !== undefined && h !== undefined) return l === h ? `exactly ${l}${unit}` : `${l} to ${h}${unit}`;
  if (l !== undefined) return `≥ ${l}${unit}`;
  if (h !== undefined) return `≤ ${h}${unit}`;
  return '';
}

/** The accepted values of one JSON Schema node, in words. */
export function describeType(node: JsonSchema): string {
  const variants = node.anyOf ?? node.oneOf;
  if (variants) return variants.map(describeType).join(' | ');
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  const type = Array.isArray(node.type) ? node.type.join(' | ') : node.type;
  const parts: string[] = [];
  switch (type) {
    case 'number':
    case 'integer': {
      parts.push(type);
      const r = range(node.minimum ?? node.exclusiveMinimum, node.maximum ?? node.exclusiveMaximum);
      if (r)
        parts.push(
          node.exclusiveMinimum !== undefined || node.exclusiveMaximum !== undefined ? `${r} (ends excluded)` : r,
        );
      break;
    }
    case 'string': {
      parts.push('string');
      const r = range(node.minLength, node.maxLength, ' characters');
      if (r && r !== '≥ 1 characters') parts.push(r);
      if (node.pattern === '^[a-z0-9-]+$') parts.push('lower-case letters, digits and hyphens');
      else if (node.pattern) parts.push(`matching /${node.pattern}/`);
      break;
    }
    case 'array': {
      parts.push(node.items ? `${wrap(describeType(node.items))}[]` : 'array');
      const r = range(node.minItems, node.maxItems, ' items');
      if (r) parts.push(r);
      break;
    }
    case undefined:
      parts.push('any');
      break;
    default:
      parts.push(type);
  }
  return parts.join(', ');
}

const wrap = (type: string): string => (/[ ,|]/.test(type) ? `(${type})` : type);

/**
 * A value as an MDX attribute value. A quoted attribute is taken literally (no escapes, as in
 * HTML), so `$\\alpha$` stays one backslash: strings are quoted with " or ', and only a string
 * holding both quotes, or any other value, goes in braces as a JavaScript literal.
 */
export function attributeValue(value: unknown): string {
  if (typeof value === 'string') {
    if (!value.includes('"')) return `"${value}"`;
    if (!value.includes("'")) return `'${value}'`;
  }
  return `{${JSON.stringify(value)}}`;
}

/** The props table of a component, one row per prop in schema order. */
export function propsTable(schema: z.ZodType): PropRow[] {
  const json = jsonSchemaOf(schema);
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, node]) => ({
    name,
    type: describeType(node),
    default: node.default === undefined ? '' : JSON.stringify(node.default),
    required: required.has(name),
    description: node.description ?? '',
  }));
}

/** The description given to the whole schema with `.describe()`, or "". */
export const summaryOf = (schema: z.ZodType): string => jsonSchemaOf(schema).description ?? '';

/**
 * Props that make a valid example with the fewest choices: every required prop gets the first
 * allowed value (first enum member, the minimum, a short string), optional ones are left out so
 * their defaults show. Throws, naming the component, when the result does not validate: the
 * widget's schema.ts should then export `example` (props) for the guide.
 */
export function minimalProps(name: string, schema: z.ZodType): Record<string, unknown> {
  const json = jsonSchemaOf(schema);
  const props: Record<string, unknown> = {};
  for (const key of json.required ?? []) {
    const node = json.properties?.[key];
    if (node) props[key] = sampleValue(node);
  }
  const result = schema.safeParse(props);
  if (!result.success) {
    throw new Error(
      `The author guide cannot make an example of <${name}> from its schema (${result.error.issues[0]?.message ?? ''}); export \`example\` props from its schema.ts.`,
    );
  }
  return props;
}

function sampleValue(node: JsonSchema): unknown {
  const variants = node.anyOf ?? node.oneOf;
  if (variants?.[0]) return sampleValue(variants[0]);
  if (node.const !== undefined) return node.const;
  if (node.enum) return node.enum[0];
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  switch (type) {
    case 'number':
    case 'integer':
      return node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : 0);
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: node.minItems ?? 1 }, () => (node.items ? sampleValue(node.items) : null));
    case 'string':
      return node.pattern === '^[a-z0-9-]+$' ? 'example' : 'Example';
    default:
      return {};
  }
}

/**
 * The MDX a chapter writes to use a component: `<Name a="x" b={1} />`, or with a body between an
 * opening and a closing tag (blank lines around it, so MDX reads the body as Markdown).
 */
export function mdxSnippet(name: string, props: Record<string, unknown>, body?: string): string {
  const attributes = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}=${attributeValue(v)}`))
    .join('');
  if (body === undefined || body.trim() === '') return `<${name}${attributes} />`;
  return `<${name}${attributes}>\n\n${body.trim()}\n\n</${name}>`;
}

/** A props table as a Markdown table (AUTHORING.md). */
export function markdownPropsTable(rows: readonly PropRow[]): string {
  if (rows.length === 0) return '_No props._';
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const code = (text: string) => (text ? `\`${text.replace(/`/g, "'")}\`` : '');
  return [
    '| Prop | Type | Default | Required | Description |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| \`${r.name}\` | ${cell(r.type)} | ${cell(code(r.default))} | ${r.required ? 'yes' : 'no'} | ${cell(r.description)} |`,
    ),
  ].join('\n');
}
