/**
 * Embed pages (#19), the Share menu and links that keep the reader's place (#22). One page load
 * per embed page, grouped by chapter; the other checks share a page each. Classroom flags:
 * classroom.spec.ts.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { sidewaysOverflow } from './pages.ts';
import { urlSettled, watchForErrors } from './helpers.ts';
import { embedPages, embedWidget, watchErrors } from './embeds.ts';

const embeds = embedPages();
const english = embeds.filter((p) => p.startsWith('/embed/'));
const byChapter = new Map<string, string[]>();
for (const p of english) {
  const chapter = p.split('/')[2] ?? '';
  byChapter.set(chapter, [...(byChapter.get(chapter) ?? []), p]);
}

/** Presses keys on the widget's first enabled slider (or select) until what it shows changes. */
async function reactsToKeyboard(widget: Locator): Promise<boolean> {
  const control = widget.locator('input[type="range"]:not([disabled]), select:not([disabled])').first();
  await control.focus();
  const before = await widget.innerText();
  for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowLeft']) {
    await control.press(key);
    // The control answers at once; what it changes (figures, status) follows after the paint
    // (lib/after-paint.ts), a task or two later, later still on a busy machine (CI, 5 Dec).
    const changed = await expect
      .poll(() => widget.innerText(), { timeout: 5_000 })
      .not.toBe(before)
      .then(
        () => true,
        () => false,
      );
    if (changed) return true;
  }
  return false;
}

test('there is an embed page for every widget of every chapter, in both languages', () => {
  expect(english.length).toBeGreaterThan(20);
  expect(embeds.filter((p) => p.startsWith('/zh-cn/embed/')).length).toBeGreaterThan(20);
  for (const p of english) {
    const html = readFileSync(path.join('dist', p, 'index.html'), 'utf8');
    // The widget's root names its own embed page, and the oEmbed link points at a JSON beside it.
    expect(html, p).toContain(`data-embed="${p}"`);
    const oembed = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(new URL(oembed).pathname, p).toBe(`${p}oembed.json`);
    const json = JSON.parse(readFileSync(path.join('dist', p, 'oembed.json'), 'utf8')) as Record<string, unknown>;
    expect(json, p).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Descent' });
    expect(typeof json['title'] === 'string' && json['title'].length > 0, p).toBe(true);
    expect(Number.isInteger(json['width']) && Number.isInteger(json['height']), p).toBe(true);
    const src = /<iframe src="([^"]+)"/.exec(String(json['html']))?.[1] ?? '';
    expect(new URL(src).pathname, p).toBe(p);
    expect(String(json['html']), p).toMatch(
      / title="[^"]+" width="\d+" height="\d+" loading="lazy" sandbox="allow-scripts /,
    );
  }
});

for (const [chapter, pages] of byChapter) {
  test(`${chapter}: each embed page shows one widget, no site chrome, and it answers the keyboard`, async ({
    page,
  }) => {
    test.setTimeout(30_000 + pages.length * 20_000);
    const errors = await watchErrors(page);
    for (const p of pages) {
      await page.goto(p);
      const widget = await embedWidget(page);
      await expect(page.locator('.site-header, .site-footer, .chapter-nav, .toc, .pager, nav')).toHaveCount(0);
      await expect(page.getByRole('link', { name: 'Open in the course' })).toHaveAttribute(
        'href',
        new RegExp(`/chapters/${chapter}/.*#`),
      );
      expect(await reactsToKeyboard(widget), p).toBe(true);
    }
    expect(errors).toEqual([]);
  });
}

test('the Share menu builds a classroom link, and copy link lands at the widget with its state (360 px)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/chapters/gradient-descent/?curve.lr=0.3');
  const widget = page.locator('#curve');
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]').filter({ has: widget })).toHaveCount(0, { timeout: 30_000 });
  await widget.getByText('Share', { exact: true }).click();
  await widget.getByRole('button', { name: 'Copy link' }).click();
  await expect(widget.locator('[data-share-text]')).toHaveValue(/#curve$/);
  const link = await widget.locator('[data-share-text]').inputValue();
  expect(new URL(link).pathname + new URL(link).search + new URL(link).hash).toBe(
    '/chapters/gradient-descent/?curve.lr=0.3#curve',
  );
  await widget.getByRole('checkbox', { name: 'Hide lr' }).check();
  await widget.getByRole('checkbox', { name: 'Lock step' }).check();
  const classroom = new URL((await widget.locator('[data-classroom-link]').getAttribute('href')) ?? '');
  expect(classroom.pathname).toBe('/embed/gradient-descent/curve/');
  expect(classroom.search).toBe('?curve.lr=0.3&hide=lr&lock=step');
  await widget.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(widget.locator('[data-share-text]')).toHaveValue(
    /^<iframe src="http:\/\/[^"]+\/embed\/gradient-descent\/curve\/\?curve\.lr=0\.3&amp;hide=lr&amp;lock=step" title="[^"]+" width="\d+" height="\d+" loading="lazy" sandbox="[^"]+"/,
  );
  // The panel offers exactly the widget's named controls, each with its label.
  const offered = await widget.locator('.share__names tbody code').allInnerTexts();
  const controls = await widget
    .locator('.widget__body [data-control]')
    .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-control')))]);
  expect(offered.sort()).toEqual(controls.sort());
  await expect(widget.getByRole('checkbox', { name: /^Hide lr \(.+\)$/ })).toBeChecked();

  // Escape closes the panel, from inside it, and puts the focus back on its summary.
  const summary = widget.locator('summary.share__summary');
  const menu = widget.locator('details.share');
  await widget.getByRole('checkbox', { name: /^Lock step/ }).focus();
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open', '');
  await expect(summary).toBeFocused();
  // The keyboard opens it again; a focus outside it closes it, and so does a click outside it.
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await widget.getByRole('slider').first().focus();
  await expect(menu).not.toHaveAttribute('open', '');
  await summary.click();
  await expect(widget.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await page.locator('h1').click();
  await expect(menu).not.toHaveAttribute('open', '');
  // Opened and left in one task, before the browser's 'toggle' event: it still closes.
  await menu.evaluate((el: HTMLDetailsElement) => {
    el.open = true;
    el.closest('.widget')?.querySelector<HTMLElement>('input[type=range]')?.focus();
  });
  await expect(menu).not.toHaveAttribute('open', '');

  // A fresh reader opens the shared link: the widget is on screen with the state.
  await page.goto(link);
  const landed = page.locator('#curve');
  await expect(landed.getByRole('slider', { name: /learning rate/i })).toHaveAttribute('aria-valuetext', '0.3');
  const box = await landed.boundingBox();
  expect(box && box.y >= 0 && box.y < 780).toBe(true);
});

test('the language switch keeps the widget state and lands at the widget the reader was at', async ({ page }) => {
  await page.goto('/chapters/momentum/?ravine.mu=0.8');
  const widget = page.locator('#ravine');
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]').filter({ has: widget })).toHaveCount(0, { timeout: 30_000 });
  await urlSettled(page);
  // The reader reads the widget: its top near the top of the window (after the islands above have hydrated).
  await widget.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const switcher = page.locator('[data-language-link="zh-cn"]');
  await switcher.focus();
  await expect(switcher).toHaveAttribute('href', '/zh-cn/chapters/momentum/?ravine.mu=0.8#ravine');
  await switcher.click();
  await page.waitForURL('**/zh-cn/chapters/momentum/?ravine.mu=0.8#ravine');
  const there = page.locator('#ravine');
  await expect(there.getByRole('slider').first()).toHaveAttribute('aria-valuetext', '0.8');
  const box = await there.boundingBox();
  expect(box && box.y >= 0 && box.y < 720).toBe(true);
});

test('embed pages are accessible and fit 360 px, light and dark', async ({ page }) => {
  for (const [p, theme] of [
    ['/embed/introduction/gd/', 'light'],
    ['/zh-cn/embed/adam/race/', 'dark'],
  ] as const) {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${p}?theme=${theme}`);
    const widget = await embedWidget(page);
    expect(await sidewaysOverflow(page), p).toBeLessThanOrEqual(0);
    await widget.locator('summary').click();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      p,
    ).toEqual([]);
  }
});

test('a chapter prints without navigation, with every widget as a figure and its status', async ({ page }) => {
  await page.goto('/chapters/gradient-descent/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.site-footer', '.chapter-nav', '.pager', '.widget__controls', '.share']) {
    for (const el of await page.locator(selector).all()) await expect(el, selector).toBeHidden();
  }
  const figures = page.locator('.widget__figure');
  expect(await figures.count()).toBeGreaterThan(0);
  for (const figure of await figures.all()) {
    const box = await figure.boundingBox();
    expect(box && box.height > 40, 'a printed figure is not empty').toBe(true);
    expect(await figure.locator('svg, canvas').count()).toBeGreaterThan(0);
  }
  for (const status of await page.locator('.widget__status').all()) await expect(status).not.toBeEmpty();
  await expect(page.locator('.katex').first()).toBeVisible();
});

test.describe('framed by another origin', () => {
  let host: Server;
  const hostPort = Number(process.env['E2E_PORT'] ?? 4329) + 1000;
  test.beforeAll(async () => {
    const course = `http://127.0.0.1:${Number(process.env['E2E_PORT'] ?? 4329)}`;
    const html = `<!doctype html><html lang="en"><title>Host</title><body><h1>A course page</h1>
<script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'descent:height') heights.push(e.data.height); });</script>
<script src="${course}/embed.js"></script>
<iframe src="${course}/embed/introduction/gd/" title="Gradient descent" width="600" height="200" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe></body></html>`;
    host = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(html));
    await new Promise<void>((resolve) => host.listen(hostPort, '127.0.0.1', resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  test('the widget works in the iframe and the host hears its height', async ({ page }) => {
    const errors = await watchForErrors(page);
    await page.goto(`http://127.0.0.1:${hostPort}/`);
    const frame = page.frameLocator('iframe');
    const slider = frame.getByRole('slider', { name: /learning rate/i });
    await expect(frame.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 30_000 });
    const status = frame.locator('[data-status]');
    const before = await status.innerText();
    await slider.focus();
    await slider.press('ArrowRight');
    await expect(status).not.toHaveText(before);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length))
      .toBeGreaterThan(0);
    const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    expect(Math.max(...heights)).toBeGreaterThan(300);
    // embed.js resized the iframe to the reported height.
    await expect
      .poll(() => page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height))
      .toBeGreaterThan(300);
    expect(errors).toEqual([]);
  });
});
