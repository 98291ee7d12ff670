import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import * as blockSchemas from '../../components/blocks/schemas.ts';

/**
 * The author guide lists every component of components/registry.ts: the teaching blocks (one
 * `<name>Schema` export each in components/blocks/schemas.ts) and every widget folder.
 */
const blocks = Object.keys(blockSchemas)
  .filter((k) => k.endsWith('Schema'))
  .map((k) => k[0]!.toUpperCase() + k.slice(1, -'Schema'.length));
const widgets = readdirSync(new URL('../../components/widgets', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && /^[A-Z]/.test(d.name))
  .map((d) => d.name);
const all = [...blocks, ...widgets];

test('the guide is linked from the header, the footer and the About page', async ({ page }) => {
  await page.goto('/about/');
  await expect(
    page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Write a chapter' }),
  ).toHaveAttribute('href', '/authoring/');
  await expect(page.locator('footer').getByRole('link', { name: 'author guide' })).toHaveAttribute(
    'href',
    '/authoring/',
  );
  await page.locator('main').getByRole('link', { name: 'author guide' }).click();
  await expect(page).toHaveURL(/\/authoring\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Writing a chapter');
});

/** A component's page: `GdParabola` → /authoring/components/gd-parabola/. */
const pageOf = (name: string, prefix = '') =>
  `${prefix}/authoring/components/${name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '-').toLowerCase()}/`;

test('the guide lists every component, each linking to its own page', async ({ page }) => {
  await page.goto('/authoring/');
  expect(all.length).toBeGreaterThanOrEqual(9);
  const items = page.locator('[data-component-index] li');
  await expect(items).toHaveCount(all.length);
  await expect(page.locator('[data-component-index="block"] li')).toHaveCount(blocks.length);
  await expect(page.locator('[data-component-index="widget"] li')).toHaveCount(widgets.length);
  for (const name of all) {
    const item = page.locator(`[data-component-index] li[data-component="${name}"]`);
    await expect(item.getByRole('link', { name: `<${name}>` })).toHaveAttribute('href', pageOf(name));
    // Each with the one-line summary from its schema.
    await expect(item.locator('p')).toHaveText(/.{10,}/);
  }
  // A link made when every component was on this page still lands on the component.
  await page.goto('/authoring/#component-gdparabola');
  await expect(page.locator('#component-gdparabola')).toBeInViewport();
  await page.locator('#component-gdparabola').getByRole('link').click();
  await expect(page).toHaveURL(/\/authoring\/components\/gd-parabola\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<GdParabola>');
});

test('every component has a page with a live example, a snippet and a props table', async ({ page }) => {
  test.setTimeout(180_000);
  // In the guide's order, as its list shows them: blocks first, then widgets A to Z.
  await page.goto('/authoring/');
  const order = await page
    .locator('[data-component-index] li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-component') ?? ''));
  expect([...order].sort()).toEqual([...all].sort());
  for (const [i, name] of order.entries()) {
    await page.goto(pageOf(name));
    const article = page.locator(`article[data-component="${name}"]`);
    await expect(article.getByRole('heading', { level: 1 })).toContainText(`<${name}>`);
    await expect(page).toHaveTitle(`<${name}> · Author guide · Descent`);
    await expect(article.locator('.component__live > *').first()).toBeAttached();
    await expect(article.locator('[data-snippet] pre code')).toContainText(`<${name}`);
    await expect(article.getByRole('table')).toHaveCount(1);
    await expect(article.locator('thead th')).toHaveText(['Prop', 'Type', 'Default', 'Required', 'Description']);
    // The way back, and the components before and after it in the guide's order.
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'All components' }),
    ).toHaveAttribute('href', '/authoring/#components');
    const pager = page.getByRole('navigation', { name: 'Other components' });
    const previous = order[i - 1];
    const next = order[i + 1];
    if (previous) await expect(pager.locator('a[rel="prev"]')).toHaveAttribute('href', pageOf(previous));
    else await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);
    if (next) await expect(pager.locator('a[rel="next"]')).toHaveAttribute('href', pageOf(next));
    else await expect(pager.locator('a[rel="next"]')).toHaveCount(0);
    await expect(page.locator('.katex-error')).toHaveCount(0);
  }
  // Concrete rows from the schemas.
  await page.goto(pageOf('Rule'));
  await expect(page.locator('tbody tr').first()).toContainText('optimizer');
  await expect(page.locator('tbody tr').first()).toContainText('"adam"');
  await expect(page.locator('.component__live .rule[data-rule="adam"] .katex')).toBeVisible();
  await page.goto(pageOf('GdParabola'));
  await expect(page.locator('tbody tr', { hasText: 'lr' })).toContainText('number, 0.001 to 1.5');
  await expect(page.locator('.component__live [data-widget="gd-parabola"]')).toBeAttached();
  await page.goto(pageOf('Objectives'));
  await expect(page.locator('.component__live .callout li')).toHaveCount(2);
  // A description's `code` is shown as code, not as backticks.
  await expect(page.locator('.chapter-lead code')).toHaveText('objectives');
});

test('the copy button puts the snippet on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(pageOf('DeepDive'));
  const box = page.locator('[data-snippet]');
  const button = box.getByRole('button', { name: 'Copy the DeepDive snippet' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(box.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await box.locator('pre code').textContent());
  expect(copied).toMatch(/^<DeepDive title="[^"]+">\n\n[\s\S]+\n\n<\/DeepDive>$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the snippets are there to select and no dead Copy button shows', async ({ page }) => {
    await page.goto(pageOf('Race'));
    await expect(page.locator('[data-snippet] pre code').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Copy the/ })).toHaveCount(0);
  });
});

test('the Chinese guide is in Chinese, explains translations, and its live examples hydrate', async ({ page }) => {
  await page.goto('/zh-cn/authoring/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('编写章节');
  // The translation section, with its two sub-sections and the rule on quiz ids.
  await expect(page.getByRole('heading', { level: 2, name: '翻译' })).toHaveAttribute('id', 'translations');
  await expect(page.getByRole('heading', { level: 3, name: '只有一种语言的章节' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: '添加一种新语言' })).toBeVisible();
  await expect(page.locator('main')).toContainText('content/chapters/<locale>/<slug>.mdx');
  await expect(page.locator('main')).toContainText('Quiz 的 id 必须一致');
  // The same components as the English guide, each with its page in Chinese.
  await expect(page.locator('[data-component-index] li')).toHaveCount(all.length);
  await expect(page.getByRole('heading', { level: 3, name: '交互组件', exact: true })).toBeVisible();
  await expect(page.locator('[data-component-index] li[data-component="Quiz"] a')).toHaveAttribute(
    'href',
    pageOf('Quiz', '/zh-cn'),
  );
  await expect(page.locator('.katex-error')).toHaveCount(0);

  // Chinese table headers and Chinese block examples.
  await page.goto(pageOf('Quiz', '/zh-cn'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('thead th')).toHaveText(['属性', '类型', '默认值', '必填', '说明']);
  await expect(page.locator('tbody tr', { hasText: 'choices' })).toContainText('string[]，2 至 6 项');
  await expect(page.locator('[data-snippet] pre code')).toContainText('<Quiz id="guide-sign" question="在当前权重处');
  await expect(page.locator('tbody td span[lang="en"]')).toHaveCount(0);
  await expect(
    page.getByRole('navigation', { name: '其他组件' }).getByRole('link', { name: /<Figure>/ }),
  ).toHaveAttribute('href', pageOf('Figure', '/zh-cn'));
  // The quiz example hydrates, and the copy button (shown by the page's script) speaks Chinese.
  await expect(page.locator('.component__live astro-island')).toHaveCount(1);
  await expect(page.locator('.component__live astro-island[ssr]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '复制 Quiz 的代码片段' })).toBeVisible();
  // Widgets' generated descriptions stay English, and say so.
  await page.goto(pageOf('GdParabola', '/zh-cn'));
  expect(await page.locator('tbody td span[lang="en"]').count()).toBeGreaterThan(0);

  // The Figure's widget hydrates in Chinese and runs from the keyboard.
  await page.goto(pageOf('Figure', '/zh-cn'));
  const widget = page.locator('.component__live [data-widget="gd-parabola"]');
  await widget.scrollIntoViewIfNeeded();
  // client:near islands hydrate once visible; Astro removes the ssr attribute when done.
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(widget.locator('[data-status]')).toContainText('第 0 步：w = 2.5，损失 = 6.25。');
  await widget.getByRole('button', { name: '单步' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(widget.locator('[data-status]')).toContainText('第 2 步：w = 1.6，损失 = 2.56。');
});

test('the English and Chinese guides and About pages link to each other', async ({ page }) => {
  await page.goto('/authoring/');
  await expect(page.locator('[data-language-link="zh-cn"]')).toHaveAttribute('href', '/zh-cn/authoring/');
  await expect(page.locator('[data-language-link="zh-cn"]')).not.toHaveAttribute('title', /.+/);
  await page.goto(pageOf('Race'));
  await expect(page.locator('[data-language-link="zh-cn"]')).toHaveAttribute('href', pageOf('Race', '/zh-cn'));
  await page.goto('/zh-cn/about/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('[data-language-link="en"]')).toHaveAttribute('href', '/about/');
  await page.locator('main').getByRole('link', { name: '作者指南' }).click();
  await expect(page).toHaveURL(/\/zh-cn\/authoring\/$/);
  await expect(page.locator('main').getByRole('link', { name: '返回章节列表' })).toHaveAttribute('href', '/zh-cn/');
});
