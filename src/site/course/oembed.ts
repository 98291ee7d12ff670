import type { Chapter } from './chapters.ts';
import { embedPaths, embedUrl, type WidgetInstance } from './embeds.ts';
import { embedStrings } from '../../i18n/embed.ts';
import type { Locale } from '../../i18n/locales.ts';

/** The size an embed is announced at; the page then reports its real height (README "Embedding"). */
export const embedSize = { width: 760, height: 640 } as const;

/** The sandbox of the embed code; the same list as the Share menu's (components/widgets/lib/classroom.ts). */
const sandbox = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

const attribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The oEmbed response (type "rich") of one embed page: https://oembed.com/ section 2.3.4. */
export function oembedJson(chapter: Chapter, widget: WidgetInstance, site: URL) {
  const s = embedStrings[chapter.locale];
  const src = new URL(embedUrl(chapter.slug, widget.id, chapter.locale), site).href;
  const title = s.title(chapter.data.title, widget.id);
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: s.provider,
    provider_url: new URL(import.meta.env.BASE_URL, site).href,
    width: embedSize.width,
    height: embedSize.height,
    html: `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${embedSize.width}" height="${embedSize.height}" loading="lazy" sandbox="${sandbox}" style="border:0;max-width:100%"></iframe>`,
  };
}

/** getStaticPaths of an oembed.json route. */
export const oembedPaths = (locale: Locale) => embedPaths(locale);
