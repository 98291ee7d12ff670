/**
 * The course's languages. English is the default and lives at the root; every other language
 * lives under its own prefix (/zh-cn/). Chapters are `content/chapters/<slug>.mdx` (English) and
 * `content/chapters/<locale>/<slug>.mdx`; the same slug in two languages is the same chapter.
 */
export const locales = ['en', 'zh-cn'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export interface LocaleInfo {
  /** BCP 47 tag for `<html lang>` and `hreflang`. */
  readonly tag: string;
  /** The language's name in itself, for the switcher. */
  readonly name: string;
  /** A short form of `name` (contained in it, so the accessible name includes it) for phones. */
  readonly short: string;
  /** URL prefix without slashes; '' for the default language. */
  readonly prefix: string;
}

export const localeInfo: Readonly<Record<Locale, LocaleInfo>> = {
  en: { tag: 'en', name: 'English', short: 'EN', prefix: '' },
  'zh-cn': { tag: 'zh-CN', name: '简体中文', short: '中文', prefix: 'zh-cn' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Any locale string (Astro.currentLocale may be undefined or differently cased) to one of ours. */
export function toLocale(value: string | undefined | null): Locale {
  const lower = value?.toLowerCase();
  return isLocale(lower) ? lower : defaultLocale;
}

/**
 * A content entry id ("momentum", "zh-cn/momentum") to its language and slug. An id with an
 * unknown prefix is returned as is, so the schema check can name the file.
 */
export function splitEntryId(id: string): { locale: Locale; slug: string } {
  const slash = id.indexOf('/');
  if (slash > 0) {
    const head = id.slice(0, slash);
    if (isLocale(head) && head !== defaultLocale) return { locale: head, slug: id.slice(slash + 1) };
  }
  return { locale: defaultLocale, slug: id };
}
