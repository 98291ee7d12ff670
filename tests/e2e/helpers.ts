import { expect, type Locator, type Page } from '@playwright/test';

/** The widget with data-widget=name (the n-th on the page), scrolled into view and hydrated. */
export async function openWidget(page: Page, name: string, index = 0): Promise<Locator> {
  const widget = page.locator(`[data-widget="${name}"]`).nth(index);
  await widget.scrollIntoViewIfNeeded();
  // client:near islands hydrate once visible; Astro removes the ssr attribute when done.
  await expect(page.locator('astro-island[ssr]').filter({ has: widget })).toHaveCount(0);
  return widget;
}

/** The widget's status line text. */
export const statusOf = (widget: Locator): Promise<string> => widget.locator('[data-status]').innerText();

/** A fingerprint of the widget's drawing (its SVG markup), to tell whether it changed. */
export const drawingOf = (widget: Locator): Promise<string> =>
  widget.locator('.plot-figure').first().evaluate((el) => el.innerHTML);

/** Text a reader must never see. */
export async function expectNoBadNumbers(widget: Locator): Promise<void> {
  const text = await widget.innerText();
  expect(text).not.toMatch(/\bNaN\b|\bundefined\b|\bInfinity\b/);
}
