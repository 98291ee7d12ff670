import { describe, expect, it } from 'vitest';
import { headingIds, linkProblems, widgetIds, type Target } from '../../../src/authoring/check-links.ts';
import type { ChapterSource } from '../../../src/authoring/chapter-source.ts';
import { fixture } from './fixture-chapter.ts';

const momentum = fixture(
  'momentum',
  { order: 5 },
  '## Damping the zig-zag\n\n## Damping the zig-zag\n\n<Race id="ravine" />\n\n<GdParabola />\n',
);
const draft = fixture('warm-up', { order: 9, draft: true });

function targets(...chapters: ChapterSource[]): Map<string, Target> {
  return new Map(
    chapters.map((c) => [
      `${c.locale}/${c.slug}`,
      { chapter: c, headings: headingIds(c.tree!), widgets: widgetIds(c.tree!), published: c.data['draft'] !== true },
    ]),
  );
}

function problemsOf(body: string): string[] {
  const chapter = fixture('adam', { order: 6 }, body);
  return linkProblems(
    chapter,
    chapter.tree!,
    targets(chapter, momentum, draft),
    process.cwd(),
    new Set(['about', 'authoring', 'chapters', 'index']),
  ).map((p) => `${p.line}:${p.column}: ${p.message}`);
}

describe('headingIds and widgetIds', () => {
  it('give headings Astro’s ids (repeats get -1) and widgets their ids or defaults', () => {
    expect([...headingIds(momentum.tree!)]).toEqual(['damping-the-zig-zag', 'damping-the-zig-zag-1']);
    expect([...widgetIds(momentum.tree!)].sort()).toEqual(['gd', 'ravine']);
  });
});

describe('linkProblems', () => {
  it('accepts chapters, sections, widget parameters, other pages, relative and outside links', () => {
    const body = [
      '[a](/chapters/momentum/) [b](/chapters/momentum/#damping-the-zig-zag-1) [c](/chapters/momentum/?ravine.opt=adam:lr=0.1&gd.lr=0.2)',
      '[d](../momentum/) [e](/about/) [f](https://example.org/) [g](mailto:x@y.z) [h](/favicon.svg) [i](/)',
    ].join('\n');
    expect(problemsOf(body)).toEqual([]);
  });

  it('reports each wrong link at its line and column, with the nearest right one', () => {
    const problems = problemsOf(
      'Text [gd](/chapters/momentom/).\n\n[s](/chapters/momentum/#damping-the-zigzag) [w](/chapters/momentum/?ravin.lr=1)\n\n[d](/chapters/warm-up/) [p](/nowhere/) [r](./sub/)\n',
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^6:6: the link \/chapters\/momentom\/ goes to no chapter: .*Did you mean \/chapters\/momentum\/\?/,
      ),
      expect.stringMatching(
        /^8:1: .*names no heading of content\/chapters\/momentum\.mdx\. Did you mean #damping-the-zig-zag\?/,
      ),
      expect.stringMatching(/^8:45: .*sets "ravin.lr", but no widget .* has the id "ravin"\. Did you mean ravine\?/),
      expect.stringMatching(/^10:1: .*goes to a draft \(content\/chapters\/warm-up\.mdx\)/),
      expect.stringMatching(/^10:25: the link \/nowhere\/ goes to no page of the course/),
      expect.stringMatching(/^10:40: the link \.\/sub\/ goes to no page of the course/),
    ]);
  });
});
