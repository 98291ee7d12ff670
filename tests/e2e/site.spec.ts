import { expect, test, type Page } from '@playwright/test';
import { builtPages, sidewaysOverflow } from './pages.ts';

const pages = builtPages();

/** Collects console errors, CSP violations, uncaught exceptions and failed requests while a page is used. */
function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline content'}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

test('the site has a home page, an About page and chapters', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/about/');
  expect(pages.filter((p) => p.startsWith('/chapters/')).length).toBeGreaterThan(0);
});

for (const path of pages) {
  test(`${path} loads cleanly, with its metadata and no KaTeX error`, async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto(path);
    // Scroll through so every client:near island hydrates and any lazy request happens.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 30));
      }
    });
    await page.waitForLoadState('networkidle');
    await expect(page.locator('html')).toHaveAttribute('lang', /^(en|zh-CN)$/);
    await expect(page).toHaveTitle(/Descent/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    await expect(page.locator('meta[name="viewport"]')).toHaveAttribute('content', /width=device-width/);
    await expect(page.locator('main#main')).toHaveCount(1);
    await expect(page.locator('.katex-error')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('every page carries a Content-Security-Policy that hashes scripts and allows no inline script', async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of pages) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    // 'wasm-unsafe-eval' lets the search (Pagefind) compile its WebAssembly; it does not allow eval.
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy, path).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy, path).toMatch(/style-src-attr 'unsafe-inline'/);
    expect(policy, path).not.toMatch(/style-src-elem[^;]*unsafe-inline/);
  }
});

test('a CSP violation is caught by the page checks (the watcher itself works)', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('/about/');
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red; }';
    document.head.append(style);
  });
  await expect.poll(() => errors.join('\n')).toContain('CSP violation');
});

test('the 404 page is served for an unknown address', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('not in the course');
});

test('the theme toggle switches theme and the choice persists across pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(20, 22, 27)');
  await page.goto('/about/');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test('with no saved choice the theme follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test.describe('at a 360px phone width', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  for (const path of pages) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 500) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 20));
        }
      });
      const overflow = await sidewaysOverflow(page);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  for (const path of pages.filter((p) => /chapters\/|authoring\//.test(p))) {
    test(`${path}: every widget comes alive when the reader scrolls to it`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto(path);
      const islands = page.locator('astro-island');
      const n = await islands.count();
      // Like a reader jumping to a section from the contents: from the bottom up, each widget in
      // turn brought into view straight from far away.
      for (let i = n - 1; i >= 0; i--) {
        const island = islands.nth(i);
        await island.locator(':scope > *').first().scrollIntoViewIfNeeded();
        await expect(island, `island ${i + 1} of ${n} (${await island.getAttribute('component-url')}) hydrates`).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
      }
    });
  }

  test('the chapter list opens as a drawer', async ({ page }) => {
    await page.goto('/about/');
    const nav = page.getByRole('navigation', { name: 'Chapters' });
    await expect(nav).toBeHidden();
    await page.getByRole('button', { name: 'Chapters menu' }).click();
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link').first()).toBeVisible();
  });
});

for (const [width, height] of [
  [1280, 900],
  [360, 740],
] as const) {
  test(`a link to a heading far down a long chapter lands on that heading (${width}px)`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/chapters/adam/#adam-on-a-real-network');
    await page.waitForLoadState('networkidle');
    const heading = page.locator('#adam-on-a-real-network');
    // The heading sits just under the sticky header (scroll-padding-top 4.5rem) and stays there
    // while the blocks around it are laid out.
    for (let i = 0; i < 3; i++) {
      const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(160);
      await page.waitForTimeout(500);
    }
  });
}

test('the chapter sidebar marks the current chapter', async ({ page }) => {
  await page.goto('/');
  const first = page.getByRole('navigation', { name: 'Chapters' }).getByRole('link').first();
  const href = await first.getAttribute('href');
  await page.goto(href!);
  await expect(page.getByRole('navigation', { name: 'Chapters' }).locator('[aria-current="page"]')).toHaveAttribute('href', href!);
});

test('a page without widgets loads one small script file (the search button) and the inline theme script', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/about/');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  // Pagefind's own scripts load only when the search opens: here only the button's script and
  // Vite's helper for its lazy import.
  expect(scripts.find((s) => /\/_astro\/SearchBox[^/]*\.js$/.test(s))).toBeDefined();
  for (const src of scripts) expect(src).toMatch(/\/_astro\/(SearchBox|preload-helper)[^/]*\.js$/);
  const size = await page.evaluate(async (list) => {
    let total = 0;
    for (const src of list) total += (await (await fetch(src)).text()).length;
    return total;
  }, scripts);
  expect(size).toBeLessThan(8000);
  const inline = await page.locator('script:not([src])').allTextContents();
  expect(inline.length).toBe(1);
  expect(inline.join('').length).toBeLessThan(1500);
});
