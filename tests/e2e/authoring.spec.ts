import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import * as blockSchemas from '../../components/blocks/schemas.ts';

/**
 * The author guide lists every component of components/schemas.ts: the teaching blocks (one
 * `<name>Schema` export each in components/blocks/schemas.ts) and every widget folder.
 */
const blocks = Object.keys(blockSchemas)
  .filter((k) => k.endsWith('Schema'))
  .map((k) => k[0]!.toUpperCase() + k.slice(1, -'Schema'.length));
const widgets = readdirSync(new URL('../../components/widgets/', import.meta.url), { withFileTypes: true })
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

test('every component has a live example, a snippet and a props table', async ({ page }) => {
  await page.goto('/authoring/');
  expect(all.length).toBeGreaterThanOrEqual(9);
  await expect(page.locator('section[data-component]')).toHaveCount(all.length);
  for (const name of all) {
    const section = page.locator(`section[data-component="${name}"]`);
    await expect(section.getByRole('heading', { level: 3 })).toContainText(`<${name}>`);
    await expect(section.locator('.component__live > *').first()).toBeAttached();
    await expect(section.locator('[data-snippet] pre code')).toContainText(`<${name}`);
    await expect(section.getByRole('table')).toHaveCount(1);
    await expect(section.locator('thead th')).toHaveText(['Prop', 'Type', 'Default', 'Required', 'Description']);
  }
  // Concrete rows from the schemas.
  const rule = page.locator('section[data-component="Rule"]');
  await expect(rule.locator('tbody tr').first()).toContainText('optimizer');
  await expect(rule.locator('tbody tr').first()).toContainText('"adam"');
  await expect(rule.locator('.rule[data-rule="adam"] .katex')).toBeVisible();
  const gd = page.locator('section[data-component="GdParabola"]');
  await expect(gd.locator('tbody tr', { hasText: 'lr' })).toContainText('number, 0.001 to 1.5');
  await expect(gd.locator('[data-widget="gd-parabola"]')).toBeAttached();
  await expect(page.locator('section[data-component="Objectives"] .callout li')).toHaveCount(2);
  await expect(page.locator('.katex-error')).toHaveCount(0);
});

test('the copy button puts the snippet on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/authoring/');
  const section = page.locator('section[data-component="DeepDive"]');
  const button = section.getByRole('button', { name: 'Copy the DeepDive snippet' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await section.locator('pre code').textContent());
  expect(copied).toMatch(/^<DeepDive title="[^"]+">\n\n[\s\S]+\n\n<\/DeepDive>$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the snippets are there to select and no dead Copy button shows', async ({ page }) => {
    await page.goto('/authoring/');
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
  // The same components as the English guide, with Chinese table headers and Chinese block examples.
  await expect(page.locator('section[data-component]')).toHaveCount(all.length);
  const quiz = page.locator('section[data-component="Quiz"]');
  await expect(quiz.locator('thead th')).toHaveText(['属性', '类型', '默认值', '必填', '说明']);
  await expect(quiz.locator('tbody tr', { hasText: 'choices' })).toContainText('string[]，2 至 6 项');
  await expect(quiz.locator('[data-snippet] pre code')).toContainText('<Quiz id="guide-sign" question="在当前权重处');
  // Widgets' generated descriptions stay English, and say so.
  const gdRows = page.locator('section[data-component="GdParabola"] tbody td span[lang="en"]');
  expect(await gdRows.count()).toBeGreaterThan(0);
  await expect(quiz.locator('tbody td span[lang="en"]')).toHaveCount(0);
  await expect(page.locator('.katex-error')).toHaveCount(0);

  // The Figure's widget hydrates in Chinese and runs from the keyboard.
  const figure = page.locator('section[data-component="Figure"]');
  const widget = figure.locator('[data-widget="gd-parabola"]');
  await widget.scrollIntoViewIfNeeded();
  // client:near islands hydrate once visible; Astro removes the ssr attribute when done.
  await expect(figure.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(widget.locator('[data-status]')).toContainText('第 0 步：w = 2.5，损失 = 6.25。');
  await widget.getByRole('button', { name: '单步' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(widget.locator('[data-status]')).toContainText('第 2 步：w = 1.6，损失 = 2.56。');
  // The quiz example hydrates too, and the copy buttons (shown by the page's script) speak Chinese.
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.locator('astro-island')).toHaveCount(1);
  await expect(quiz.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '复制 DeepDive 的代码片段' })).toBeVisible();
});

test('the English and Chinese guides and About pages link to each other', async ({ page }) => {
  await page.goto('/authoring/');
  await expect(page.locator('[data-language-link="zh-cn"]')).toHaveAttribute('href', '/zh-cn/authoring/');
  await expect(page.locator('[data-language-link="zh-cn"]')).not.toHaveAttribute('title', /.+/);
  await page.goto('/zh-cn/about/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('[data-language-link="en"]')).toHaveAttribute('href', '/about/');
  await page.locator('main').getByRole('link', { name: '作者指南' }).click();
  await expect(page).toHaveURL(/\/zh-cn\/authoring\/$/);
  // The guide is a long page (every widget's first frame is in it): let it finish parsing.
  await page.waitForLoadState('domcontentloaded');
  await expect(page.locator('main').getByRole('link', { name: '返回章节列表' })).toHaveAttribute('href', '/zh-cn/');
});
