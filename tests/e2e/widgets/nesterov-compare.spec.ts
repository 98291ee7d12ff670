import { expect, test } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, openWidget, statusOf } from '../helpers.ts';

// Several chart redraws per test; the shared CI machine can be slow.
test.describe.configure({ timeout: 120_000 });

const page_ = '/chapters/nesterov/';
const name = 'nesterov-compare';

test('stepping from the keyboard reaches the braking step and says so', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toContainText('step 0: Momentum w = -1.5, |v| = 0; NAG w = -1.5, |v| = 0. NAG starts braking at step 7, Momentum only at step 8.');
  const drawing = await drawingOf(widget);
  const step = widget.getByRole('button', { name: 'Step', exact: true });
  await step.focus();
  for (let i = 0; i < 7; i++) await page.keyboard.press('Enter');
  await expect(status).toContainText("step 7: NAG's speed falls (|v| 0.198 → 0.196) while Momentum's still grows (0.217 → 0.218)");
  await expect(status).toContainText('so NAG brakes at w = -0.422, before the minimum at 0.');
  await expect.poll(() => drawingOf(widget)).not.toBe(drawing);
  await expect(widget.locator('g.sym-lookahead')).not.toHaveCount(0);
  await expect(widget.locator('g.sym-g')).not.toHaveCount(0);
  await expectNoBadNumbers(widget);
});

test('the step slider and μ slider react to the keyboard', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const slider = widget.getByRole('slider', { name: 'Step' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.locator('[data-status]')).toContainText('step 1:');
  const before = await statusOf(widget);
  const mu = widget.getByRole('slider', { name: /Momentum μ/ });
  await mu.focus();
  await page.keyboard.press('Home');
  await expect(mu).toHaveAttribute('aria-valuetext', '0');
  // With μ = 0 the look-ahead point is w: both runs are the same.
  await expect(widget.locator('[data-status]')).toContainText('In this run NAG never slows down while Momentum still speeds up.');
  expect(await statusOf(widget)).not.toBe(before);
});

test('formula symbols and drawing are linked, from the keyboard', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  await widget.getByRole('button', { name: 'Step', exact: true }).click();
  const drawing = widget.locator('.linked-drawing');
  // The mouse rests on the drawing, off any symbol: the drawing redrawn under it at each change of
  // emphasis must not wipe the symbol the keyboard focuses.
  await drawing.locator('.plot-figure').first().hover({ position: { x: 4, y: 4 } });
  const button = widget.getByRole('button', { name: /Emphasize w − μv: look-ahead point/ });
  await button.focus();
  await expect(drawing).toHaveAttribute('data-emph', 'lookahead');
  await expect(widget.locator('.linked-formula')).toHaveAttribute('data-emph', 'lookahead');
  await page.keyboard.press('Tab');
  await expect(drawing).toHaveAttribute('data-emph', 'g');
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('button', { name: /Emphasize g: gradient there/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(widget.locator('.linked-formula [data-sym="lookahead"]')).toHaveCount(1);
});

test('a link reproduces the state; a broken parameter falls back with a message', async ({ page }) => {
  await page.goto(`${page_}?nesterov.step=7`);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText("step 7: NAG's speed falls");

  await page.goto(`${page_}?nesterov.step=-4&nesterov.problem=bowl`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText('step="-4" is outside 0 to 40; using 0.');
  await expect(broken.locator('[data-messages]')).toContainText('problem="bowl" is not one of quadratic1d, twoMinima; using quadratic1d.');
  await expectNoBadNumbers(broken);
});

test('the most aggressive settings in range still run to the end, in numbers', async ({ page }) => {
  // α ≤ 0.1 keeps both methods under their limits on these curves (NAG on w²: α < 2(1+μ)/(2(1+2μ)) ≥ 0.5),
  // so no run can diverge here; the divergence path is tested on TorchFormCheck and MomentumRavine.
  await page.goto(`${page_}?nesterov.problem=twoMinima&nesterov.lr=0.1&nesterov.mu=0.99&nesterov.step=40`);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText('step 40:');
  await expect(widget.locator('[data-status]')).not.toContainText('Stopped');
  await expectNoBadNumbers(widget);
});

test('without JavaScript the page still shows the figures', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(page_);
  await expect(page.locator(`[data-widget="${name}"] .plot-figure svg:visible`)).toHaveCount(2);
  await expect(page.locator(`[data-widget="${name}"] [data-status]`)).toContainText('NAG starts braking at step 7');
  await context.close();
});

test('in Chinese: labels and the status line follow the page’s language', async ({ page }) => {
  await page.goto('/zh-cn/chapters/nesterov/');
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toHaveText('第 0 步：Momentum 位于 w = -1.5，速度 |v| = 0；NAG 位于 w = -1.5，速度 |v| = 0。NAG 在第 7 步开始刹车，Momentum 要到第 8 步才开始。');
  await expect(widget.getByRole('combobox', { name: '曲线' }).locator('option:checked')).toHaveText('碗形曲线 w²');
  const step = widget.getByRole('button', { name: '单步', exact: true });
  await step.focus();
  for (let i = 0; i < 7; i++) await page.keyboard.press('Enter');
  await expect(status).toHaveText(
    '第 7 步：NAG 的速度在下降（|v| 0.198 → 0.196），而 Momentum 的速度仍在增加（0.217 → 0.218）。NAG 前瞻点处的梯度已经指向回头的方向，所以 NAG 在 w = -0.422 处就开始刹车，此时还没到达 0 处的极小值。',
  );
  await expect(widget.getByRole('img', { name: '碗形曲线 w² 上的 Momentum（上）与 NAG（下），第 7 步，共 40 步' })).toHaveCount(1);
  await expectNoBadNumbers(widget);
});
