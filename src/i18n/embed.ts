import type { Locale } from './locales.ts';

/** The words of the embed pages (src/site/layouts/Embed.astro) and their oEmbed JSON. */
export interface EmbedStrings {
  open: string;
  /** The page's title: the chapter and which of its widgets. */
  title: (chapter: string, widget: string) => string;
  description: (chapter: string) => string;
  provider: string;
}

export const embedStrings: Readonly<Record<Locale, EmbedStrings>> = {
  en: {
    open: 'Open in the course',
    title: (chapter, widget) => `${chapter}: widget “${widget}”`,
    description: (chapter) => `An interactive widget from the Descent chapter “${chapter}”.`,
    provider: 'Descent',
  },
  'zh-cn': {
    open: '在课程中打开',
    title: (chapter, widget) => `${chapter}：组件“${widget}”`,
    description: (chapter) => `来自 Descent 课程“${chapter}”一章的交互组件。`,
    provider: 'Descent',
  },
};
