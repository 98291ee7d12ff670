import { z } from 'zod';
import type { Locale } from '../i18n/locales.ts';

/**
 * Props tables, example props and MDX snippets generated from a component's zod schema, for the
 * author guide (src/pages/authoring.astro) and `npm run docs:props`. The schema is the single source:
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

/**
 * The words of the Type column, per language (the author guide exists in every language of the
 * course; `npm run docs:props` prints English). Ranges are built as `characters(between(1, 120))`.
 */
export interface TypeWords {
  between: (lo: number, hi: number) => string;
  exactly: (n: number) => string;
  atLeast: (n: number) => string;
  atMost: (n: number) => string;
  characters: (range: string) => string;
  items: (range: string) => string;
  endsExcluded: (range: string) => string;
  slug: string;
  matching: (pattern: string) => string;
  any: string;
  /** Between the type and its range: `number, 0.001 to 1.5`. */
  separator: string;
}

export const typeWords: Readonly<Record<Locale, TypeWords>> = {
  en: {
    between: (lo, hi) => `${lo} to ${hi}`,
    exactly: (n) => `exactly ${n}`,
    atLeast: (n) => `≥ ${n}`,
    atMost: (n) => `≤ ${n}`,
    characters: (range) => `${range} characters`,
    items: (range) => `${range} items`,
    endsExcluded: (range) => `${range} (ends excluded)`,
    slug: 'lower-case letters, digits and hyphens',
    matching: (pattern) => `matching /${pattern}/`,
    any: 'any',
    separator: ', ',
  },
  'zh-cn': {
    between: (lo, hi) => `${lo} 至 ${hi}`,
    exactly: (n) => `恰好 ${n}`,
    atLeast: (n) => `≥ ${n}`,
    atMost: (n) => `≤ ${n}`,
    characters: (range) => `${range} 个字符`,
    items: (range) => `${range} 项`,
    endsExcluded: (range) => `${range}（不含端点）`,
    slug: '小写字母、数字和连字符',
    matching: (pattern) => `匹配 /${pattern}/`,
    any: '任意',
    separator: '，',
  },
};

function range(lo: number | undefined, hi: number | undefined, words: TypeWords): string {
  const l = unbounded(lo) ? undefined : lo;
  const h = unbounded(hi) ? undefined : hi;
  if (l !== undefined && h !== undefined) return l === h ? words.exactly(l) : words.between(l, h);
  if (l !== undefined) return words.atLeast(l);
  if (h !== undefined) return words.atMost(h);
  return '';
}

/** The accepted values of one JSON Schema node, in words (English unless other words are given). */
export function describeType(node: JsonSchema, words: TypeWords = typeWords.en): string {
  const variants = node.anyOf ?? node.oneOf;
  if (variants) return variants.map((v) => describeType(v, words)).join(' | ');
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  const type = Array.isArray(node.type) ? node.type.join(' | ') : node.type;
  const parts: string[] = [];
  switch (type) {
    case 'number':
    case 'integer': {
      parts.push(type);
      const r = range(node.minimum ?? node.exclusiveMinimum, node.maximum ?? node.exclusiveMaximum, words);
      if (r)
        parts.push(
          node.exclusiveMinimum !== undefined || node.exclusiveMaximum !== undefined ? words.endsExcluded(r) : r,
        );
      break;
    }
    case 'string': {
      parts.push('string');
      const r = range(node.minLength, node.maxLength, words);
      // At least one character is what "string" means to an author: not worth saying.
      if (r && r !== words.atLeast(1)) parts.push(words.characters(r));
      if (node.pattern === '^[a-z0-9-]+$') parts.push(words.slug);
      else if (node.pattern) parts.push(words.matching(node.pattern));
      break;
    }
    case 'array': {
      parts.push(node.items ? `${wrap(describeType(node.items, words))}[]` : 'array');
      const r = range(node.minItems, node.maxItems, words);
      if (r) parts.push(words.items(r));
      break;
    }
    case undefined:
      parts.push(words.any);
      break;
    default:
      parts.push(type);
  }
  return parts.join(words.separator);
}

const wrap = (type: string): string => (/[ ,，|]/.test(type) ? `(${type})` : type);

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

/** The props table of a component, one row per prop in schema order (types in `words`, English by default). */
export function propsTable(schema: z.ZodType, words: TypeWords = typeWords.en): PropRow[] {
  const json = jsonSchemaOf(schema);
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, node]) => ({
    name,
    type: describeType(node, words),
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

/** A props table as a Markdown table (`npm run docs:props`). */
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
