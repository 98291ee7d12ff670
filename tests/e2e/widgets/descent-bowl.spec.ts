import { expect, test } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, openWidget, statusOf, urlSettled } from '../helpers.ts';

/** All the widget's figures (the contour maps are static layers under an overlay). */
const allFigures = '.widget__figure';
const page_ = '/chapters/gradient-descent/';
const name = 'descent-bowl';

test('the keyboard moves α across the bound 2/λmax = 0.1 and the status follows', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toContainText('α = 0.03 < 2/λmax = 0.1: good. Step 60:');
  const drawing = await drawingOf(widget, allFigures);
  const lr = widget.getByRole('slider', { name: /Learning rate/ });
  await lr.focus();
  await page.keyboard.press('End');
  await expect(status).toContainText('α = 0.3 > 2/λmax = 0.1: diverges. Stopped at step');
  // Log slider, 400 positions over 0.001..0.3: 0.3 → 0.09 is about 85 positions down.
  for (let i = 0; i < 85; i++) await page.keyboard.press('ArrowLeft');
  // 0.089: 1 − αλmax ≈ −0.78, as slow to die out as the "slow" band (issue #22, point 7).
  await expect(status).toContainText(/α = 0\.0(8[89]|9)\d* < 2\/λmax = 0\.1: oscillates, converges slowly/);
  await expect.poll(() => drawingOf(widget, allFigures)).not.toBe(drawing);
  await expectNoBadNumbers(widget);
});

test('Reset and Step replay the run from the start', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(widget.locator('[data-status]')).toContainText('Step 0: loss = 22.3;');
  await widget.getByRole('button', { name: 'Step', exact: true }).press('Enter');
  await expect(widget.locator('[data-status]')).toContainText('Step 1:');
  await expect(widget.getByRole('slider', { name: 'Step' })).toHaveAttribute('aria-valuetext', '1 of 60');
});

test('α = 0.12 > 0.1 diverges: the run stops and says why', async ({ page }) => {
  await page.goto(`${page_}?bowl.lr=0.12`);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText(
    'α = 0.12 > 2/λmax = 0.1: diverges. Stopped at step 37: The loss exceeded 10¹²',
  );
  await expectNoBadNumbers(widget);
});

test('the state lives in the URL; a broken parameter falls back with a message', async ({ page }) => {
  await page.goto(`${page_}?bowl.lr=0.05&bowl.step=7`);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText('α = 0.05 < 2/λmax = 0.1: good. Step 7:');
  const status = await statusOf(widget);
  await urlSettled(page);
  await expect(page).toHaveURL(/bowl\.lr=0\.05&bowl\.step=7/);
  await page.reload();
  await expect((await openWidget(page, name)).locator('[data-status]')).toHaveText(status);

  await page.goto(`${page_}?bowl.lr=-1&bowl.step=x`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText('lr="-1" is outside 0.001 to 0.3; using 0.001');
  await expect(broken.locator('[data-messages]')).toContainText('step="x" is not a usable number; using 60');
  await expectNoBadNumbers(broken);
});

test('without JavaScript the page still shows the contour map', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(page_);
  // The map's paths, the loss lines and the strip's α marker are SVG overlays over their static
  // frames (OverlayFigure), drawn at build time too.
  await expect(page.locator(`[data-widget="${name}"] .plot-figure svg:visible`)).toHaveCount(3);
  await expect(page.locator(`[data-widget="${name}"] .overlay-figure__overlay > svg:visible`)).toHaveCount(3);
  await expect(page.locator(`[data-widget="${name}"] .lr-strip [data-mark="lr"]:visible`)).toHaveCount(1);
  await expect(page.locator(`[data-widget="${name}"] svg [data-mark="contour"] path`).first()).toBeAttached();
  await context.close();
});

test('in Chinese: labels, the status line, the divergence and link messages are Chinese', async ({ page }) => {
  const zh = '/zh-cn/chapters/gradient-descent/';
  await page.goto(zh);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(widget.locator('.widget__title')).toHaveText('病态碗形曲面上的梯度下降');
  await expect(status).toContainText('α = 0.03 < 2/λmax = 0.1：收敛良好。第 60 步：损失 = 0.0582；沿山谷方向的距离为');
  await widget.getByRole('button', { name: '重置' }).click();
  await expect(status).toContainText('第 0 步：损失 = 22.3；');
  await widget.getByRole('button', { name: '单步' }).press('Enter');
  await expect(status).toContainText('第 1 步：');
  await expect(widget.getByRole('slider', { name: '步数' })).toHaveAttribute('aria-valuetext', '1 / 60');
  await expect(widget.getByRole('slider', { name: '学习率 α' })).toHaveAttribute('aria-valuetext', '0.03');

  await page.goto(`${zh}?bowl.lr=0.12`);
  const diverged = await openWidget(page, name);
  await expect(diverged.locator('[data-status]')).toContainText(
    'α = 0.12 > 2/λmax = 0.1：发散。在第 37 步停止：第 37 步时损失超过了 10¹²',
  );
  await expectNoBadNumbers(diverged);

  await page.goto(`${zh}?bowl.lr=-1&bowl.step=x`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText(
    '链接参数 lr="-1" 超出了 0.001 到 0.3 的范围，改用 0.001。',
  );
  await expect(broken.locator('[data-messages]')).toContainText('链接参数 step="x" 不是可用的数，改用 60。');
});
