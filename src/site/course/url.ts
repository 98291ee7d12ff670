import { defaultLocale, localeInfo, type Locale } from '../../i18n/locales.ts';

/**
 * Internal links go through here so the site works at the root of a domain and under a
 * sub-path (astro.config.mjs `base`, from BASE_PATH) alike, in every language: `url('/about/',
 * 'zh-cn')` is `<base>/zh-cn/about/`.
 */
export function url(path: string, locale: Locale = defaultLocale): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const clean = path.startsWith('/') ? path : `/${path}`;
  const prefix = localeInfo[locale].prefix;
  return `${base}${prefix ? `/${prefix}` : ''}${clean}`;
}

export const chapterUrl = (slug: string, locale: Locale = defaultLocale): string => url(`/chapters/${slug}/`, locale);

/** A path inside the site (after `base`, e.g. "/zh-cn/chapters/adam/") without its language prefix. */
export function stripLocale(path: string): { locale: Locale; rest: string } {
  for (const [locale, info] of Object.entries(localeInfo) as [Locale, (typeof localeInfo)[Locale]][]) {
    if (info.prefix && (path === `/${info.prefix}` || path.startsWith(`/${info.prefix}/`))) {
      return { locale, rest: path.slice(info.prefix.length + 1) || '/' };
    }
  }
  return { locale: defaultLocale, rest: path };
}
