import { expect as baseExpect, test } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, openWidget, statusOf } from '../helpers.ts';

// The gradient-descent chapter holds many widgets: on a busy machine loading and hydrating it take
// longer than the defaults (the URL test loads it twice), so allow for it, as the other heavy specs do.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 120_000 });

/** All the widget's figures (the contour maps are static layers under an overlay). */
const allFigures = '.widget__figure';
const page_ = '/chapters/gradient-descent/';
const name = 'batch-noise';

test('the batch-size slider reacts to the keyboard; steps per pass and the drawing follow', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toContainText('After 20 passes over the 32 points: full batch took 20 steps');
  await expect(status).toContainText('mini-batches of 4 took 160 steps');
  const drawing = await drawingOf(widget, allFigures);
  const batch = widget.getByRole('slider', { name: 'Batch size' });
  await batch.focus();
  await page.keyboard.press('Home');
  await expect(batch).toHaveAttribute('aria-valuetext', '1');
  await expect(status).toContainText('mini-batches of 1 took 640 steps');
  await expect.poll(() => drawingOf(widget, allFigures)).not.toBe(drawing);
  await page.keyboard.press('End');
  await expect(batch).toHaveAttribute('aria-valuetext', '32 (all)');
  await expect(status).toContainText('(here the whole set, so the same run) took 20 steps');
  await expectNoBadNumbers(widget);
});

test('the shuffle seed changes the mini-batch run, not the full-batch one', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const before = await statusOf(widget);
  const full = before.match(/full batch took 20 steps, loss ([\d.]+)/)?.[1];
  expect(full).toBeTruthy();
  await widget.getByRole('slider', { name: 'Shuffle seed' }).press('ArrowRight');
  await expect.poll(() => statusOf(widget)).not.toBe(before);
  await expect(widget.locator('[data-status]')).toContainText(`full batch took 20 steps, loss ${full};`);
});

test('above the bound the runs stop and say why', async ({ page }) => {
  await page.goto(`${page_}?batch.lr=0.3&batch.batch=5&batch.epochs=60`);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText('Full batch stopped at step');
  await expect(widget.locator('[data-status]')).toContainText('the learning rate is too large');
  await expectNoBadNumbers(widget);
});

test('the state lives in the URL; a broken parameter falls back with a message', async ({ page }) => {
  await page.goto(`${page_}?batch.batch=1&batch.epochs=5`);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText('After 5 passes over the 32 points: full batch took 5 steps');
  await expect(widget.locator('[data-status]')).toContainText('mini-batches of 2 took 80 steps');

  await page.goto(`${page_}?batch.batch=9&batch.seed=abc`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText('batch="9" is outside 0 to 5; using 5');
  await expect(broken.locator('[data-messages]')).toContainText('seed="abc" is not a usable number; using 1');
  await expectNoBadNumbers(broken);
});

test('without JavaScript the page still shows the figures', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(page_);
  // The map's paths, the loss lines and the fitted lines over the data are SVG overlays over their
  // static frames (OverlayFigure), drawn at build time too.
  await expect(page.locator(`[data-widget="${name}"] .plot-figure svg:visible`)).toHaveCount(3);
  await expect(page.locator(`[data-widget="${name}"] .overlay-figure__overlay > svg:visible`)).toHaveCount(3);
  await expect(
    page.locator(`[data-widget="${name}"] .overlay-figure__overlay > svg:visible`).last().locator('path[data-layer="line"]'),
  ).toHaveCount(2);
  await expect(page.locator(`[data-widget="${name}"] [data-status]`)).toContainText('After 20 passes');
  await context.close();
});

test('in Chinese (/zh-cn/): labels and the status line follow the keyboard', async ({ page }) => {
  await page.goto('/zh-cn/chapters/gradient-descent/');
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toContainText('把 32 个数据点遍历 20 轮后：全批量走了 20 步');
  const batch = widget.getByRole('slider', { name: '批量大小' });
  await batch.focus();
  await page.keyboard.press('Home');
  await expect(batch).toHaveAttribute('aria-valuetext', '1');
  await expect(status).toContainText('批量大小为 1 的小批量走了 640 步');
  await page.keyboard.press('End');
  await expect(batch).toHaveAttribute('aria-valuetext', '32（全部）');
  await expect(status).toContainText('“小批量”运行（这里的批量就是整个数据集，所以两次运行完全相同）走了 20 步');
  await expect(widget.getByRole('slider', { name: '打乱顺序的种子' })).toHaveAttribute('aria-valuetext', '1');
  await expectNoBadNumbers(widget);
});
