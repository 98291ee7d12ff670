import { expect, test } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, openWidget, statusOf } from '../helpers.ts';

// Several chart redraws per test; the shared CI machine can be slow.
test.describe.configure({ timeout: 120_000 });

const page_ = '/chapters/momentum/';
const name = 'momentum-escape';

test('by default momentum reaches the deeper minimum and gradient descent does not', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toContainText('step 0: GD at w = −2.2, Momentum at w = −2.2 with velocity v = 0.');
  await expect(status).toContainText('GD settles in the shallow minimum at w = −1.2; Momentum settles in the deeper minimum at w = 1.6');
});

test('the μ slider reacts to the keyboard: at μ = 0.8 momentum stays in the shallow minimum', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const mu = widget.getByRole('slider', { name: /Momentum μ/ });
  // The base (the curve and the axes) never changes: the runs are drawn on its overlay.
  const drawing = await drawingOf(widget, '.widget__figure');
  const before = await statusOf(widget);
  await mu.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await expect(mu).toHaveAttribute('aria-valuetext', '0.8');
  await expect(widget.locator('[data-status]')).toContainText('Momentum settles in the shallow minimum at w = −1.2');
  expect(await statusOf(widget)).not.toBe(before);
  // Stepping with the keyboard redraws the figure with an arrow.
  const step = widget.getByRole('button', { name: 'Step', exact: true });
  await step.focus();
  await page.keyboard.press('Enter');
  await expect(widget.locator('[data-status]')).toContainText('step 1:');
  await expect.poll(() => drawingOf(widget, '.widget__figure')).not.toBe(drawing);
  await expect(widget.locator('.sym-v path, .sym-v line')).not.toHaveCount(0);
  await expectNoBadNumbers(widget);
});

test('a link reproduces the state; a broken parameter falls back with a message', async ({ page }) => {
  await page.goto(`${page_}?escape.lr=0.05&escape.mu=0.95&escape.step=30`);
  const widget = await openWidget(page, name);
  await expect(widget.getByRole('slider', { name: /Momentum μ/ })).toHaveAttribute('aria-valuetext', '0.95');
  await expect(widget.locator('[data-status]')).toContainText('step 30:');
  await expect(widget.locator('[data-status]')).toContainText('crossed the hump, overshot, and came back to the shallow minimum');

  await page.goto(`${page_}?escape.mu=lots&escape.lr=5`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText('mu="lots" is not a usable number; using 0.9');
  await expect(broken.locator('[data-messages]')).toContainText('lr="5" is outside 0.001 to 0.1; using 0.1');
  await expectNoBadNumbers(broken);
});

test('without JavaScript the page still shows the figure', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(page_);
  await expect(page.locator(`[data-widget="${name}"] .plot-figure svg:visible`)).toHaveCount(1);
  await expect(page.locator(`[data-widget="${name}"] [data-status]`)).toContainText('step 0');
  await context.close();
});

test('in Chinese: labels, the status line and link messages are Chinese', async ({ page }) => {
  const zh = '/zh-cn/chapters/momentum/';
  await page.goto(zh);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(widget.locator('.widget__title')).toHaveText('动量能让小球滚出较浅的极小值吗？');
  await expect(status).toHaveText(
    '第 0 步：梯度下降位于 w = −2.2，Momentum 位于 w = −2.2，速度 v = 0。120 步之后，梯度下降停在较浅的极小值 w = −1.2 处；Momentum 停在较深的极小值 w = 1.6 处。',
  );
  await expect(widget.getByRole('list', { name: '图例' })).toContainText('Momentum（箭头：每一步的速度 v）');
  await widget.getByRole('button', { name: '单步' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('第 1 步：梯度下降位于 w = ');
  const mu = widget.getByRole('slider', { name: '动量系数 μ' });
  await expect(mu).toHaveAttribute('aria-valuetext', '0.9');

  await page.goto(`${zh}?escape.mu=lots`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText('链接参数 mu="lots" 不是可用的数，改用 0.9。');
  await expectNoBadNumbers(broken);
});
