import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { checkComponent } from '../../../src/authoring/remark-validate-components.ts';
import {
  chapterTemplate,
  frontmatterOf,
  nextOrder,
  orderOf,
  placeholderDescription,
  refusal,
  slugify,
  slugPattern,
} from '../../../tools/scaffold.ts';
import { slugPattern as schemaSlugPattern } from '../../../src/authoring/chapter-schema.ts';

describe('slugify', () => {
  it.each([
    ['Learning Rate Schedules', 'learning-rate-schedules'],
    ['  Adam  ', 'adam'],
    ["Adam's rule: Kingma & Ba", 'adams-rule-kingma-and-ba'],
    ['Über die Lernrate', 'uber-die-lernrate'],
    ['Rényi, Erdős — and Łukasiewicz!', 'renyi-erdos-and-lukasiewicz'],
    ['Straße', 'strasse'],
    ['RMSProp (2012)', 'rmsprop-2012'],
    ['--Weird---punctuation...', 'weird-punctuation'],
    ['梯度下降', ''],
    ['', ''],
  ])('%j -> %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('always produces a slug the chapter schema accepts (or nothing)', () => {
    for (const title of ['a b', 'Ça va?', 'x__y', '1/2 step', 'Nesterov’s look-ahead']) {
      const slug = slugify(title);
      expect(slug).toMatch(schemaSlugPattern);
    }
    expect(slugPattern.source).toBe(schemaSlugPattern.source);
  });
});

describe('orders', () => {
  it('reads the order from the frontmatter only', () => {
    expect(orderOf('---\ntitle: A\norder: 7\n---\n\norder: 99\n')).toBe(7);
    expect(orderOf('---\norder: 3 # third\n---\n')).toBe(3);
    expect(orderOf('---\norder: "x"\n---\n')).toBeNull();
    expect(orderOf('no frontmatter\norder: 4\n')).toBeNull();
    expect(frontmatterOf('---\r\na: 1\r\n---\r\nbody')).toBe('a: 1');
  });

  it('takes one more than the largest order in use', () => {
    expect(nextOrder([0, 1, 2, 10, null])).toBe(11);
    expect(nextOrder([3, 1])).toBe(4);
    expect(nextOrder([])).toBe(0);
    expect(nextOrder([null])).toBe(0);
  });
});

describe('refusal', () => {
  it('refuses an empty title, a title without a slug, a bad slug and an existing chapter', () => {
    expect(refusal('  ', '', [])).toMatch(/Give the chapter a title/);
    expect(refusal('梯度下降', '', [])).toMatch(/--slug/);
    expect(refusal('x', 'Bad Slug', [])).toMatch(/not a valid slug/);
    expect(refusal('Introduction', 'introduction', ['introduction'])).toMatch(
      /content\/chapters\/introduction\.mdx already exists/,
    );
    expect(refusal('Learning Rate Schedules', 'learning-rate-schedules', ['introduction'])).toBeNull();
  });
});

describe('chapterTemplate', () => {
  const text = chapterTemplate('Rates: "fast" & slow', 12, 'rates-fast-and-slow');

  it('has frontmatter with the title (quoted), a valid placeholder description, the order and no prerequisites', () => {
    const front = frontmatterOf(text)!;
    expect(front).toContain('title: "Rates: \\"fast\\" & slow"');
    expect(front).toContain('order: 12');
    expect(front).toMatch(/^prerequisites: \[\]/m);
    expect(front).toMatch(/^draft: true/m);
    expect(placeholderDescription.length).toBeGreaterThanOrEqual(10);
    expect(placeholderDescription.length).toBeLessThanOrEqual(300);
    expect(orderOf(text)).toBe(12);
  });

  it('has the standard sections in the course rhythm', () => {
    const marks = [
      '<Objectives />',
      '## The idea',
      '<Figure',
      '$$\nw_',
      '<GdParabola',
      '<TryThis>',
      '<Pitfall>',
      '<Recap>',
      '## Check yourself',
      '<Quiz',
      '## References',
    ];
    const positions = marks.map((m) => text.indexOf(m));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('uses every component with props the build accepts', () => {
    const body = text.slice(text.indexOf('\n---\n', 4) + 5);
    const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
    const names: string[] = [];
    const problems: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        names.push(String(node.name));
        problems.push(...checkComponent(node as never));
      }
    });
    expect(problems).toEqual([]);
    expect(new Set(names)).toEqual(
      new Set(['Objectives', 'Figure', 'GdParabola', 'TryThis', 'Pitfall', 'Recap', 'Quiz']),
    );
  });
});
