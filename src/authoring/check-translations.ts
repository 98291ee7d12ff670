import { defaultLocale } from '../i18n/locales.ts';
import { atField, type ChapterSource } from './chapter-source.ts';
import { closest, type Problem } from './problem.ts';

const orderOf = (c: ChapterSource): unknown => c.data['order'];
const draftOf = (c: ChapterSource): boolean => c.data['draft'] === true;

/**
 * Translations against their English chapters: a translation is the English file's twin by
 * slug, comes at the same `order`, and a translation whose slug has no English chapter is
 * reported when it looks like a misspelt twin (a close slug, or an order an English chapter
 * has). A chapter written in a translation only is allowed with an order of its own.
 */
export function translationProblems(chapters: readonly ChapterSource[]): Problem[] {
  const problems: Problem[] = [];
  const english = chapters.filter((c) => c.locale === defaultLocale);
  const bySlug = new Map(english.map((c) => [c.slug, c]));
  for (const chapter of chapters) {
    if (chapter.locale === defaultLocale) continue;
    const twin = bySlug.get(chapter.slug);
    if (!twin) {
      const sameOrder = english.find((c) => orderOf(c) === orderOf(chapter));
      const guess = closest(chapter.slug, bySlug.keys()) ?? sameOrder?.slug;
      if (guess !== undefined) {
        problems.push({
          file: chapter.file,
          line: 1,
          column: 1,
          message: `${chapter.locale}/${chapter.slug}.mdx has no English chapter; did you mean ${guess}? A translation has the English file's name: rename it to ${chapter.locale}/${guess}.mdx.`,
        });
      }
      continue;
    }
    if (orderOf(twin) !== orderOf(chapter)) {
      problems.push(
        atField(
          chapter,
          'order',
          `order ${String(orderOf(chapter))} differs from the English chapter's order ${String(orderOf(twin))} (${twin.file}); every language has the chapters in one order: write order: ${String(orderOf(twin))}, or run npm run chapters:renumber.`,
        ),
      );
    }
  }
  return problems;
}

/**
 * The slugs that are drafts: a chapter is a draft in every language when it is a draft in any,
 * so that a finished translation of an unfinished chapter (or the reverse) is not published
 * alone and linked as "next".
 */
export function draftSlugs(chapters: readonly ChapterSource[]): Set<string> {
  return new Set(chapters.filter(draftOf).map((c) => c.slug));
}

/**
 * In a production build, a published chapter whose prerequisite is a draft would link to a page
 * that is not built: reported at its `prerequisites` line.
 */
export function draftPrerequisiteProblems(chapters: readonly ChapterSource[], drafts: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const chapter of chapters) {
    if (drafts.has(chapter.slug)) continue;
    const prerequisites = Array.isArray(chapter.data['prerequisites'])
      ? (chapter.data['prerequisites'] as unknown[])
      : [];
    for (const prerequisite of prerequisites) {
      if (typeof prerequisite === 'string' && drafts.has(prerequisite)) {
        problems.push(
          atField(
            chapter,
            'prerequisites',
            `prerequisite "${prerequisite}" is a draft, which the production build leaves out; publish it (draft: false) or remove it from prerequisites.`,
          ),
        );
      }
    }
  }
  return problems;
}
