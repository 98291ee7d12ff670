import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every page of the built site, as paths, read from dist/ (the tests run against the production
 * build). Embed pages (/embed/..., one per widget instance: a widget alone, for iframes) are left
 * out of these whole-page loops: tests/e2e/embed.spec.ts covers them, one page load per chapter.
 */
export function builtPages(): string[] {
  const root = path.resolve('dist');
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_astro' && entry.name !== 'pagefind' && entry.name !== 'embed') walk(full);
      } else if (entry.name === 'index.html') {
        const rel = path.relative(root, dir).split(path.sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      } else if (entry.name === '404.html' && dir === root) {
        // Astro writes the default language's 404 page as /404.html, the file static hosts serve.
        pages.push('/404.html');
      }
    }
  };
  walk(root);
  return pages.sort();
}

/** Whether a path is a "not found" page (/404.html, /zh-cn/404/). */
export const isNotFoundPage = (path: string): boolean => /(?:^|\/)404(?:\/|\.html)$/.test(path);

/** The chapter pages only, in every language (/chapters/x/ and /zh-cn/chapters/x/). */
export const chapterPages = (): string[] =>
  builtPages().filter((p) => /^\/(?:[a-z]{2}(?:-[a-z]+)?\/)?chapters\//.test(p));

/** The English chapter pages only. */
export const englishChapterPages = (): string[] => builtPages().filter((p) => p.startsWith('/chapters/'));

/**
 * How far the page is wider than the viewport (0 or less: no sideways scrolling). A chapter's
 * blocks and every widget's figures (on embed pages too) have `content-visibility: auto`, whose
 * paint containment would clip, and so hide, what overflows them; every element of the page is
 * made plainly visible first, so an overflow is measured, not clipped (a clipped figure would be
 * a defect too). Through the style properties, which the Content-Security-Policy allows (a <style>
 * element would be refused).
 */
export async function sidewaysOverflow(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(() => {
    const blocks = [...document.querySelectorAll<HTMLElement>('body *')];
    const saved = blocks.map((el) => [el.style.contentVisibility, el.style.contain] as const);
    for (const el of blocks) {
      el.style.contentVisibility = 'visible';
      el.style.contain = 'none';
    }
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    blocks.forEach((el, i) => {
      el.style.contentVisibility = saved[i]![0];
      el.style.contain = saved[i]![1];
    });
    return overflow;
  });
}

/**
 * Run in the page (`page.evaluate(renderSkippedContent)`): renders what `content-visibility: auto`
 * skips, for a screenshot of more than the viewport (tools/screenshots.ts --full,
 * tools/shot-element.ts). Chromium paints skipped blocks and figures beyond the viewport blank.
 */
export function renderSkippedContent(): void {
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    el.style.contentVisibility = 'visible';
    el.style.contain = 'none';
  }
}
