import { describe, expect, it } from 'vitest';
import { validateChapters, type ChapterRef } from '../../../src/authoring/validate-course.ts';

const chapter = (id: string, order: number, prerequisites: string[] = []): ChapterRef => ({
  id,
  file: `content/chapters/${id}.mdx`,
  order,
  prerequisites,
});

describe('validateChapters', () => {
  it('accepts a sound course', () => {
    expect(validateChapters([chapter('a', 1), chapter('b', 2, ['a']), chapter('c', 3, ['a', 'b'])])).toEqual([]);
  });

  it('names both files when two chapters share an order', () => {
    const problems = validateChapters([chapter('a', 1), chapter('b', 1)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/chapters/b.mdx');
    expect(problems[0]).toContain('content/chapters/a.mdx');
    expect(problems[0]).toContain('order 1');
  });

  it('names the file and the missing prerequisite', () => {
    const problems = validateChapters([chapter('a', 1, ['nope'])]);
    expect(problems).toEqual([expect.stringContaining('content/chapters/a.mdx: prerequisite "nope" is not a chapter')]);
  });

  it('rejects a chapter that requires itself', () => {
    expect(validateChapters([chapter('a', 1, ['a'])])[0]).toContain('lists the chapter itself');
  });

  it('reports a cycle with its path', () => {
    const problems = validateChapters([chapter('a', 1, ['c']), chapter('b', 2, ['a']), chapter('c', 3, ['b'])]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/cycle: (a|b|c) -> .* -> (a|b|c)/);
  });
});

describe('chapter frontmatter schema', () => {
  const valid = { title: 'T', description: 'A description long enough.', order: 1, objectives: ['Read $w \\leftarrow w - \\alpha g$.'] };

  it('accepts objectives with good inline math and rejects bad LaTeX, naming the field', async () => {
    const { chapterSchema } = await import('../../../src/authoring/chapter-schema.ts');
    expect(chapterSchema.safeParse(valid).success).toBe(true);
    const bad = chapterSchema.safeParse({ ...valid, objectives: ['fine', 'Read $\\frac{1}{$ well.'] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['objectives', 1]);
    expect(bad.error?.issues[0]?.message).toContain('bad LaTeX in $\\frac{1}{$');
  });
});
