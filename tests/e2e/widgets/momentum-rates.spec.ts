import { expect, test } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, openWidget, statusLine, statusOf } from '../helpers.ts';

// The heat map is traced again when κ changes; the shared machine can be slow.
test.describe.configure({ timeout: 120_000 });

const page_ = '/chapters/momentum/';
const name = 'momentum-rates';

test('the defaults: the rate, both directions named, the best pair and gradient descent', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const status = statusLine(widget);
  await expect(status).toContainText(
    'α = 1.6, μ = 0.6: rate 0.775 per step, the error shrinks tenfold every 10 steps.',
  );
  await expect(status).toContainText('Flattest direction: underdamped');
  await expect(status).toContainText('Best pair α* = 2.67, μ* = 0.403: rate 0.635 (6 steps).');
  await expect(status).toContainText('Gradient descent at its best: rate 0.905 (24 steps).');
  await expectNoBadNumbers(widget);
});

test('the μ slider moves the point from the keyboard; μ = 0 is gradient descent, zig-zagging', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const overlay = () => drawingOf(widget, '.rates-map .overlay-figure__overlay');
  const before = await overlay();
  const mu = widget.getByRole('slider', { name: /Momentum μ/ });
  await mu.focus();
  await page.keyboard.press('Home');
  await expect(mu).toHaveAttribute('aria-valuetext', '0');
  await expect(statusLine(widget)).toContainText('rate 0.92 per step, the error shrinks tenfold every 28 steps');
  await expect(statusLine(widget)).toContainText('steepest: overshoots every step (flips sign)');
  await expect.poll(overlay).not.toBe(before);
  await expectNoBadNumbers(widget);
});

test('the best-pair button puts both directions at critical damping', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const button = widget.getByRole('button', { name: 'Go to the best pair' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(statusLine(widget)).toContainText('α = 2.67, μ = 0.403: rate 0.635 per step');
  await expect(statusLine(widget)).toContainText(
    'Flattest direction: critically damped (the fastest μ for it); steepest: critically damped',
  );
});

test('κ redraws the map’s bands on its overlay, no Plot contour; a click on the map moves the point', async ({
  page,
}) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  // The bands (12 thresholds and the diverging region) are paths of the overlay, under the curves.
  const bands = widget.locator('.rates-map .overlay-figure__overlay svg:visible > g > g > path');
  await expect(bands).toHaveCount(13);
  await expect(widget.locator('[data-mark="contour"]')).toHaveCount(0);
  const map = () => bands.evaluateAll((paths) => paths.map((path) => path.getAttribute('d')).join(' '));
  const before = await map();
  const kappa = widget.getByRole('slider', { name: /Condition number κ/ });
  await kappa.focus();
  await page.keyboard.press('End');
  await expect(kappa).toHaveAttribute('aria-valuetext', '10000');
  await expect.poll(map).not.toBe(before);
  await expect(statusLine(widget)).toContainText('Gradient descent at its best: rate 0.9998 (11513 steps).');

  const status = await statusOf(widget);
  const box = (await widget.locator('.rates-map').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.3);
  await expect.poll(() => statusOf(widget)).not.toBe(status);
  await expect(statusLine(widget)).not.toContainText('α = 1.6, μ = 0.6');
  await expectNoBadNumbers(widget);
});

test('a link reproduces the state; a broken parameter falls back with a message', async ({ page }) => {
  await page.goto(`${page_}?rates.kappa=100&rates.lr=3.31&rates.mu=0.67`);
  const widget = await openWidget(page, name);
  await expect(statusLine(widget)).toContainText('Best pair α* = 3.31, μ* = 0.669: rate 0.818 (12 steps).');
  await page.goto(`${page_}?rates.mu=1.5`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText('mu="1.5" is outside 0 to 0.99; using 0.99');
  await expectNoBadNumbers(broken);
});

test('without JavaScript the map and the paths are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(page_);
  await expect(page.locator(`[data-widget="${name}"] .plot-figure svg:visible`)).toHaveCount(2);
  await expect(
    page.locator(`[data-widget="${name}"] .rates-map .overlay-figure__overlay svg:visible g > g > path`),
  ).toHaveCount(13);
  await context.close();
});

test('in Chinese: labels and the status line follow the page’s language', async ({ page }) => {
  await page.goto('/zh-cn/chapters/momentum/');
  const widget = await openWidget(page, name);
  await expect(statusLine(widget)).toContainText('α = 1.6，μ = 0.6：每步速率 0.775，误差每 10 步缩小到十分之一。');
  await expect(widget.getByRole('slider', { name: /动量系数 μ/ })).toHaveAttribute('aria-valuetext', '0.6');
  await expect(widget.getByRole('button', { name: '跳到最优的一对' })).toBeVisible();
  await expectNoBadNumbers(widget);
});
