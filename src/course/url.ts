/**
 * Internal links go through here so the site works at the root of a domain and under a
 * sub-path (astro.config.mjs `base`, from BASE_PATH) alike.
 */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${base}${clean}`;
}

export const chapterUrl = (slug: string): string => url(`/chapters/${slug}/`);
