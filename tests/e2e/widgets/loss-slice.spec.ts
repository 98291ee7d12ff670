import { expect, test } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, openWidget, statusOf } from '../helpers.ts';

const page_ = '/chapters/partial-derivatives/';
const name = 'loss-slice';

test('moving the weight across the dip flips the sign of ∂L/∂w and the arrow', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toContainText('w(1)[1,1] = −0.504: loss 0.348, ∂L/∂w = −0.634 is negative');
  await expect(status).toContainText('gradient descent would increase it');
  const drawing = await drawingOf(widget);
  const slider = widget.getByRole('slider', { name: /Value of w\(1\)\[1,1\]/ });
  await slider.focus();
  // Page Up moves a tenth of the range (0.8): two presses take it from -0.5 to about 1.1, past the
  // bottom of the dip near 0.3; then one arrow key press moves it by 0.01.
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', /^1\.1\d?$/);
  await expect(status).toContainText('is positive');
  await expect(status).toContainText('gradient descent would decrease it');
  await expect.poll(() => drawingOf(widget)).not.toBe(drawing);
  await expectNoBadNumbers(widget);
});

test('choosing another parameter from the keyboard redraws the slice', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const before = await statusOf(widget);
  const drawing = await drawingOf(widget);
  const select = widget.getByRole('combobox', { name: 'Parameter' });
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('1');
  await expect.poll(() => statusOf(widget)).not.toBe(before);
  await expect(widget.locator('[data-status]')).toContainText('w(1)[2,1] = ');
  await expect.poll(() => drawingOf(widget)).not.toBe(drawing);
});

test('backprop and the central difference agree; a large step h makes them differ', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const readout = widget.locator('.slice-readout');
  const value = (label: string) => readout.locator('div', { hasText: label }).locator('dd').innerText();
  await expect(readout.locator('div', { hasText: 'backprop' }).locator('dd')).toHaveText('−0.633863');
  expect(await value('central difference')).toBe('−0.633863');
  const h = widget.getByRole('slider', { name: 'Difference step h' });
  await h.focus();
  await page.keyboard.press('End');
  await expect(h).toHaveAttribute('aria-valuetext', '0.5');
  await expect(readout.locator('div', { hasText: 'central difference' }).locator('dd')).not.toHaveText('−0.633863');
  const diff = await readout
    .locator('div', { hasText: /^difference/ })
    .locator('dd')
    .innerText();
  expect(Number(diff)).toBeGreaterThan(0.01);
  await expectNoBadNumbers(widget);
});

test('a link reproduces the state', async ({ page }) => {
  await page.goto(`${page_}?slice.param=4&slice.shift=1`);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText(/w\(2\)\[1,1\] = 1\.5\d/);
  const status = await statusOf(widget);
  await page.reload();
  const again = await openWidget(page, name);
  await expect(again.locator('[data-status]')).toHaveText(status);
});

test('a link naming only the parameter shows it at its own start value', async ({ page }) => {
  await page.goto(`${page_}?slice.param=4`);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText(/w\(2\)\[1,1\] = 0\.5\d/);
});

test('a broken link parameter falls back with a message', async ({ page }) => {
  await page.goto(`${page_}?slice.param=banana&slice.h=0`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText('param="banana" is not a usable number; using 0');
  await expect(broken.locator('[data-messages]')).toContainText('h="0" is outside');
  await expectNoBadNumbers(broken);
});

test('without JavaScript the page still shows the slice', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(page_);
  await expect(page.locator(`[data-widget="${name}"] .plot-figure svg:visible`)).toHaveCount(1);
  await expect(page.locator(`[data-widget="${name}"] [data-status]`)).toContainText('∂L/∂w = −0.634');
  await context.close();
});

test('in Chinese: labels and the status line follow the page’s language', async ({ page }) => {
  await page.goto('/zh-cn/chapters/partial-derivatives/');
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toHaveText('w(1)[1,1] = −0.504：损失 0.348，∂L/∂w = −0.634 为负：这个参数增大时损失下降；梯度下降会增大它。');
  await expect(widget.getByRole('combobox', { name: '参数' }).locator('option').first()).toHaveText('w(1)[1,1]：从输入到隐藏单元 1 的权重');
  const slider = widget.getByRole('slider', { name: /w\(1\)\[1,1\] 的值/ });
  await slider.focus();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowRight');
  await expect(status).toContainText('为正：这个参数增大时损失上升；梯度下降会减小它。');
  await expect(widget.locator('.slice-readout dt').first()).toHaveText('∂L/∂w（反向传播）');
  await expectNoBadNumbers(widget);
});
