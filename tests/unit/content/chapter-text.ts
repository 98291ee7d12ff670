import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A chapter's source with line breaks folded to spaces, so a test can look for a sentence the
 * prose wraps over two lines. `lang` 'zh-cn' reads the Chinese edition.
 */
export function chapterText(slug: string, lang: 'en' | 'zh-cn' = 'en'): string {
  const dir = lang === 'en' ? '' : `${lang}/`;
  const url = new URL(`../../../content/chapters/${dir}${slug}.mdx`, import.meta.url);
  return readFileSync(fileURLToPath(url), 'utf8').replace(/\s*\n\s*/g, ' ');
}

/** How often `needle` occurs in `text`. */
export const occurrences = (text: string, needle: string): number => text.split(needle).length - 1;
