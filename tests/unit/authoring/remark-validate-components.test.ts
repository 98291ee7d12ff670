import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { checkComponent } from '../../../src/authoring/remark-validate-components.ts';
import { widgetNames } from '../../../components/registry.ts';

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

  it('names the value given and the closest allowed name for a name out of a list', () => {
    expect(problemsOf('<Rule optimizer="adamx" />')).toEqual([
      '<Rule> prop "optimizer": "adamx" is not one of "sgd", "momentum", "nag", "adagrad", "rmsprop", "adam", "adamw". Did you mean "adam"?',
    ]);
    // Nothing close: the list is the fix.
    expect(problemsOf('<Rule optimizer="newton" />')[0]).toMatch(
      /"newton" is not one of "sgd", .*"adamw"\. Use one of these\.$/,
    );
    // Inside a list (a Race's optimizers), the item is named.
    expect(problemsOf('<Race optimizers={["sgd", "rmsporp"]} />')[0]).toContain('"rmsporp" is not one of');
    expect(problemsOf('<Race optimizers={["sgd", "rmsporp"]} />')[0]).toContain('Did you mean "rmsprop"?');
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
    const folders = (await readdir(new URL('../../../components/widgets', import.meta.url), { withFileTypes: true }))
      .filter((d) => d.isDirectory() && /^[A-Z]/.test(d.name))
      .map((d) => d.name)
      .sort();
    expect(folders.length).toBeGreaterThan(0);
    expect(widgetNames).toEqual(folders);
    const files = await Promise.all(
      folders.map((f) => readdir(new URL(`../../../components/widgets/${f}/`, import.meta.url))),
    );
    files.forEach((list, i) => expect(list).toContain(`${folders[i]}.astro`));
  });
});

describe('build-time checks of a whole chapter', () => {
  /** Runs the remark plugin on a chapter body, as the build does; returns the error message or "". */
  async function chapterError(mdx: string): Promise<string> {
    const { remarkValidateComponents } = await import('../../../src/authoring/remark-validate-components.ts');
    const { VFile } = await import('vfile');
    const tree = fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
    try {
      remarkValidateComponents()(tree, new VFile({ path: `${process.cwd()}/content/chapters/x.mdx`, value: mdx }));
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  }

  it('reports bad inline LaTeX in text props with the file, line, component and prop', async () => {
    const message = await chapterError('Text.\n\n<Quiz id="a" question="What is $\\frac{1}{$?">Yes.</Quiz>\n');
    expect(message).toContain('content/chapters/x.mdx:3:1: <Quiz> prop "question": bad LaTeX in $\\frac{1}{$');
    expect(await chapterError('<Quiz id="a" question="Q" choices={["$x^$", "b"]} answer={0}>Yes.</Quiz>')).toContain(
      '<Quiz> prop "choices": bad LaTeX',
    );
    expect(await chapterError('<Figure caption="Costs \\$5, or $\\alpha < 1$.">x</Figure>')).toBe('');
  });

  it('refuses two questions or two widgets with the same id on one page', async () => {
    const quizzes = await chapterError(
      '<Quiz id="a" question="Q1">A.</Quiz>\n\n<Quiz id="a" question="Q2">B.</Quiz>\n',
    );
    expect(quizzes).toContain('x.mdx:3:1: <Quiz> prop "id": Quiz id "a" is already used on line 1');
    const widgets = await chapterError(`<${widgetNames[0]} />\n\n<${widgetNames[0]} />\n`);
    expect(widgets).toMatch(/x\.mdx:3:1: <\w+> prop "id": widget id "[a-z0-9-]+" is already used on line 1/);
    expect(
      await chapterError(
        `<${widgetNames[0]} id="one" />\n\n<${widgetNames[0]} id="two" />\n\n<Quiz id="one" question="Q">A.</Quiz>`,
      ),
    ).toBe('');
  });
});
