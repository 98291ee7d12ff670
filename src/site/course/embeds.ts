/**
 * The embed pages: one per widget instance of every chapter, in every language the chapter has
 * (`/embed/<chapter>/<widget-id>/`, `/zh-cn/embed/...`). The instances are read from the chapters'
 * MDX at build time, with the props the chapter gives them, so an embed shows the widget exactly
 * as configured on its chapter.
 */
import { parseBody } from '../../authoring/chapter-source.ts';
import { widgetInstances, type WidgetInstance } from './widget-instances.ts';
import type { Locale } from '../../i18n/locales.ts';
import { getChapters, type Chapter } from './chapters.ts';
import { url } from './url.ts';

export type { WidgetInstance } from './widget-instances.ts';

/** The widget instances of a chapter. */
export const chapterWidgets = (chapter: Chapter): WidgetInstance[] => widgetInstances(parseBody(chapter.body ?? ''));

/** getStaticPaths of one language's embed route: every widget of every chapter. */
export async function embedPaths(locale: Locale) {
  const chapters = await getChapters(locale);
  return chapters.flatMap((chapter) =>
    chapterWidgets(chapter).map((widget) => ({
      params: { chapter: chapter.slug, widget: widget.id },
      props: { chapter, widget },
    })),
  );
}

/** An embed page's path (with the base path and language prefix). */
export const embedUrl = (chapter: string, widget: string, locale: Locale): string =>
  url(`/embed/${chapter}/${widget}/`, locale);

/** The oEmbed JSON beside it. */
export const oembedUrl = (chapter: string, widget: string, locale: Locale): string =>
  `${embedUrl(chapter, widget, locale)}oembed.json`;
