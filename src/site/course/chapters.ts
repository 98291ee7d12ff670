import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { validateChapters } from '../../authoring/validate-course.ts';
import { defaultLocale, locales, splitEntryId, type Locale } from '../../i18n/locales.ts';

/** A chapter entry with its language and slug ("zh-cn/momentum" is slug "momentum" in zh-cn). */
export type Chapter = CollectionEntry<'chapters'> & { readonly locale: Locale; readonly slug: string };

let cached: Promise<Map<Locale, Chapter[]>> | undefined;

/**
 * Every published chapter of one language, in course order. Fails the build, naming the files,
 * when the chapters disagree with each other (see validate.ts). Drafts appear only in `npm run dev`.
 */
export async function getChapters(locale: Locale = defaultLocale): Promise<Chapter[]> {
  cached ??= load();
  return (await cached).get(locale) ?? [];
}

/**
 * The chapters a reader of `locale` navigates: that language's chapters, plus (marked by their
 * `locale`) default-language chapters that have no translation yet, in course order.
 */
export async function getNavigation(locale: Locale): Promise<Chapter[]> {
  const own = await getChapters(locale);
  if (locale === defaultLocale) return own;
  const slugs = new Set(own.map((c) => c.slug));
  const missing = (await getChapters(defaultLocale)).filter((c) => !slugs.has(c.slug));
  return [...own, ...missing].sort((a, b) => a.data.order - b.data.order || (a.locale === locale ? -1 : 1));
}

/** The languages a chapter slug exists in. */
export async function chapterLocales(slug: string): Promise<Locale[]> {
  const all = await (cached ??= load());
  return locales.filter((l) => all.get(l)?.some((c) => c.slug === slug));
}

async function load(): Promise<Map<Locale, Chapter[]>> {
  const entries = await getCollection('chapters');
  const all: Chapter[] = entries.map((entry) => ({ ...entry, ...splitEntryId(entry.id) }));
  const unknown = entries.filter((e) => e.id.includes('/') && splitEntryId(e.id).slug === e.id);
  const problems = unknown.map(
    (e) =>
      `${e.filePath ?? e.id}: a chapter in a sub-folder must be in a language folder (${locales.filter((l) => l !== defaultLocale).join(', ')}).`,
  );
  const english = new Set(all.filter((c) => c.locale === defaultLocale).map((c) => c.slug));
  // A draft in one language is a draft in all: a translation is not published (and linked as
  // "next") while its chapter is unfinished, nor the reverse.
  const drafts = new Set(all.filter((c) => c.data.draft).map((c) => c.slug));
  const byLocale = new Map<Locale, Chapter[]>();
  for (const locale of locales) {
    const mine = all.filter((c) => c.locale === locale);
    problems.push(
      ...validateChapters(
        mine.map((c) => {
          const file = c.filePath ?? `content/chapters/${c.id}.mdx`;
          return {
            id: c.slug,
            file,
            order: c.data.order,
            prerequisites: c.data.prerequisites,
            where: { order: fieldAt(file, 'order'), prerequisites: fieldAt(file, 'prerequisites') },
          };
        }),
        locale === defaultLocale ? new Set() : english,
      ),
    );
    byLocale.set(
      locale,
      mine.filter((c) => import.meta.env.DEV || !drafts.has(c.slug)).sort((a, b) => a.data.order - b.data.order),
    );
  }
  if (problems.length > 0) {
    // Point the dev overlay at the first problem's line, not at this file (no stack: it would).
    const at = /^(.*?):(\d+):(\d+):/.exec(problems[0] ?? '');
    const loc = at ? { file: path.resolve(at[1] ?? ''), line: Number(at[2]), column: Number(at[3]) } : undefined;
    const error = Object.assign(new Error(`The chapters do not fit together:\n  ${problems.join('\n  ')}`), { loc });
    error.stack = '';
    throw error;
  }
  return byLocale;
}

/** `file:line:1` of a frontmatter field, so a problem points at the author's line. */
function fieldAt(file: string, field: string): string {
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split('\n');
  } catch {
    return file;
  }
  const index = lines.findIndex((l, i) => i > 0 && l.startsWith(`${field}:`));
  return `${file}:${index < 0 ? 1 : index + 1}:1`;
}
