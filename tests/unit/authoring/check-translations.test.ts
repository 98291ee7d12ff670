import { describe, expect, it } from 'vitest';
import {
  draftPrerequisiteProblems,
  draftSlugs,
  translationProblems,
} from '../../../src/authoring/check-translations.ts';
import { fixture } from './fixture-chapter.ts';

const en = [fixture('introduction', { order: 0 }), fixture('learning-rate-warm-up', { order: 4 })];

describe('translationProblems', () => {
  it('reports a translation whose name is a misspelt English chapter, with the fix', () => {
    const problems = translationProblems([...en, fixture('learning-rate-warmup', { order: 4 }, '', 'zh-cn')]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/chapters/zh-cn/learning-rate-warmup.mdx',
        line: 1,
        message: expect.stringContaining(
          'zh-cn/learning-rate-warmup.mdx has no English chapter; did you mean learning-rate-warm-up?',
        ) as string,
      }),
    ]);
  });

  it('reports a translation named differently but at an English chapter’s order', () => {
    const problems = translationProblems([...en, fixture('yure', { order: 4 }, '', 'zh-cn')]);
    expect(problems[0]?.message).toContain('did you mean learning-rate-warm-up?');
  });

  it('allows a chapter in a translation only, with an order of its own', () => {
    expect(translationProblems([...en, fixture('zz-only-zh', { order: 7 }, '', 'zh-cn')])).toEqual([]);
  });

  it('reports an order that differs from the English chapter’s, at the order line', () => {
    const problems = translationProblems([...en, fixture('introduction', { order: 3 }, '', 'zh-cn')]);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/chapters/zh-cn/introduction.mdx', line: 3 })]);
    expect(problems[0]?.message).toContain("order 3 differs from the English chapter's order 0");
  });
});

describe('drafts', () => {
  it('a draft in one language is a draft in all, and a published chapter cannot need it', () => {
    const chapters = [
      fixture('a', { order: 0 }),
      fixture('b', { order: 1, prerequisites: ['a'] }),
      fixture('a', { order: 0, draft: true }, '', 'zh-cn'),
    ];
    const drafts = draftSlugs(chapters);
    expect([...drafts]).toEqual(['a']);
    const problems = draftPrerequisiteProblems(chapters, drafts);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/chapters/b.mdx', line: 4 })]);
    expect(problems[0]?.message).toContain('prerequisite "a" is a draft');
  });
});
