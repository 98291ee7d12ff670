import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { hydrateAll, hydrateAllFromTop, urlSettled, watchForErrors } from './helpers.ts';
import { axeViolations, expectCleanPage, textCollisions } from './page-checks.ts';
import { builtPages, isNotFoundPage } from './pages.ts';

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
    if (isNotFoundPage(path)) continue;
    expect(chinese, `missing /zh-cn${path}`).toContain(`/zh-cn${path === '/' ? '/' : path}`);
  }
});

// One test fetching every page's HTML (CI time: a browser load per page, 96 of them, took ~100 s
// of a worker for what the served markup alone says; JavaScript touches neither attribute).
test('every page says its language and links its translation (lang and hreflang)', async ({ request }) => {
  test.setTimeout(120_000);
  const wrong: string[] = [];
  for (const path of pages) {
    const response = await request.get(path);
    const { document } = parseHTML(await response.text());
    const zh = path.startsWith('/zh-cn/');
    const lang = document.documentElement.getAttribute('lang');
    if (lang !== (zh ? 'zh-CN' : 'en')) wrong.push(`${path}: lang=${lang}`);
    if (isNotFoundPage(path)) continue;
    const alternates = Object.fromEntries(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
        l.getAttribute('hreflang') ?? '',
        new URL(l.getAttribute('href') ?? '', 'http://x').pathname,
      ]),
    );
    const rest = zh ? path.slice('/zh-cn'.length) : path;
    const expected = { en: rest, 'zh-CN': `/zh-cn${rest}`, 'x-default': rest };
    for (const [hreflang, href] of Object.entries(expected)) {
      if (alternates[hreflang] !== href)
        wrong.push(`${path}: hreflang=${hreflang} ${alternates[hreflang]} (want ${href})`);
    }
  }
  expect(pages.length).toBeGreaterThan(20);
  expect(wrong).toEqual([]);
});

async function switchTo(page: Page, language: 'English' | '简体中文') {
  await page
    .getByRole('navigation', { name: /^(Language|语言)$/ })
    .getByRole('link', { name: language })
    .click();
}

test('the language switcher keeps the reader on the same chapter, both ways', async ({ page }) => {
  test.setTimeout(120_000); // two loads of a long chapter each way, on a shared machine
  await page.goto('/chapters/momentum/#the-update-term-by-term');
  await switchTo(page, '简体中文');
  // The same chapter, at the section the reader was at (#22): a heading's id differs per language.
  await expect(page).toHaveURL(/\/zh-cn\/chapters\/momentum\/(?:#.+)?$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('[data-chapter="momentum"]')).toHaveCount(1);
  await switchTo(page, 'English');
  await expect(page).toHaveURL(/\/chapters\/momentum\/(?:#.+)?$/);
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

test('the Chinese shell: navigation, sidebar and chapter frame are in Chinese and link within /zh-cn/', async ({
  page,
}) => {
  await page.goto('/zh-cn/chapters/adam/');
  await expect(page.getByRole('navigation', { name: '章节' }).getByRole('link').first()).toHaveAttribute(
    'href',
    /^\/zh-cn\/chapters\//,
  );
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

/** The page part of a result's link (results open at a section: /chapters/adam/#idea:~:text=…). */
const pathsOf = (results: Locator) =>
  results.evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').split('#')[0]));

test('search (English): whole words only, excerpts without LaTeX, "/" opens it, Enter lands at the match', async ({
  page,
}) => {
  await page.goto('/');
  // Pagefind alone, finding no word "xyzzy", retried with shorter prefixes and listed every "x".
  await page.keyboard.press('/');
  const box = page.getByRole('dialog').getByRole('searchbox');
  await box.fill('xyzzy');
  await expect(page.locator('[data-search-status]')).toHaveText('No page matches “xyzzy”. Try another word.', {
    timeout: 15_000,
  });
  await expect(page.locator('.search-results a')).toHaveCount(0);
  // A passage with a formula: the excerpt shows the formula once, never its LaTeX source beside it.
  await box.fill('judged');
  const judged = page.locator('.search-results a[href^="/chapters/partial-derivatives/"] .search-results__excerpt');
  await expect(judged).toContainText('sin', { timeout: 15_000 });
  await expect(judged).not.toContainText('\\sin');
  await expect(judged).not.toContainText('sin⁡xy');
  // "heavy ball" appears in the body of the Momentum chapter (Polyak's method), not in its title.
  await box.fill('heavy ball');
  const results = page.locator('.search-results a');
  await expect(results.first()).toHaveAttribute('href', /^\/chapters\/momentum\/#[\w-]*:~:text=.*heavy%20ball/i);
  await expect(results.first().locator('mark').first()).toBeVisible();
  await expect(page.locator('[data-search-status]')).toContainText('match');
  // One index per language: English pages never list Chinese results.
  for (const path of await pathsOf(results)) expect(path).not.toMatch(/^\/zh-cn\//);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/chapters\/momentum\/#/);
  // The page opens at the match, not at its top: the words are on screen.
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const walker = document.createTreeWalker(
            document.querySelector('main') ?? document.body,
            NodeFilter.SHOW_TEXT,
          );
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent?.toLowerCase().indexOf('heavy ball') ?? -1;
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 'heavy ball'.length);
            const box = range.getBoundingClientRect();
            if (box.height > 0 && box.top >= 0 && box.bottom <= innerHeight) return window.scrollY > 0;
          }
          return false;
        }),
      { timeout: 15_000 },
    )
    .toBe(true);
});

test('search (Chinese): Chinese words are segmented and found in Chinese chapters only', async ({ page }) => {
  await page.goto('/zh-cn/');
  // 偏差修正 (bias correction) is taught in the Chinese Adam chapter's body.
  const results = await search(page, '偏差修正');
  const hrefs = await pathsOf(results);
  expect(hrefs).toContain('/zh-cn/chapters/adam/');
  for (const href of hrefs) expect(href).toMatch(/^\/zh-cn\//);
  await expect(page.locator('[data-search-status]')).toContainText('匹配');
  // Enter opens the first result, a Chinese page.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh-cn\//);
});

test('search (Chinese): a word from the middle of a sentence finds its chapter, with the word marked in the excerpt', async ({
  page,
}) => {
  await page.goto('/zh-cn/chapters/adam/');
  // 重球 (heavy ball) sits inside unbroken Chinese text in the Momentum chapter ("…滚下去的重球，而不是…").
  // The Chinese home page has 重 (in 权重) and 球 apart but not 重球: Pagefind alone lists it, with
  // single characters marked; the search keeps only pages with the word as written (src/site/search/cjk.ts).
  const results = await search(page, '重球');
  const hrefs = await pathsOf(results);
  // Exactly the two chapters whose text holds 重球 (momentum introduces the heavy ball, Nesterov
  // recalls it); which comes first is Pagefind's character-level ranking, not the filter's doing.
  expect([...hrefs].sort()).toEqual(['/zh-cn/chapters/momentum/', '/zh-cn/chapters/nesterov/']);
  for (const mark of await results.locator('mark').allTextContents()) expect(mark).toBe('重球');
  await expect(page.locator('[data-search-status]')).toHaveText(`有 ${hrefs.length} 个页面与“重球”匹配。`);
  const momentumTitle = page.locator('.search-results a[href^="/zh-cn/chapters/momentum/"] .search-results__title');
  await expect(momentumTitle).toContainText('动量：有记忆的小球');
});

test('search indexes the About page (its corrections of the article) in both languages', async ({ page }) => {
  await page.goto('/');
  let results = await search(page, 'grateful');
  await expect(results.first()).toHaveAttribute('href', /^\/about\/(#|$)/);
  await page.goto('/zh-cn/');
  results = await search(page, '清晰的路线');
  expect(await pathsOf(results)).toContain('/zh-cn/about/');
});

test('one search index per language, holding every page of that language that has prose', async ({ request }) => {
  const entry = (await (await request.get('/pagefind/pagefind-entry.json')).json()) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
  // Chapters, the home page and About in each language (the author guide and 404 are not indexed).
  const indexed = (prefix: string) =>
    pages.filter((p) => p.startsWith(prefix) && /^\/(?:zh-cn\/)?(?:chapters\/[^/]+\/|about\/)?$/.test(p)).length;
  expect(entry.languages['en']!.page_count).toBe(indexed('/') - indexed('/zh-cn/'));
  expect(entry.languages['zh-cn']!.page_count).toBe(indexed('/zh-cn/'));
  expect(entry.languages['zh-cn']!.page_count).toBeGreaterThan(10);
});

test('search: no match says so; Escape closes and focus returns; Ctrl+K opens it too', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/chapters/adam/');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('dialog').getByRole('searchbox');
  await expect(box).toBeFocused();
  await box.fill('qzxjvw');
  await expect(page.locator('[data-search-status]')).toHaveText('No page matches “qzxjvw”. Try another word.', {
    timeout: 15_000,
  });
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

test('a formula with a typo gets its message in the page’s language (Chinese, then English)', async ({ page }) => {
  test.setTimeout(90_000);
  const cases = [
    {
      path: '/zh-cn/chapters/playground/',
      surface: '曲面',
      apply: '应用',
      typo: 'x^2 + 10*sni(y)',
      message:
        '第 10 个字符处的名称 “sni” 无法识别。可以使用 x、y、pi、e 以及函数 sin、cos、tan、exp、log、sqrt、abs、tanh、sinh、cosh、atan。保留之前的曲面。',
      unclosed: '第 4 个字符处的 “(” 缺少与之配对的 “)”：第 8 个字符处是公式的末尾。保留之前的曲面。',
    },
    {
      path: '/chapters/playground/',
      surface: 'Surface',
      apply: 'Apply',
      typo: 'x^2 + 10*sni(y)',
      message:
        'Unknown name "sni" at position 10. Use x, y, pi, e and the functions sin, cos, tan, exp, log, sqrt, abs, tanh, sinh, cosh, atan. The previous surface stays.',
      unclosed:
        'Expected ")" to close the "(" at position 4, found the end of the formula at position 8. The previous surface stays.',
    },
  ];
  for (const c of cases) {
    await page.goto(c.path);
    const race = page.locator('[data-widget="race"]').first();
    await race.scrollIntoViewIfNeeded();
    await expect
      .poll(() => race.evaluate((el) => el.closest('astro-island')?.hasAttribute('ssr') ?? false), { timeout: 30_000 })
      .toBe(false);
    await race.getByRole('combobox', { name: c.surface }).selectOption('formula');
    const field = race.getByRole('textbox', { name: 'f(x, y) =' });
    await field.fill(c.typo);
    await field.press('Enter');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    // The message is the field's description, so a screen reader reads it with the field.
    await expect(field).toHaveAccessibleDescription(c.message);
    await field.fill('sin((x)');
    await race.getByRole('button', { name: c.apply, exact: true }).click();
    await expect(field).toHaveAccessibleDescription(c.unclosed);
    if (c.path.startsWith('/zh-cn/')) expect(await untranslated(page)).toEqual([]);
    // A good formula clears the message.
    await field.fill('x^2 + y^2');
    await field.press('Enter');
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    // One that parses but has no value at the start point (log of a negative number) is refused
    // in words of the page's language, never with the engine's English or a NaN.
    await field.fill('log(x) + y^2');
    await field.press('Enter');
    await expect(race).toContainText(
      c.path.startsWith('/zh-cn/') ? '函数在这一点没有有限的值' : 'the function has no finite value there',
    );
    await expect(race).not.toContainText('NaN');
    if (c.path.startsWith('/zh-cn/')) expect(await untranslated(page)).toEqual([]);
  }
});

test('a broken formula in a link is reported in Chinese on a Chinese page', async ({ page }) => {
  // The playground's Race has the default id "race".
  await page.goto(`/zh-cn/chapters/playground/?race.s=formula&race.fn=${encodeURIComponent('x + $')}`);
  const widget = page.locator('[data-widget="race"]').first();
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toContainText('链接参数 fn：第 5 个字符 “$” 不能在公式里使用。', { timeout: 30_000 });
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
 * proper names, key names, a formula's function names, PyTorch's argument `alpha` and URL
 * parameters quoted in a link message (`链接参数 batch="zz"`: the name is the URL's) are allowed:
 * the list is data, content/allowed-english.json, which an author extends (AUTHORING.md).
 */
const allowed = allowedEnglish(path.resolve(import.meta.dirname, '../../content/allowed-english.json'));

/** The allowed terms (whole words) and patterns of content/allowed-english.json, as one regular expression. */
function allowedEnglish(file: string): RegExp {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { terms: string[]; patterns: string[] };
  const terms = data.terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp([`\\b(?:${terms.join('|')})\\b`, ...data.patterns].join('|'), 'g');
}

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

/**
 * Elements whose whole text is interface wording (a widget's controls and status lines, the
 * blocks' own buttons, the shell's links): any single English word in them is flagged. Quiz
 * questions and answers are prose (they may gloss a term in English), so they are not here.
 */
const controlSelector = [
  '[data-widget] button',
  '[data-widget] option',
  '[data-widget] label',
  '[data-widget] legend',
  '[data-widget] summary',
  '[data-widget] [role="status"]',
  '[data-widget] [data-messages]',
  '[data-widget] .control__label',
  '.quiz button',
  '.quiz summary',
  '.callout__title',
  'header button',
  'nav a',
].join(', ');

async function untranslated(page: Page): Promise<string[]> {
  return page.evaluate(
    ([allowedSource, selector, controlSelector]) => {
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
      // A control's own words (a button, an option, a label, a status line) are interface text
      // even when there is one of them: "Apply" on a button is as untranslated as a sentence.
      for (const el of Array.from(document.querySelectorAll(controlSelector))) {
        if (skip(el) || !el.checkVisibility()) continue;
        const parts: string[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement && !skip(node.parentElement)) parts.push(node.textContent ?? '');
        }
        const text = parts.join(' ').replace(allowedRe, ' ');
        // λmax (the largest eigenvalue) is notation.
        const word = /\b[A-Za-z][a-z]{2,}\b/.exec(text.replace(/λmax/g, ' '));
        if (word)
          found.push(`${el.tagName.toLowerCase()}: “${word[0]}” in “${(el.textContent ?? '').trim().slice(0, 100)}”`);
      }
      for (const el of Array.from(
        document.querySelectorAll('[aria-label], [title], [placeholder], [aria-description]'),
      )) {
        if (skip(el)) continue;
        for (const attr of ['aria-label', 'title', 'placeholder', 'aria-description']) {
          const value = el.getAttribute(attr);
          if (value) check(value, `${el.tagName.toLowerCase()}[${attr}]`);
        }
      }
      return [...new Set(found)];
    },
    [allowed.source, interfaceSelector, controlSelector] as const,
  );
}

/** Moves each widget's first slider one step (the widgets are hydrated), so that status lines change. */
async function nudgeEveryWidget(page: Page): Promise<number> {
  const widgets = page.locator('[data-widget]');
  const count = await widgets.count();
  for (let i = 0; i < count; i++) {
    const slider = widgets.nth(i).getByRole('slider').first();
    if ((await slider.count()) > 0) {
      await slider.focus();
      await page.keyboard.press('ArrowRight');
    }
  }
  return count;
}

for (const path of chinese) {
  test(`${path}: loads cleanly, no WCAG 2.2 AA violation (every rule, light, idle), no untranslated interface text, idle, after using the widgets, and with broken link parameters; no figure label collides or is cut off`, async ({
    page,
  }) => {
    test.setTimeout(480_000);
    const errors = await watchForErrors(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    // Chinese labels are wider than English ones: in the same page load, no two labels of a figure
    // overlap and none is cut off (layout.spec.ts checks the English chapters), in the build's
    // frames, then live at 1280 px, then the phone's frames. On the chapters, as in English: on the
    // author guide's Race page (a narrower column) the sweep's tick labels can still touch live while
    // the sweep is under way (5 and 6 on a log y axis). Its x labels at 360 px no longer do (10⁻⁴,
    // not 1×10⁻⁴: Race/chart-maths.ts), and plot-theme.ts's yTitleRoom fixed the y-axis titles.
    const labelled = path.includes('/chapters/') && (await page.locator('[data-widget]').count()) > 0;
    const staticLabels = labelled ? await textCollisions(page) : [];
    // Hydrate every widget; the clean load and axe over the whole page, idle, at the top (as
    // quality.spec.ts does for English pages; the rest of its checks there read the same markup,
    // styles and scripts); then move each widget's first slider one step so that status lines change.
    await hydrateAllFromTop(page);
    expect(staticLabels, "labels that collide or are cut off in the build's frames").toEqual([]);
    await expectCleanPage(page);
    expect(errors, 'console errors, exceptions or failed requests on load').toEqual([]);
    expect(await axeViolations(page), 'light, idle').toEqual([]);
    if (labelled) {
      expect(await textCollisions(page), 'labels that collide or are cut off once the widgets run').toEqual([]);
      // A phone shows the build's narrow frames, and keeps them once the widget runs (PlotFigure's
      // keepStaticFrame): a second page at 360 px checks those without hydrating anything.
      const phone = await page.context().newPage();
      await phone.setViewportSize({ width: 360, height: 780 });
      await phone.goto(path);
      expect(await textCollisions(phone), "labels that collide or are cut off in the build's frames at 360 px").toEqual(
        [],
      );
      await phone.close();
    }
    const count = await nudgeEveryWidget(page);
    await page.keyboard.press('Escape');
    expect(await untranslated(page)).toEqual([]);
    if (count === 0) return;
    // Fuzz: the widgets wrote their state to the URL; give every one of those parameters a value no
    // widget accepts (a word, a number out of range, a list too long, in turn). Each widget falls
    // back and says so in its message list, in Chinese.
    await urlSettled(page);
    const written = [...new URL(page.url()).searchParams.keys()];
    // (A page whose widgets' first sliders are not part of their links writes nothing: no fuzz there.)
    test.info().annotations.push({ type: 'fuzzed parameters', description: written.join(' ') || 'none' });
    if (written.length === 0) return;
    const junk = ['zz', '1e999', '-7,8,9,10,11', '__proto__'];
    const fuzzed = new URLSearchParams(written.map((key, i) => [key, junk[i % junk.length]!]));
    await page.goto(`${path}?${fuzzed.toString()}`);
    await hydrateAll(page);
    const messages = page.locator('[data-widget] .widget__message');
    await expect(messages.first()).toBeVisible();
    expect(await messages.allTextContents()).not.toContainEqual(expect.stringMatching(/NaN|undefined|Infinity/));
    expect(await untranslated(page)).toEqual([]);
  });
}
