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
