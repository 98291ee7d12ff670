import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { checkComponent } from '../../components/mdx/remark-validate-components.ts';
import { widgetNames } from '../../components/schemas.ts';

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

  it('finds every widget folder, each with its wrapper and schema', async () => {
    const { readdir } = await import('node:fs/promises');
    const folders = (await readdir(new URL('../../components/widgets/', import.meta.url), { withFileTypes: true }))
      .filter((d) => d.isDirectory() && /^[A-Z]/.test(d.name))
      .map((d) => d.name)
      .sort();
    expect(folders.length).toBeGreaterThan(0);
    expect(widgetNames).toEqual(folders);
    const files = await Promise.all(folders.map((f) => readdir(new URL(`../../components/widgets/${f}/`, import.meta.url))));
    files.forEach((list, i) => expect(list).toContain(`${folders[i]}.astro`));
  });
});
