import { expect, test, type Locator } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, openWidget, plotLoadsOnPage, statusLine, statusOf } from '../helpers.ts';

test.describe.configure({ timeout: 120_000 });

const page_ = '/chapters/after-adam/';
const name = 'schedule-view';

/**
 * Presses `key` on the slider named `label` and expects the widget to change: its status line, or
 * its drawing (a longer warm-up changes the rate's curve, not the numbers the status line quotes).
 */
async function nudge(widget: Locator, label: string, key: string) {
  const snapshot = async () => (await statusOf(widget)) + (await drawingOf(widget, '.overlay-figure'));
  const before = await snapshot();
  await widget.getByRole('slider', { name: label }).press(key);
  await expect.poll(snapshot).not.toBe(before);
}

test('the schedule and every field from the keyboard: the drawing and the status line follow', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const status = statusLine(widget);
  await expect(status).toContainText('Cosine: the rate goes from 0.1 at step 1 to 2.74×10⁻⁶ at step 300.');
  await expect(status).toContainText('0.00215 with this schedule, 0.0291 at a constant rate');
  await nudge(widget, 'Cosine length T (steps)', 'ArrowLeft');
  await nudge(widget, 'Floor η_min', 'ArrowRight');
  // α sets the value axes of the rate's chart and of Adam's first steps (the first and the third
  // figure): their bases are drawn again, in the widget's figure worker.
  const bases = () =>
    widget
      .locator('.overlay-figure')
      .evaluateAll((figures) => [0, 2].map((i) => figures[i]?.querySelector('.plot-figure > svg')?.innerHTML));
  const axes = await bases();
  await nudge(widget, 'Peak learning rate α', 'ArrowLeft');
  await expect.poll(async () => (await bases()).filter((markup, i) => markup !== axes[i]).length).toBe(2);

  const schedule = widget.getByRole('combobox', { name: 'Schedule' });
  const drawing = await drawingOf(widget, '.overlay-figure');
  await schedule.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(schedule).toHaveValue('step');
  await expect(status).toContainText('Step decay: the rate goes from');
  await expect.poll(() => drawingOf(widget, '.overlay-figure')).not.toBe(drawing);
  await nudge(widget, 'Step size s (steps)', 'ArrowLeft');
  await nudge(widget, 'Factor γ at each drop', 'ArrowRight');

  await schedule.press('ArrowDown');
  await expect(schedule).toHaveValue('exponential');
  await nudge(widget, 'Factor γ per step', 'ArrowLeft');

  await schedule.press('ArrowDown');
  await schedule.press('ArrowDown');
  await expect(schedule).toHaveValue('warmup');
  // α was nudged to 0.0986 above: the warm-up's first step is f α with f = 0.1.
  await expect(status).toContainText('Adam’s first step: 0.00986 with this schedule, 0.0986 at a constant rate.');
  await nudge(widget, 'Warm-up length W (steps)', 'ArrowRight');
  await nudge(widget, 'Start factor f', 'End');
  await expect(status).toContainText('Adam’s first step: 0.0986 with this schedule');
  await expectNoBadNumbers(widget);
  // No chart was drawn on the page: the page never loaded Plot (issue #21).
  expect(await plotLoadsOnPage(page)).toBe(0);
});

test('a link reproduces the schedule; the Chinese page words it; without JavaScript the figures are there', async ({
  page,
  browser,
}) => {
  await page.goto('/zh-cn/chapters/after-adam/?schedule.name=warmup&schedule.startFactor=0.5&schedule.lr=oops');
  const widget = await openWidget(page, name);
  await expect(widget.getByRole('combobox', { name: '调度方式' })).toHaveValue('warmup');
  await expect(widget.locator('[data-messages]')).toContainText('链接参数 lr="oops" 不是可用的数，改用 0.1。');
  await expect(statusLine(widget)).toContainText('线性预热：学习率从第 1 步的 0.05 变为第 300 步的 0.1。');
  await expectNoBadNumbers(widget);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(page_);
  await expect(noJs.locator(`[data-widget="${name}"] .plot-figure svg:visible`)).toHaveCount(3);
  await expect(noJs.locator(`[data-widget="decay-compare"] .plot-figure svg:visible`)).toHaveCount(2);
  await context.close();
});
