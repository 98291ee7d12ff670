import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { schema } from '../../../../components/widgets/RuleCell/schema.ts';
import { componentProblems } from '../../../../src/authoring/remark-validate-components.ts';

const messages = (props: Record<string, unknown>) => {
  const result = schema.safeParse(props);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('RuleCell props', () => {
  it('takes a preset or a source, with the Race’s defaults', () => {
    const props = schema.parse({ preset: 'adam' });
    expect(props).toMatchObject({ id: 'cell', racers: [], steps: 300, preset: 'adam' });
    expect(props.surface).toBeUndefined();
    expect(messages({ source: 'w = w - 0.1 * g', racers: ['adam', 'sgd'], check: 'sgd', surface: 'beale' })).toEqual(
      [],
    );
  });

  it('needs exactly one of source and preset, and one of surface and data', () => {
    expect(messages({})[0]).toContain('give either source');
    expect(messages({ preset: 'sgd', source: 'w = w - g' })[0]).toContain('give either source');
    expect(messages({ preset: 'sgd', surface: 'beale', data: 'moons' })[0]).toContain('give either surface or data');
    expect(messages({ preset: 'sgd', racers: ['adam', 'adam'] })[0]).toContain('twice');
    expect(messages({ preset: 'lbfgs' })[0]).toContain('preset');
  });

  it('refuses a rule that does not compile, saying the rule’s line and column', () => {
    const result = schema.safeParse({ source: 'param lr = 0.1\nw = w - lr * q' });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.message).toMatch(/^line 2, column 14 of the rule: .*"q"/);
    expect(issue.code === 'custom' && issue.params).toEqual({ ruleLine: 2 });
  });

  it('fails the build at the chapter line of the rule’s bad line', () => {
    const mdx = 'Text.\n\n<RuleCell\n  id="c"\n  source={`param lr = 0.1\nm = 0.9 * m + g\nw = w - lr * q`}\n/>\n';
    const tree = fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
    const [problem] = componentProblems(tree, 'content/chapters/x.mdx');
    // The template literal starts on line 5 with the rule's line 1, so its line 3 is line 7.
    expect(problem).toMatchObject({ file: 'content/chapters/x.mdx', line: 7 });
    expect(problem!.message).toContain('<RuleCell> prop "source": line 3, column 14 of the rule');
    // Any other problem stays at the tag's line.
    const other = componentProblems(
      fromMarkdown('<RuleCell preset="sgd" steps={3} />', {
        extensions: [mdxjs()],
        mdastExtensions: [mdxFromMarkdown()],
      }),
      'x.mdx',
    );
    expect(other[0]).toMatchObject({ line: 1 });
  });
});
