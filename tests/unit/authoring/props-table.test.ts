import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { math } from 'micromark-extension-math';
import { mathFromMarkdown } from 'mdast-util-math';
import { visit } from 'unist-util-visit';
import { checkComponent } from '../../../src/authoring/remark-validate-components.ts';
import { evaluateLiteral } from '../../../src/authoring/literal.ts';
import {
  describeType,
  markdownPropsTable,
  mdxSnippet,
  minimalProps,
  propsTable,
} from '../../../src/authoring/props-table.ts';
import { exampleFor, exampleSnippet, guideComponents } from '../../../src/authoring/guide-examples.ts';
import { componentSchemas } from '../../../components/registry.ts';
import { quizSchema, ruleSchema, deepDiveSchema } from '../../../components/blocks/schemas.ts';
import { schema as gdParabola } from '../../../components/widgets/GdParabola/schema.ts';

function checkMdx(mdx: string): { names: string[]; problems: string[] } {
  // As the build parses chapters: MDX plus remark-math's syntax (so braces inside $...$ are LaTeX).
  const tree = fromMarkdown(mdx, {
    extensions: [mdxjs(), math()],
    mdastExtensions: [mdxFromMarkdown(), mathFromMarkdown()],
  });
  const names: string[] = [];
  const problems: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      names.push(String(node.name));
      problems.push(...checkComponent(node as never));
    }
  });
  return { names, problems };
}

/** The props of the first tag of a snippet, as the build reads them. */
function propsOf(mdx: string): Record<string, unknown> {
  const tree = fromMarkdown(mdx, {
    extensions: [mdxjs(), math()],
    mdastExtensions: [mdxFromMarkdown(), mathFromMarkdown()],
  });
  const first = tree.children[0] as unknown as {
    attributes: { name: string; value: string | { data: { estree: never } } | null }[];
  };
  return Object.fromEntries(
    first.attributes.map((a) => [
      a.name,
      a.value === null ? true : typeof a.value === 'string' ? a.value : evaluateLiteral(a.value.data.estree),
    ]),
  );
}

describe('propsTable', () => {
  it('gives type, range, default, required and description per prop, in schema order', () => {
    expect(propsTable(gdParabola)).toEqual([
      {
        name: 'id',
        type: 'string, lower-case letters, digits and hyphens',
        default: '"gd"',
        required: false,
        description: 'Prefix of this widget’s parameters in the page URL; give each widget on a page its own.',
      },
      {
        name: 'lr',
        type: 'number, 0.001 to 1.5',
        default: '0.1',
        required: false,
        description: 'Starting learning rate α (0.001 to 1.5).',
      },
      {
        name: 'start',
        type: 'number, -3 to 3',
        default: '2.5',
        required: false,
        description: 'Starting weight w₀ (−3 to 3).',
      },
      {
        name: 'steps',
        type: 'integer, 5 to 200',
        default: '40',
        required: false,
        description: 'How many steps the run takes (5 to 200).',
      },
    ]);
  });

  it('describes enums, optional arrays, refined objects and required props', () => {
    const rule = propsTable(ruleSchema);
    expect(rule[0]).toMatchObject({
      name: 'optimizer',
      type: '"sgd" | "momentum" | "nag" | "adagrad" | "rmsprop" | "adam" | "adamw"',
      required: true,
      default: '',
    });
    expect(rule[1]).toMatchObject({ name: 'biasCorrection', type: 'boolean', default: 'true', required: false });
    const quiz = propsTable(quizSchema);
    expect(quiz.map((r) => r.name)).toEqual(['id', 'question', 'choices', 'answer']);
    expect(quiz.find((r) => r.name === 'choices')).toMatchObject({ type: 'string[], 2 to 6 items', required: false });
    expect(quiz.find((r) => r.name === 'answer')).toMatchObject({ type: 'integer, ≥ 0', required: false });
    expect(propsTable(deepDiveSchema)[0]).toMatchObject({
      name: 'title',
      type: 'string, 1 to 120 characters',
      required: true,
    });
  });

  it('handles unions, literals and exclusive bounds', () => {
    expect(describeType({ anyOf: [{ type: 'number', exclusiveMinimum: 0 }, { const: 'auto' }] })).toBe(
      'number, ≥ 0 (ends excluded) | "auto"',
    );
    expect(describeType({ type: 'array', items: { enum: ['a', 'b'] } })).toBe('("a" | "b")[]');
  });

  it('renders a Markdown table, escaping pipes', () => {
    const table = markdownPropsTable(propsTable(ruleSchema));
    expect(table.split('\n')[0]).toBe('| Prop | Type | Default | Required | Description |');
    expect(table).toContain('| `optimizer` | "sgd" \\| "momentum"');
    expect(markdownPropsTable([])).toBe('_No props._');
  });
});

describe('snippets and examples', () => {
  it('writes strings quoted, other values in braces, true as a bare attribute', () => {
    expect(mdxSnippet('Quiz', { id: 'q', choices: ['a', 'b'], answer: 1 }, 'Because.')).toBe(
      '<Quiz id="q" choices={["a","b"]} answer={1}>\n\nBecause.\n\n</Quiz>',
    );
    expect(mdxSnippet('DeepDive', { title: 'T', open: true })).toBe('<DeepDive title="T" open />');
    // Quoted attributes are literal in MDX: one backslash stays one backslash.
    expect(mdxSnippet('Quiz', { question: 'Is $\\alpha$ "small"?', id: "it's" })).toBe(
      `<Quiz question='Is $\\alpha$ "small"?' id="it's" />`,
    );
    expect(mdxSnippet('X', { s: `"both" 'quotes'` })).toBe(`<X s={"\\"both\\" 'quotes'"} />`);
  });

  it('fills required props with the first allowed value, and says so when it cannot', () => {
    const schema = z
      .object({
        optimizer: z.enum(['adam', 'sgd']),
        n: z.number().int().min(3),
        tag: z.string().regex(/^[a-z0-9-]+$/),
        lr: z.number().default(1),
      })
      .strict();
    expect(minimalProps('X', schema)).toEqual({ optimizer: 'adam', n: 3, tag: 'example' });
    const impossible = z
      .object({ a: z.string().min(1) })
      .strict()
      .refine(() => false, 'never');
    expect(() => minimalProps('Impossible', impossible)).toThrow(/<Impossible>.*export `example`/);
  });

  it('lists every component of componentSchemas, each with an example the build accepts', () => {
    expect(guideComponents.map((c) => c.name).sort()).toEqual(Object.keys(componentSchemas).sort());
    for (const { name, schema } of guideComponents) {
      const snippet = exampleSnippet(name, exampleFor(name, schema));
      const { names, problems } = checkMdx(snippet);
      expect(propsOf(snippet)).toEqual(exampleFor(name, schema).props);
      expect(problems, snippet).toEqual([]);
      expect(names[0]).toBe(name);
    }
  });
});
