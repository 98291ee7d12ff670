import { expect as baseExpect, test } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, openWidget, plotLoadsOnPage, statusOf } from '../helpers.ts';

// These widgets run whole optimizer runs (and, for the trainer, a network) in the page: on a busy
// machine hydration and training take longer than the default 5 s, so allow for it.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const adam = '/chapters/adam/';

test('+100 steps from the keyboard trains all four from the same weights', async ({ page }) => {
  await page.goto(adam);
  const widget = await openWidget(page, 'adam-trainer');
  const status = widget.locator('[data-status]');
  await expect(status).toContainText(
    'Step 0, epoch 0. Training loss: Adam (β₂ = 0.999) 0.654, Adam (β₂ = 0.99) 0.654, RMSProp 0.654, Momentum 0.654.',
  );
  // The chart with its overlay: the axes, and the curves drawn over them.
  const drawing = await drawingOf(widget, '.adam-loss-chart');
  const axes = await drawingOf(widget, '.adam-loss-chart .plot-figure');
  // The map's decision region (its 0.5 contour) follows the shown network.
  const region = widget.locator('path[data-mark="contour"]:visible, [data-mark="contour"] > path:visible');
  await expect(region).toHaveCount(1);
  const regionBefore = await region.getAttribute('d');
  await widget.getByRole('button', { name: '+100 steps' }).focus();
  await page.keyboard.press('Enter');
  // Seeded: the same numbers as the engine gives in Node.
  await expect(status).toContainText(
    'Step 100, epoch 10. Training loss: Adam (β₂ = 0.999) 0.242, Adam (β₂ = 0.99) 0.243, RMSProp 0.237, Momentum 0.269.',
  );
  await expect.poll(() => drawingOf(widget, '.adam-loss-chart')).not.toBe(drawing);
  // Its axes too (the prompt gone, the loss axis fitted to the losses), drawn in the figure worker.
  await expect.poll(() => drawingOf(widget, '.adam-loss-chart .plot-figure')).not.toBe(axes);
  await expect.poll(() => region.getAttribute('d')).not.toBe(regionBefore);
  await expect(region).toHaveAttribute('d', /^M[\d.]+,[\d.]+L.*Z$/);
  await expect(page).toHaveURL(/race\.t=100/);
  await expectNoBadNumbers(widget);
  expect(await plotLoadsOnPage(page)).toBe(0);
  // Reset starts again from the same weights: step 0, the chart's prompt back, and the link cleared.
  await widget.getByRole('button', { name: 'Reset' }).press('Enter');
  await expect(status).toContainText(
    'Step 0, epoch 0. Training loss: Adam (β₂ = 0.999) 0.654, Adam (β₂ = 0.99) 0.654, RMSProp 0.654, Momentum 0.654.',
  );
  await expect(widget.locator('.adam-loss-chart .plot-figure svg:visible')).toContainText('Press Train');
  await expect(page).not.toHaveURL(/race\.t=/);
});

test('Train plays in chunks, the Pause button answers, and pausing stops training', async ({ page }) => {
  await page.goto(adam);
  const widget = await openWidget(page, 'adam-trainer');
  const train = widget.getByRole('button', { name: 'Train' });
  await train.focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(async () => Number(/Step (\d+)/.exec(await statusOf(widget))?.[1] ?? 0)).toBeGreaterThan(50);
  // The button answers while training runs (training never blocks the page), and pausing stops it.
  await widget.getByRole('button', { name: 'Pause' }).click();
  await expect(widget.getByRole('button', { name: 'Train' })).toBeVisible();
  const paused = await statusOf(widget);
  expect(paused).not.toContain('(training)');
  // A fixed window on purpose: the test proves that no training step comes once paused.
  await page.waitForTimeout(1000);
  expect(await statusOf(widget)).toBe(paused);
  await expect(page).toHaveURL(/race\.t=\d+/);
  await expectNoBadNumbers(widget);
});

test('a link reproduces a trained state; a broken parameter falls back with a message', async ({ page }) => {
  await page.goto(`${adam}?race.t=200`);
  const widget = await openWidget(page, 'adam-trainer');
  await expect(widget.locator('[data-status]')).toContainText(
    'Step 200, epoch 20. Training loss: Adam (β₂ = 0.999) 0.195, Adam (β₂ = 0.99) 0.202, RMSProp 0.174, Momentum 0.151.',
  );

  await page.goto(`${adam}?race.batch=7&race.dataset=banana`);
  const broken = await openWidget(page, 'adam-trainer');
  await expect(broken.locator('[data-messages]')).toContainText('batch="7" is not one of 16, 32, full; using 16');
  await expect(broken.locator('[data-messages]')).toContainText(
    'dataset="banana" is not one of moons, circles, xor, spirals; using moons',
  );
  await expectNoBadNumbers(broken);
});

test('without JavaScript the page still shows the figure', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(adam);
  await expect(page.locator('[data-widget="adam-trainer"] .plot-figure svg:visible')).toHaveCount(2);
  await expect(page.locator('[data-widget="adam-trainer"] [data-status]')).toContainText('Step 0, epoch 0');
  await context.close();
});

test('in Chinese (/zh-cn/): labels and the status line follow the keyboard', async ({ page }) => {
  await page.goto('/zh-cn/chapters/adam/');
  const widget = await openWidget(page, 'adam-trainer');
  const status = widget.locator('[data-status]');
  await expect(widget.getByRole('slider', { name: 'Adam 学习率' })).toHaveAttribute('aria-valuetext', '0.01');
  await expect(widget.getByRole('combobox', { name: '数据集' }).locator('option:checked')).toHaveText('双月');
  await expect(status).toHaveText(
    '第 0 步，第 0 轮。训练损失：Adam (β₂ = 0.999) 0.654，Adam (β₂ = 0.99) 0.654，RMSProp 0.654，Momentum 0.654。',
  );
  await widget.getByRole('button', { name: '+100 步' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(
    '第 100 步，第 10 轮。训练损失：Adam (β₂ = 0.999) 0.242，Adam (β₂ = 0.99) 0.243，RMSProp 0.237，Momentum 0.269。',
  );
  await expect(widget.getByRole('button', { name: '训练' })).toBeVisible();
  await expectNoBadNumbers(widget);
});
