import { expect, test } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, openWidget, statusOf } from './helpers.ts';

// Several chart redraws per test; the shared CI machine can be slow.
test.describe.configure({ timeout: 120_000 });

const momentumPage = '/chapters/momentum/';
const nesterovPage = '/chapters/nesterov/';
const name = 'torch-form-check';

test('momentum: the forms agree at a constant α and part when α is halved (keyboard)', async ({ page }) => {
  await page.goto(momentumPage);
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toContainText(/Over 200 steps at a constant α the largest difference between the two paths is (0|\d(\.\d+)?×10⁻¹[⁵⁶])/);
  const drawing = await drawingOf(widget);
  const toggle = widget.getByRole('checkbox', { name: 'Halve α half-way' });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(status).toContainText('With α halved after step 100, the two forms part: the largest difference is 0.00146.');
  await expect.poll(() => drawingOf(widget)).not.toBe(drawing);
  await expectNoBadNumbers(widget);
});

test('momentum: the μ slider reacts to the keyboard', async ({ page }) => {
  await page.goto(momentumPage);
  const widget = await openWidget(page, name);
  const before = await statusOf(widget);
  const drawing = await drawingOf(widget);
  const mu = widget.getByRole('slider', { name: /Momentum μ/ });
  await mu.focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowLeft');
  await expect(mu).toHaveAttribute('aria-valuetext', '0.5');
  await expect.poll(() => drawingOf(widget)).not.toBe(drawing);
  await expect(widget.locator('[data-status]')).toContainText('Over 200 steps');
  expect(await statusOf(widget)).toMatch(/largest difference/);
  expect(before).toMatch(/largest difference/);
});

test('nag: PyTorch’s parameters are the look-ahead points', async ({ page }) => {
  await page.goto(nesterovPage);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText(/Over 200 steps at a constant α the largest difference between the two paths is (0|\d(\.\d+)?×10⁻¹[⁵⁶])/);
  await expect(widget.getByRole('checkbox')).toHaveCount(0);
  const select = widget.getByRole('combobox', { name: 'Loss' });
  await select.focus();
  await select.selectOption('ravine');
  await expect(widget.locator('[data-status]')).toContainText(/largest difference between the two paths is \d(\.\d+)?×10⁻¹[⁵⁶]/);
  await expectNoBadNumbers(widget);
});

test('a link reproduces the state; a broken parameter falls back with a message', async ({ page }) => {
  await page.goto(`${momentumPage}?torch.decay=1&torch.problem=illConditioned`);
  const widget = await openWidget(page, name);
  await expect(widget.getByRole('checkbox', { name: 'Halve α half-way' })).toBeChecked();
  await expect(widget.getByRole('combobox', { name: 'Loss' })).toHaveValue('illConditioned');
  await expect(widget.locator('[data-status]')).toContainText('the two forms part');

  await page.goto(`${momentumPage}?torch.decay=maybe`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText('decay="maybe" is not 1 or 0; using the default.');
  await expectNoBadNumbers(broken);
});

test('without JavaScript the page still shows the figure', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(nesterovPage);
  await expect(page.locator(`[data-widget="${name}"] .plot-figure svg`)).toHaveCount(1);
  await expect(page.locator(`[data-widget="${name}"] [data-status]`)).toContainText('largest difference');
  await context.close();
});
