import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './pages.ts';

/**
 * The two editions and the search: every page says its language and links its translation;
 * the switcher keeps the reader on the same chapter; search finds chapters by words from their
 * body, in English and in Chinese; Chinese pages show no untranslated interface text.
 */
const pages = builtPages();
const chinese = pages.filter((p) => p.startsWith('/zh-cn/'));
const english = pages.filter((p) => !p.startsWith('/zh-cn/'));

test('both editions exist: every English chapter and page has a Chinese one', () => {
  expect(chinese.length).toBeGreaterThan(10);
  for (const path of english) {
    if (path === '/404/') continue;
    expect(chinese, `missing /zh-cn${path}`).toContain(`/zh-cn${path === '/' ? '/' : path}`);
  }
});

for (const path of pages) {
  test(`${path}: lang and hreflang links`, async ({ page }) => {
    await page.goto(path);
    const zh = path.startsWith('/zh-cn/');
    await expect(page.locator('html')).toHaveAttribute('lang', zh ? 'zh-CN' : 'en');
    if (path.endsWith('/404/')) return;
    const alternates: Record<string, string> = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => Object.fromEntries(links.map((l) => [l.getAttribute('hreflang') ?? '', new URL(l.getAttribute('href') ?? '').pathname])));
    const rest = zh ? path.slice('/zh-cn'.length) : path;
    expect(alternates['en']).toBe(rest);
    expect(alternates['zh-CN']).toBe(`/zh-cn${rest}`);
    expect(alternates['x-default']).toBe(rest);
  });
}

async function switchTo(page: Page, language: 'English' | '简体中文') {
  await page.getByRole('navigation', { name: /^(Language|语言)$/ }).getByRole('link', { name: language }).click();
}

test('the language switcher keeps the reader on the same chapter, both ways', async ({ page }) => {
  await page.goto('/chapters/momentum/#the-update-term-by-term');
  await switchTo(page, '简体中文');
  await expect(page).toHaveURL(/\/zh-cn\/chapters\/momentum\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('[data-chapter="momentum"]')).toHaveCount(1);
  await switchTo(page, 'English');
  await expect(page).toHaveURL(/\/chapters\/momentum\/$/);
  expect(new URL(page.url()).pathname).toBe('/chapters/momentum/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the switcher works on the home and About pages too', async ({ page }) => {
  await page.goto('/about/');
  await switchTo(page, '简体中文');
  expect(new URL(page.url()).pathname).toBe('/zh-cn/about/');
  await page.goto('/zh-cn/');
  await switchTo(page, 'English');
  expect(new URL(page.url()).pathname).toBe('/');
});

test('the Chinese shell: navigation, sidebar and chapter frame are in Chinese and link within /zh-cn/', async ({ page }) => {
  await page.goto('/zh-cn/chapters/adam/');
  await expect(page.getByRole('navigation', { name: '章节' }).getByRole('link').first()).toHaveAttribute('href', /^\/zh-cn\/chapters\//);
  await expect(page.locator('.chapter-kicker')).toHaveText('第 9 章');
  await expect(page.getByRole('navigation', { name: '上一章与下一章' })).toContainText('上一章');
  await expect(page.getByRole('link', { name: '跳到正文' })).toHaveCount(1);
});

async function search(page: Page, query: string) {
  await page.keyboard.press('/');
  const box = page.getByRole('dialog').getByRole('searchbox');
  await expect(box).toBeFocused();
  await box.fill(query);
  const results = page.locator('.search-results a');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  return results;
}

test('search (English): "/" opens it, a term from a chapter body finds that chapter, Enter opens it', async ({ page }) => {
  await page.goto('/');
  // "heavy ball" appears in the body of the Momentum chapter (Polyak's method), not in its title.
  const results = await search(page, 'heavy ball');
  await expect(results.first()).toHaveAttribute('href', '/chapters/momentum/');
  await expect(results.first().locator('mark').first()).toBeVisible();
  await expect(page.locator('[data-search-status]')).toContainText('match');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/chapters\/momentum\/$/);
});

test('search (Chinese): Chinese words are segmented and found in Chinese chapters only', async ({ page }) => {
  await page.goto('/zh-cn/');
  // 偏差修正 (bias correction) is taught in the Chinese Adam chapter's body.
  const results = await search(page, '偏差修正');
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/zh-cn/chapters/adam/');
  for (const href of hrefs) expect(href).toMatch(/^\/zh-cn\//);
  await expect(page.locator('[data-search-status]')).toContainText('匹配');
});

test('search: no match says so; Escape closes and focus returns; Ctrl+K opens it too', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/chapters/adam/');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('dialog').getByRole('searchbox');
  await expect(box).toBeFocused();
  await box.fill('qzxjvw');
  await expect(page.locator('[data-search-status]')).toHaveText('No page matches “qzxjvw”. Try another word.', { timeout: 15_000 });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(box).toBeFocused();
  await box.fill('Kingma');
  await expect(page.locator('.search-results a').first()).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.search-results a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  // Closed, the dialog gives focus back to the button that opened it.
  await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
});

test('"/" typed into a text field (a formula in the playground) is text, not the search shortcut', async ({ page }) => {
  await page.goto('/chapters/playground/');
  const race = page.locator('[data-widget="race"]').first();
  await race.scrollIntoViewIfNeeded();
  await expect
    .poll(() => race.evaluate((el) => el.closest('astro-island')?.hasAttribute('ssr') ?? false), { timeout: 30_000 })
    .toBe(false);
  await race.getByRole('combobox', { name: 'Surface' }).selectOption('formula');
  const field = race.locator('input[type="text"]').first();
  await field.click();
  await field.press('End');
  await field.pressSequentially('/2');
  await expect(field).toHaveValue(/\/2$/);
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('without JavaScript the search button is not shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/chapters/adam/');
  await expect(page.locator('[data-search-open]')).toBeHidden();
  await context.close();
});

/**
 * English left in the interface of a Chinese page: runs of two or more English words (3+ letters
 * each) in the shell (header, navigation, table of contents, pager, footer), every widget, the
 * teaching blocks' own labels (callout titles, quiz buttons), and every aria-label, title and
 * placeholder. The prose itself may gloss a term in English ("学习率调度（learning-rate
 * schedule）") and cite titles as published, so it is not interface text. Math (KaTeX), code,
 * proper names and key names are allowed.
 */
const allowed = /\b(?:Momentum|Nesterov|NAG|Adagrad|RMSProp|Adam|SGD|PyTorch|TensorFlow|Playground|Descent|CSV|JSON|SVG|PNG|Rosenbrock|Himmelblau|Beale|Booth|ReLU|tanh|sigmoid|English|Harsha|Bommana|Leiphone|Kingma|Polyak|Hinton|Tieleman|Duchi|Sutskever|Cauchy|Page Up|Page Down|Shift|Home|End|Enter|Tab|Esc)\b/g;
const interfaceSelector = [
  'header.site-header',
  'nav',
  'footer',
  '.toc',
  '.toc-inline > summary',
  '.chapter-kicker',
  '.chapter-prereq',
  '[data-widget]',
  '.callout__title',
  '.deep-dive__kicker',
  '.quiz button',
  '.quiz summary',
  '.search-dialog',
].join(', ');

async function untranslated(page: Page): Promise<string[]> {
  return page.evaluate(
    ([allowedSource, selector]) => {
      const allowedRe = new RegExp(allowedSource, 'g');
      const skip = (el: Element) => el.closest('.katex, code, pre, script, style, [lang="en"]') !== null;
      const found: string[] = [];
      const check = (text: string, where: string) => {
        const cleaned = text.replace(allowedRe, ' ');
        const run = /[A-Za-z]{3,}(?:[\s,.:;'’-]+[A-Za-z]{3,})+/.exec(cleaned);
        if (run) found.push(`${where}: “${run[0]}” in “${text.trim().slice(0, 100)}”`);
      };
      for (const root of Array.from(document.querySelectorAll(selector))) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || skip(parent) || !parent.checkVisibility()) continue;
          check(node.textContent ?? '', parent.tagName.toLowerCase());
        }
      }
      for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder], [aria-description]'))) {
        if (skip(el)) continue;
        for (const attr of ['aria-label', 'title', 'placeholder', 'aria-description']) {
          const value = el.getAttribute(attr);
          if (value) check(value, `${el.tagName.toLowerCase()}[${attr}]`);
        }
      }
      return [...new Set(found)];
    },
    [allowed.source, interfaceSelector] as const,
  );
}

for (const path of chinese) {
  test(`${path}: no untranslated interface text, idle and after using the widgets`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(path);
    // Hydrate every widget (each scrolled into view until its island has hydrated), then move each
    // widget's first slider one step so that status lines change.
    const widgets = page.locator('[data-widget]');
    for (let i = 0; i < (await widgets.count()); i++) {
      const widget = widgets.nth(i);
      await widget.scrollIntoViewIfNeeded();
      await expect
        .poll(() => widget.evaluate((el) => el.closest('astro-island')?.hasAttribute('ssr') ?? false), { timeout: 30_000 })
        .toBe(false);
      const slider = widget.getByRole('slider').first();
      if ((await slider.count()) > 0) {
        await slider.focus();
        await page.keyboard.press('ArrowRight');
      }
    }
    await page.keyboard.press('Escape');
    expect(await untranslated(page)).toEqual([]);
  });
}
