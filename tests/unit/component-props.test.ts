import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { checkComponent } from '../../components/mdx/remark-validate-components.ts';
import { componentSchemas } from '../../components/schemas.ts';

/** Parses one MDX tag the way the build does and returns what the validator says of it. */
function problemsOf(mdx: string): string[] {
  const tree = fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  const problems: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      problems.push(...checkComponent(node as never));
    }
  });
  return problems;
}

describe('component prop validation', () => {
  it('accepts valid tags, with literal arrays and numbers', () => {
    expect(problemsOf('<Quiz id="q1" question="Why?" choices={["a", "b"]} answer={1}>Because.</Quiz>')).toEqual([]);
    expect(problemsOf('<DeepDive title="More" open>Text</DeepDive>')).toEqual([]);
    expect(problemsOf('<Objectives />')).toEqual([]);
  });

  it('names the component and the prop for a wrong value', () => {
    const [problem] = problemsOf('<Quiz id="q1" question="Why?" choices={["a", "b"]} answer={4} />');
    expect(problem).toContain('<Quiz> prop "answer"');
  });

  it('reports a missing required prop', () => {
    expect(problemsOf('<DeepDive>Text</DeepDive>')[0]).toContain('<DeepDive> prop "title"');
  });

  it('reports unknown props and unknown components', () => {
    expect(problemsOf('<Recap colour="red" />')[0]).toContain('<Recap>');
    expect(problemsOf('<Rce />')[0]).toContain('<Rce> is not a course component');
  });

  it('refuses expressions that are not literal values', () => {
    expect(problemsOf('<Quiz id="q" question={someVariable} />')[0]).toContain('"someVariable" is a variable');
  });

  it('leaves HTML elements alone', () => {
    expect(problemsOf('<div class="x">hi</div>')).toEqual([]);
  });

  it('lists the same components as the MDX table', async () => {
    // Astro components cannot be imported in Node, so compare the table's source text instead.
    const { readFile } = await import('node:fs/promises');
    const table = await readFile(new URL('../../components/mdx/components.ts', import.meta.url), 'utf8');
    const body = table.slice(table.indexOf('export const components = {'));
    const names = [...body.matchAll(/^\s+([A-Z]\w*),$/gm)].map((m) => m[1]).sort();
    expect(names).toEqual(Object.keys(componentSchemas).sort());
  });
});
