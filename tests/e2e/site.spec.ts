import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { hydrateFromTheBottomUp, openWidget, scrollDown, watchForErrors } from './helpers.ts';
import { builtPages, englishChapterPages, sidewaysOverflow } from './pages.ts';

const pages = builtPages();

/**
 * The English chapters in course order, from their frontmatter (`order: N` on its own line), not
 * from the site: what the pages show is checked against it. Drafts are left out, as in the build.
 */
function chaptersByOrder(): string[] {
  const dir = path.resolve('content/chapters');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const front = readFileSync(path.join(dir, f), 'utf8').split(/^---$/m)[1] ?? '';
      return { slug: f.replace(/\.mdx$/, ''), order: Number(/^order:\s*(\d+)/m.exec(front)?.[1]), draft: /^draft:\s*true/m.test(front) };
    })
    .filter((c) => !c.draft)
    .sort((a, b) => a.order - b.order)
    .map((c) => c.slug);
}

test('the site has a home page, an About page and chapters', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/about/');
  expect(pages.filter((p) => p.startsWith('/chapters/')).length).toBeGreaterThan(0);
});

// Each page's clean load, metadata and landmarks are checked in quality.spec.ts, in the same page
// load as axe and the keyboard walk (CI time).

/** The content of the page's one CSP <meta>, read from the built file `astro preview` serves as it is. */
function policyOf(page: string): string | null {
  const file = page.endsWith('.html') ? path.join('dist', page) : path.join('dist', page, 'index.html');
  const metas = readFileSync(file, 'utf8').match(/<meta\b[^>]*\bhttp-equiv="content-security-policy"[^>]*>/gi) ?? [];
  expect(metas, page).toHaveLength(1);
  const content = /\bcontent="([^"]*)"/.exec(metas[0]!)?.[1];
  return content === undefined ? null : content.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

// From the files, not through the browser (CI time: ~40 s to load every page for one tag). That the
// browser applies the policy is checked on every page's load: quality.spec.ts's clean load counts
// CSP violations, and the test below shows the watcher sees one.
test('every page carries a Content-Security-Policy that hashes scripts and allows no inline script', () => {
  for (const path of pages) {
    const policy = policyOf(path);
    // 'wasm-unsafe-eval' lets the search (Pagefind) compile its WebAssembly; it does not allow eval.
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy, path).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy, path).toMatch(/style-src-attr 'unsafe-inline'/);
    expect(policy, path).not.toMatch(/style-src-elem[^;]*unsafe-inline/);
  }
});

test('a CSP violation is caught by the page checks (the watcher itself works)', async ({ page }) => {
  const errors = await watchForErrors(page);
  await page.goto('/about/');
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red; }';
    document.head.append(style);
  });
  await expect.poll(() => errors.join('\n')).toContain('CSP violation');
});

test('the 404 page is served for an unknown address, styled, with a way home and no canonical address', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('not in the course');
  await expect(page).toHaveTitle(/Page not found · Descent/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
  await expect(page.getByRole('main').getByRole('link', { name: 'home page' })).toHaveAttribute('href', '/');
  // Served at any address, it names none: no canonical or hreflang links, and not indexed.
  await expect(page.locator('link[rel="canonical"], link[rel="alternate"]')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('[data-language-link="zh-cn"]')).toHaveAttribute('href', '/zh-cn/');
  // Its stylesheet loaded (the header is laid out, not a bare list).
  expect(await page.locator('.site-header').evaluate((h) => getComputedStyle(h).position)).toBe('sticky');
});

test('the home page introduces the course and lists every chapter in order, with its description', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const items = page.locator('.chapter-list > li > a');
  const expected = chaptersByOrder();
  await expect(items).toHaveCount(expected.length);
  expect(await items.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
    expected.map((slug) => `/chapters/${slug}/`),
  );
  // Each entry shows the chapter's own title and description (the page's meta description).
  const listed = await items.evaluateAll((links) =>
    links.map((a) => ({
      title: a.querySelector('.chapter-list__title')?.textContent?.trim() ?? '',
      description: a.querySelector('.chapter-list__desc')?.textContent?.trim() ?? '',
    })),
  );
  for (const [i, slug] of expected.entries()) {
    await page.goto(`/chapters/${slug}/`, { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(listed[i]!.title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', listed[i]!.description);
    await expect(page.locator('.chapter-lead')).toHaveText(listed[i]!.description);
  }
});

test('previous and next links walk the chapters in course order', async ({ page }) => {
  test.setTimeout(180_000);
  const order = chaptersByOrder();
  expect(englishChapterPages().length).toBe(order.length);
  for (const [i, slug] of order.entries()) {
    await page.goto(`/chapters/${slug}/`, { waitUntil: 'domcontentloaded' });
    const pager = page.getByRole('navigation', { name: 'Previous and next chapter' });
    const prev = pager.locator('a[rel="prev"]');
    const next = pager.locator('a[rel="next"]');
    if (i === 0) await expect(prev).toHaveCount(0);
    else await expect(prev).toHaveAttribute('href', `/chapters/${order[i - 1]}/`);
    if (i === order.length - 1) await expect(next).toHaveCount(0);
    else await expect(next).toHaveAttribute('href', `/chapters/${order[i + 1]}/`);
  }
  // And they work: Next from the first chapter opens the second.
  await page.goto(`/chapters/${order[0]}/`);
  await page.getByRole('navigation', { name: 'Previous and next chapter' }).getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(`/chapters/${order[1]}/`);
});

for (const width of [1280, 1500]) {
  test(`a chapter's table of contents lists its sections and leads to them (${width}px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/chapters/gradient-descent/');
    const sections = await page.locator('article.chapter :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    expect(sections.length).toBeGreaterThan(4);
    // Narrower screens: a collapsed "On this page" at the top of the chapter; wide ones: a side column.
    const toc = width >= 1440 ? page.getByRole('complementary', { name: 'On this page' }) : page.locator('details.toc-inline');
    if (width < 1440) {
      await expect(page.getByRole('complementary', { name: 'On this page' })).toBeHidden();
      await toc.locator('summary').click();
    } else {
      await expect(page.locator('details.toc-inline')).toBeHidden();
    }
    const links = toc.getByRole('link');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(sections);
    // A section in the middle (the last ones cannot reach the top: the page ends first).
    const middle = Math.floor(sections.length / 2);
    await links.nth(middle).click();
    await expect(page).toHaveURL(new RegExp(`${sections[middle]}$`));
    const top = await page.locator(sections[middle]!).evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
  });
}

test('the About page credits the article the course follows and lists its corrections', async ({ page }) => {
  await page.goto('/about/');
  const credits = page.locator('h2#credits + p');
  await expect(credits).toContainText('Harsha Bommana');
  await expect(credits).toContainText('Deep Learning Demystified');
  await expect(credits).toContainText('AI 科技评论');
  await expect(credits).toContainText('Leiphone');
  await expect(page.locator('h2#corrections + p + ul > li')).toHaveCount(8);
  await expect(page.getByRole('main')).toContainText('β₂ = 0.999');
  // Every page's footer points to it.
  await page.goto('/');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'About' })).toHaveAttribute('href', '/about/');
});

test('a formula sits beside its widget on wide screens and above it on phones', async ({ page }) => {
  const boxes = async () => {
    const pair = page.locator('.figure-pair').first();
    await pair.scrollIntoViewIfNeeded();
    const formula = (await pair.locator('.katex-display').first().boundingBox())!;
    const widget = (await pair.locator('[data-widget]').first().boundingBox())!;
    return { formula, widget };
  };
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/chapters/introduction/');
  let { formula, widget } = await boxes();
  expect(widget.x).toBeGreaterThanOrEqual(formula.x + formula.width - 1);
  expect(widget.y).toBeLessThan(formula.y + formula.height);
  await page.setViewportSize({ width: 360, height: 740 });
  ({ formula, widget } = await boxes());
  expect(widget.y).toBeGreaterThanOrEqual(formula.y + formula.height - 1);
  expect(widget.x + widget.width).toBeLessThanOrEqual(360);
});

test("a pair's formula side paints as a layer of its own, and its widget outside that layer", async ({ page }) => {
  // A key press or a played frame repaints the widget; without a layer of its own the formula
  // beside it (thousands of KaTeX boxes) was painted again each time with the page around it.
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/chapters/gradient-descent/');
  const pairs = await page.locator('.figure-pair').evaluateAll((figures) =>
    figures.map((figure) => {
      const grid = figure.querySelector(':scope > .figure-pair__grid')!;
      const sides = [...grid.children, ...figure.querySelectorAll(':scope > figcaption')];
      return {
        formula: sides.filter((e) => e.localName !== 'astro-island').map((e) => getComputedStyle(e).isolation),
        // The widget must not be inside such a layer: an open Share menu paints above what follows the pair.
        widget: [...grid.querySelectorAll('[data-widget]')].map((w) => {
          const isolated: string[] = [];
          for (let e = w.parentElement; e && e !== figure.parentElement; e = e.parentElement)
            if (getComputedStyle(e).isolation === 'isolate') isolated.push(e.className);
          return isolated.join(' ');
        }),
      };
    }),
  );
  expect(pairs.length).toBeGreaterThan(1);
  for (const pair of pairs) {
    expect(pair.formula.length).toBeGreaterThan(0);
    expect(pair.formula).toEqual(pair.formula.map(() => 'isolate'));
    expect(pair.widget).toEqual(pair.widget.map(() => ''));
  }
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
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 22, 27)');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('no flash of the wrong theme: the saved choice is set before the body exists, and beats the system setting', async ({ page }) => {
  // Record the theme at the moment the <body> element is inserted, before anything is painted.
  await page.addInitScript(() => {
    localStorage.setItem('descent-theme', 'dark');
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset['theme'] ?? 'unset';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  for (const path of ['/', '/chapters/introduction/', '/about/', '/zh-cn/']) {
    await page.goto(path);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody), path).toBe('dark');
  }
  // The theme script is the first script of the <head>, inline (nothing to fetch before it runs).
  const first = await page.evaluate(() => {
    const script = document.head.querySelector('script');
    return script ? { inline: !script.src, head: script.parentElement === document.head } : null;
  });
  expect(first).toEqual({ inline: true, head: true });
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main#main')).toBeFocused();
  // The next Tab lands inside the main content, past the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test.describe('at a 360px phone width', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  // One load per page (CI time): its widgets come alive when scrolled to, then nothing scrolls
  // sideways. The English chapters get this in robustness.spec.ts's touch test, in the same load.
  const english = englishChapterPages();
  for (const path of pages.filter((p) => !english.includes(p))) {
    test(`${path}: every widget comes alive when the reader scrolls to it, and the page does not scroll sideways`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto(path);
      await hydrateFromTheBottomUp(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await scrollDown(page, 500);
      const overflow = await sidewaysOverflow(page);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('the chapter list opens as a drawer, marks the current chapter, and closes', async ({ page }) => {
    await page.goto('/chapters/momentum/');
    const nav = page.getByRole('navigation', { name: 'Chapters', exact: true });
    await expect(nav).toBeHidden();
    await page.getByRole('button', { name: 'Chapters menu' }).click();
    await expect(nav).toBeVisible();
    const current = nav.locator('a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', '/chapters/momentum/');
    await expect(current).toBeVisible();
    const box = (await nav.boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBeLessThanOrEqual(360);
    await nav.getByRole('button', { name: 'Close' }).click();
    await expect(nav).toBeHidden();
    // Escape closes it too, and a chapter link in it navigates.
    await page.getByRole('button', { name: 'Chapters menu' }).click();
    await expect(nav).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await page.getByRole('button', { name: 'Chapters menu' }).click();
    await nav.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/chapters\/[a-z-]+\/$/);
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
      // A fixed window on purpose: the test proves that the heading does not move as blocks lay out.
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

test('on a wide screen the chapter sidebar stays in view, under the header, as the reader scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/chapters/adam/');
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  const header = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
  await page.evaluate(() => window.scrollTo(0, 3000));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
  const top = await nav.evaluate((n) => n.getBoundingClientRect().top);
  // It sticks just below the sticky header: not scrolled away, not hidden under the header.
  expect(top).toBeGreaterThanOrEqual(header - 1);
  expect(top).toBeLessThan(header + 24);
  await expect(nav.locator('[aria-current="page"]')).toBeInViewport();
});

test('a page without widgets loads small script files (the search button, the language switch) and the inline theme script', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/about/');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  // Pagefind's own scripts load only when the search opens: here only the button's script, Vite's
  // helper for its lazy import, and the layout's script (the language switch keeps the reader's
  // place and widget state: src/site/islands/language-switch.ts).
  expect(scripts.find((s) => /\/_astro\/SearchBox[^/]*\.js$/.test(s))).toBeDefined();
  for (const src of scripts) expect(src).toMatch(/\/_astro\/(SearchBox|preload-helper|Base\.astro)[^/]*\.js$/);
  const size = await page.evaluate(async (list) => {
    let total = 0;
    for (const src of list) total += (await (await fetch(src)).text()).length;
    return total;
  }, scripts);
  expect(size).toBeLessThan(10_000);
  const inline = await page.locator('script:not([src])').allTextContents();
  expect(inline.length).toBe(1);
  expect(inline.join('').length).toBeLessThan(1500);
});

test('"The code that runs" opens on the engine\'s file and the rule, and its link opens that rule in a cell', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = await watchForErrors(page);
  await page.goto('/chapters/nesterov/');
  const block = page.locator('details.engine-source[data-engine-source="nag"]');
  // Collapsed until asked: the file is in the page (no JavaScript needed) but not shown.
  const file = block.locator('pre[data-engine-file="src/engine/optim/nag.ts"]');
  await expect(file).toBeHidden();
  await block.locator('summary').click();
  await expect(file).toBeVisible();
  await expect(file).toContainText('export function createNag');
  // Highlighted: a keyword takes its colour from the theme's CSS variables, not the text colour.
  const colours = await file.evaluate((pre) => {
    const keyword = Array.from(pre.querySelectorAll('span')).find((s) => s.textContent === 'export');
    return [getComputedStyle(pre).color, keyword ? getComputedStyle(keyword).color : ''];
  });
  expect(colours[1]).not.toBe('');
  expect(colours[1]).not.toBe(colours[0]);
  // Long lines scroll inside the block, not the page.
  expect(await file.evaluate((pre) => pre.scrollWidth > pre.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  const rule = await block.locator('pre.engine-source-cell').innerText();
  expect(rule).toContain('v = momentum * v + lr * grad(w - momentum * v)');
  await expect(block.locator('.engine-source-rule .katex')).toContainText('∇');

  await block.getByRole('link', { name: 'Open this rule in a cell' }).click();
  await expect(page).toHaveURL(/\/chapters\/write-your-own-optimizer\/\?my-rule\.src=[^#]+#my-rule$/);
  // Counted once the new page has loaded: right after the URL changes, only part of it is parsed.
  await page.waitForLoadState('load');
  const cells = page.locator('[data-widget="rule-cell"]');
  const index = (await cells.count()) - 1;
  expect(index).toBeGreaterThan(0);
  const cell = await openWidget(page, 'rule-cell', index);
  // The chapter's last cell is the one the link names: it shows the NAG rule, not its own Adam preset.
  await expect(cell.getByRole('textbox', { name: 'Update rule' })).toHaveValue(rule);
  await expect(cell.locator('.rule-cell__math')).toContainText('∇');
  expect(errors).toEqual([]);
});
