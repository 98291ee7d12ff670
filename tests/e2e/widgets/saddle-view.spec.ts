import { expect, test } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, openWidget, statusOf, urlSettled } from '../helpers.ts';

/** All the widget's figures (the contour maps are static layers under an overlay). */
const allFigures = '.widget__figure';
const page_ = '/chapters/local-minima/';
const name = 'saddle-view';

test('moving the start closer to the ridge lengthens the stall; the status gives the estimate', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toContainText('36 of these steps were within 0.1 of the saddle, where the loss is 0.25');
  await expect(status).toContainText('≈ 66 steps');
  // Issue #22, point 6: the status measures what the estimate estimates, the step at which |y| reaches 0.5.
  await expect(status).toContainText(
    '|y| reached 0.5, half-way to a minimum, at step 67; the estimate of that step, ln(0.5/ε)/ln(1 + α), is ≈ 66 steps.',
  );
  const drawing = await drawingOf(widget, allFigures);
  const offset = widget.getByRole('slider', { name: /off the ridge/ });
  await offset.focus();
  await page.keyboard.press('Home');
  await expect(offset).toHaveAttribute('aria-valuetext', '1×10⁻⁶');
  await expect(status).toContainText('≈ 138 steps');
  await expect(status).toContainText('at step 139;');
  await expect.poll(() => drawingOf(widget, allFigures)).not.toBe(drawing);
  await expectNoBadNumbers(widget);
});

test('replaying from the start: the loss sits at the saddle value mid-run', async ({ page }) => {
  await page.goto(`${page_}?saddle.step=40`);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText(/Step 40: .*loss = 0\.2[45]\d*\./);
  await widget.getByRole('button', { name: 'Step', exact: true }).press('Enter');
  await expect(widget.locator('[data-status]')).toContainText('Step 41:');
});

test('the state lives in the URL; a broken parameter falls back with a message', async ({ page }) => {
  await page.goto(`${page_}?saddle.offset=0.01`);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText('≈ 42 steps');
  const status = await statusOf(widget);
  await urlSettled(page);
  await expect(page).toHaveURL(/saddle\.offset=0\.01/);
  await page.reload();
  await expect((await openWidget(page, name)).locator('[data-status]')).toHaveText(status);

  await page.goto(`${page_}?saddle.lr=zzz&saddle.offset=0`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText('lr="zzz" is not a usable number; using 0.1');
  await expect(broken.locator('[data-messages]')).toContainText('offset="0" is outside');
  await expectNoBadNumbers(broken);
});

test('without JavaScript the page still shows the contour map and the loss curve', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(page_);
  // The map's paths and the loss chart's run are SVG overlays over their static frames
  // (OverlayFigure), drawn at build time too.
  await expect(page.locator(`[data-widget="${name}"] .plot-figure svg:visible`)).toHaveCount(2);
  await expect(page.locator(`[data-widget="${name}"] .overlay-figure__overlay > svg:visible`)).toHaveCount(2);
  await expect(
    page.locator(`[data-widget="${name}"] .overlay-figure__overlay > svg:visible path[data-layer="line"]`),
  ).toHaveCount(3);
  await expect(page.locator(`[data-widget="${name}"] [data-status]`)).toContainText('Step 150');
  await context.close();
});

test('in Chinese: labels, the status line and link messages are Chinese', async ({ page }) => {
  const zh = '/zh-cn/chapters/local-minima/';
  await page.goto(zh);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(widget.locator('.widget__title')).toHaveText('困在鞍点');
  await expect(status).toContainText('第 150 步：(x, y) = (');
  await expect(status).toContainText(
    '有 36 步落在鞍点周围 0.1 以内（鞍点处的损失为 0.25）。|y| 在第 67 步达到 0.5（去极小值的半路）；估计式 ln(0.5/ε)/ln(1 + α) 给出的这一步 ≈ 66 步。',
  );
  await expect(widget.getByRole('slider', { name: '起点离脊线的距离 ε' })).toHaveAttribute('aria-valuetext', '0.001');
  await widget.getByRole('button', { name: '重置' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('第 0 步：(x, y) = (−1.8, 0.001)，损失 = ');
  await expect(status).toContainText('有 0 步落在鞍点周围 0.1 以内');

  await page.goto(`${zh}?saddle.lr=zzz&saddle.offset=0`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText('链接参数 lr="zzz" 不是可用的数，改用 0.1。');
  await expect(broken.locator('[data-messages]')).toContainText('链接参数 offset="0" 超出了 0.000001 到 0.5 的范围');
  await expectNoBadNumbers(broken);
});
