/**
 * What the embed specs share: the build's embed pages, an embed page's widget once hydrated, and
 * the errors seen while embed pages open one after another.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { watchForErrors } from './helpers.ts';

/** The embed pages of the build (builtPages in pages.ts leaves them out): /embed/<chapter>/<id>/ and /zh-cn/embed/.... */
export function embedPages(): string[] {
  const found: string[] = [];
  for (const prefix of ['', 'zh-cn/']) {
    const root = path.join('dist', prefix, 'embed');
    for (const chapter of readdirSync(root)) {
      for (const widget of readdirSync(path.join(root, chapter))) found.push(`/${prefix}embed/${chapter}/${widget}/`);
    }
  }
  return found.sort();
}

/**
 * Console errors, exceptions and HTTP errors while embed pages are opened one after another. A
 * request still in flight when the next page opens (the favicon) is aborted, not failed: network
 * errors are the HTTP status of every response.
 */
export async function watchErrors(page: Page): Promise<string[]> {
  const errors = await watchForErrors(page, { network: false });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

/** The widget of an embed page, once hydrated. */
export async function embedWidget(page: Page): Promise<Locator> {
  const widget = page.locator('.widget[data-widget]');
  await expect(widget).toHaveCount(1);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 30_000 });
  return widget;
}
