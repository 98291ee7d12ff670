import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { math } from 'micromark-extension-math';
import { mathFromMarkdown } from 'mdast-util-math';
import { visit } from 'unist-util-visit';
import { checkComponent } from '../../../src/authoring/remark-validate-components.ts';
import { blockExamples, exampleFor, exampleSnippet, guideComponents } from '../../../src/authoring/guide-examples.ts';
import { guideTranslations } from '../../../src/authoring/guide-translations.ts';
import { describeType, propsTable, typeWords } from '../../../src/authoring/props-table.ts';
import { renderInlineMath } from '../../../src/typeset/katex.ts';
import { blockNames, componentSchemas } from '../../../components/registry.ts';
import { quizSchema } from '../../../components/blocks/schemas.ts';
import { chapterSchema } from '../../../src/authoring/chapter-schema.ts';
import { authoringStrings } from '../../../src/site/views/authoring-strings.ts';
import { locales } from '../../../src/i18n/locales.ts';

/**
 * The author guide in other languages (/zh-cn/authoring/): its translated frontmatter and
 * teaching-block texts stay in step with the schemas (a field or prop added in English fails
 * here until it is translated, a removed one until its translation goes), and its examples are
 * what the build accepts, with the same ids as the English guide.
 */
const zh = guideTranslations['zh-cn']!;

function problemsOf(mdx: string): { names: string[]; problems: string[] } {
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

const sorted = (keys: Iterable<string>) => [...keys].sort();

describe('the Chinese author guide', () => {
  it('describes every frontmatter field, and no field that is gone', () => {
    expect(sorted(Object.keys(zh.frontmatter))).toEqual(sorted(propsTable(chapterSchema).map((r) => r.name)));
  });

  it('summarizes every teaching block and describes each of its props', () => {
    expect(sorted(Object.keys(zh.summaries))).toEqual(sorted(blockNames));
    expect(sorted(Object.keys(zh.props))).toEqual(sorted(blockNames));
    for (const name of blockNames) {
      const schema = componentSchemas[name] as z.ZodType;
      expect(sorted(Object.keys(zh.props[name] ?? {})), name).toEqual(sorted(propsTable(schema).map((r) => r.name)));
    }
  });

  it('gives every teaching block an example the build accepts, with the English props and ids', () => {
    expect(sorted(Object.keys(zh.blockExamples))).toEqual(sorted(Object.keys(blockExamples)));
    for (const { name, schema } of guideComponents) {
      const example = exampleFor(name, schema, 'zh-cn');
      const english = exampleFor(name, schema);
      expect(sorted(Object.keys(example.props)), name).toEqual(sorted(Object.keys(english.props)));
      expect(example.inner, name).toEqual(english.inner);
      const snippet = exampleSnippet(name, example);
      const { names, problems } = problemsOf(snippet);
      expect(problems, snippet).toEqual([]);
      expect(names[0]).toBe(name);
    }
    // A question keeps its id in every language.
    expect(exampleFor('Quiz', quizSchema, 'zh-cn').props['id']).toBe(exampleFor('Quiz', quizSchema).props['id']);
    expect(exampleFor('Quiz', quizSchema, 'zh-cn').props['answer']).toBe(
      exampleFor('Quiz', quizSchema).props['answer'],
    );
  });

  it('is written in Chinese where it is translated', () => {
    const chinese = /[\u4e00-\u9fff]/;
    for (const text of [
      ...Object.values(zh.summaries),
      ...Object.values(zh.frontmatter),
      ...Object.values(zh.props).flatMap((props) => Object.values(props)),
    ]) {
      expect(text).toMatch(chinese);
      expect(() => renderInlineMath(text)).not.toThrow();
    }
    expect(exampleSnippet('Recap', exampleFor('Recap', undefined, 'zh-cn'))).toMatch(chinese);
  });

  it('describes types in Chinese, and English stays as `npm run docs:props` prints it', () => {
    const words = typeWords['zh-cn'];
    expect(describeType({ type: 'number', minimum: 0.001, maximum: 1.5 }, words)).toBe('number，0.001 至 1.5');
    expect(describeType({ type: 'string', minLength: 1, maxLength: 120 }, words)).toBe('string，1 至 120 个字符');
    expect(describeType({ type: 'string', minLength: 1 }, words)).toBe('string');
    expect(describeType({ type: 'string', pattern: '^[a-z0-9-]+$' }, words)).toBe('string，小写字母、数字和连字符');
    expect(describeType({ type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 6 }, words)).toBe(
      'string[]，2 至 6 项',
    );
    expect(describeType({ type: 'array', items: { type: 'number', minimum: 0 } }, words)).toBe('(number，≥ 0)[]');
    expect(describeType({ anyOf: [{ type: 'number', exclusiveMinimum: 0 }, { const: 'auto' }] }, words)).toBe(
      'number，≥ 0（不含端点） | "auto"',
    );
    expect(describeType({ type: 'number', minimum: 3, maximum: 3 }, words)).toBe('number，恰好 3');
    expect(describeType({ type: 'array', items: { type: 'number', minimum: 0 } })).toBe('(number, ≥ 0)[]');
  });

  it('has the guide’s own words in every language', () => {
    for (const locale of locales) expect(authoringStrings[locale].objectives).toHaveLength(2);
    expect(authoringStrings['zh-cn'].sections.translations).toBe('翻译');
    expect(authoringStrings.en.sections.translations).toBe('Translations');
  });
});
