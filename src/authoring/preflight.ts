import { defaultLocale, locales } from '../i18n/locales.ts';
import { chapterSchema } from './chapter-schema.ts';
import { atField, fieldLine, readChapters, type ChapterSource } from './chapter-source.ts';
import { imageProblems, mathProblems, placeholderProblems } from './check-body.ts';
import { headingIds, linkProblems, sitePages, widgetIds, type Target } from './check-links.ts';
import { draftPrerequisiteProblems, draftSlugs, translationProblems } from './check-translations.ts';
import type { Problem } from './problem.ts';
import { componentProblems } from './remark-validate-components.ts';
import { validateChapters } from './validate-course.ts';

/**
 * Every check of the course's chapters, run on the files as written before Astro bundles
 * anything (astro.config.mjs runs it first in `npm run build` and `npm run dev`): frontmatter,
 * order and prerequisites, translations, drafts, components and their props, math, images,
 * links, and (`production`: what readers get) TODO placeholders in published chapters.
 * Returns every problem at once, each at the author's line with its fix.
 */
export function checkCourse(root: string, production: boolean): Problem[] {
  const { chapters, problems } = readChapters(root);
  const valid: ChapterSource[] = [];
  for (const chapter of chapters) {
    const result = chapterSchema.safeParse(chapter.data);
    // The checks across chapters need only order, prerequisites and draft to be right.
    if (
      result.success ||
      !result.error.issues.some((i) => ['order', 'prerequisites', 'draft'].includes(String(i.path[0])))
    )
      valid.push(chapter);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.length > 0 ? String(issue.path[0]) : '';
        const name = issue.path.map(String).join('.') || 'frontmatter';
        const missing = issue.code === 'invalid_type' && issue.path.length === 1 && chapter.data[field] === undefined;
        const message = missing
          ? `${name} is missing; add a line "${name}: ..." to the frontmatter (the fields are in AUTHORING.md).`
          : `${name}: ${issue.message}${issue.code === 'unrecognized_keys' ? '; the fields are title, description, order, objectives, prerequisites, draft' : ''}.`;
        problems.push(atField(chapter, field, message));
      }
    }
  }

  const english = new Set(valid.filter((c) => c.locale === defaultLocale).map((c) => c.slug));
  for (const locale of locales) {
    const mine = valid.filter((c) => c.locale === locale);
    const refs = mine.map((c) => ({
      id: c.slug,
      file: c.file,
      order: c.data['order'] as number,
      prerequisites: (c.data['prerequisites'] as string[] | undefined) ?? [],
      where: {
        order: `${c.file}:${fieldLine(c, 'order')}:1`,
        prerequisites: `${c.file}:${fieldLine(c, 'prerequisites')}:1`,
      },
    }));
    for (const text of validateChapters(refs, locale === defaultLocale ? new Set() : english)) {
      const match = /^(.*?):(\d+):(\d+): ([\s\S]*)$/.exec(text);
      if (match)
        problems.push({
          file: match[1] ?? '',
          line: Number(match[2]),
          column: Number(match[3]),
          message: match[4] ?? text,
        });
      else problems.push({ file: text.split(':')[0] ?? '', line: 1, column: 1, message: text });
    }
  }
  problems.push(...translationProblems(valid));

  const drafts = production ? draftSlugs(valid) : new Set<string>();
  if (production) problems.push(...draftPrerequisiteProblems(valid, drafts));

  const targets = new Map<string, Target>();
  for (const chapter of chapters) {
    if (!chapter.tree) continue;
    targets.set(`${chapter.locale}/${chapter.slug}`, {
      chapter,
      headings: headingIds(chapter.tree),
      widgets: widgetIds(chapter.tree),
      published: !drafts.has(chapter.slug),
    });
  }
  const pages = sitePages(root);
  for (const chapter of chapters) {
    const published = !drafts.has(chapter.slug);
    if (production && published) problems.push(...placeholderProblems(chapter));
    if (!chapter.tree) continue;
    problems.push(...componentProblems(chapter.tree, chapter.file));
    problems.push(...mathProblems(chapter, chapter.tree));
    problems.push(...imageProblems(chapter, chapter.tree, root));
    // A draft's links are checked once it is published (it may link to chapters not yet written).
    if (published) problems.push(...linkProblems(chapter, chapter.tree, targets, root, pages));
  }
  return problems;
}
