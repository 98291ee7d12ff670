import { getChapters } from './chapters.ts';
import type { Locale } from '../../i18n/locales.ts';

/** getStaticPaths for one language's chapter route: each chapter with its neighbours. */
export async function chapterPaths(locale: Locale) {
  const chapters = await getChapters(locale);
  return chapters.map((chapter, index) => ({
    params: { slug: chapter.slug },
    props: { chapter, prev: chapters[index - 1], next: chapters[index + 1] },
  }));
}
