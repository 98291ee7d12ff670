import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every page of the built site, as paths, read from dist/ (the tests run against the production build). */
export function builtPages(): string[] {
  const root = path.resolve('dist');
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_astro' && entry.name !== 'pagefind') walk(full);
      } else if (entry.name === 'index.html') {
        const rel = path.relative(root, dir).split(path.sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(root);
  return pages.sort();
}

/** The chapter pages only, in every language (/chapters/x/ and /zh-cn/chapters/x/). */
export const chapterPages = (): string[] => builtPages().filter((p) => /^\/(?:[a-z]{2}(?:-[a-z]+)?\/)?chapters\//.test(p));

/** The English chapter pages only. */
export const englishChapterPages = (): string[] => builtPages().filter((p) => p.startsWith('/chapters/'));
