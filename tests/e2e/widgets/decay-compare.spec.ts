import { expect, test } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, openWidget, statusLine, statusOf } from '../helpers.ts';

test.describe.configure({ timeout: 120_000 });

const page_ = '/chapters/after-adam/';
const name = 'decay-compare';

test('every control works from the keyboard and changes the drawing and the status line', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const status = statusLine(widget);
  await expect(status).toContainText('step 0: Adam + L2 has w = 1, 1, 1, 1 and decays them by ');
  await expect(status).toContainText('AdamW has w = 1, 1, 1, 1 and decays each by 0.005.');

  // The step slider: End goes to the last step, where the four Adam + L2 weights have spread out.
  const drawing = await drawingOf(widget, '.overlay-figure');
  const step = widget.getByRole('slider', { name: 'Step' });
  await step.focus();
  await page.keyboard.press('End');
  await expect(status).toContainText('step 1000: Adam + L2 has w = 0.913, 0.689, 0.159, 0.0194');
  await expect.poll(() => drawingOf(widget, '.overlay-figure')).not.toBe(drawing);

  // λ: one step down halves nothing but changes AdamW's decay to α λ = 0.0045; Home turns decay off.
  const wd = widget.getByRole('slider', { name: 'Weight decay λ' });
  await wd.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(wd).toHaveAttribute('aria-valuetext', '0.45');
  await expect(status).toContainText('decays each by 0.0045.');
  await page.keyboard.press('Home');
  await expect(status).toContainText('with λ = 0 nothing is decayed');
  await expect(widget.locator('.plot-figure').nth(1)).toContainText('λ = 0: no decay');

  // α: the lowest rate changes the run (a one-notch change moves λ = 0's weights by less than the status's digits).
  const before = await statusOf(widget);
  const lr = widget.getByRole('slider', { name: 'Learning rate α' });
  await lr.focus();
  await page.keyboard.press('Home');
  await expect(lr).toHaveAttribute('aria-valuetext', '0.001');
  await expect.poll(() => statusOf(widget)).not.toBe(before);

  // Reset, Step, Play and Pause are buttons reachable with the keyboard.
  await widget.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('step 0:');
  await widget.getByRole('button', { name: 'Step', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('step 1:');
  const play = widget.getByRole('button', { name: 'Play' });
  await play.focus();
  await page.keyboard.press('Enter');
  await expect(status).not.toContainText('step 1:');
  await widget.getByRole('button', { name: 'Pause' }).press('Enter');
  await expectNoBadNumbers(widget);
});

test('a link reproduces the state, a broken parameter falls back, and the Chinese page words it all', async ({
  page,
}) => {
  await page.goto(`${page_}?decay.wd=0.1&decay.step=1000`);
  const widget = await openWidget(page, name);
  await expect(widget.getByRole('slider', { name: 'Weight decay λ' })).toHaveAttribute('aria-valuetext', '0.1');
  await expect(statusLine(widget)).toContainText('step 1000:');

  await page.goto('/zh-cn/chapters/after-adam/?decay.wd=lots');
  const zh = await openWidget(page, name);
  await expect(zh.locator('.widget__title')).toHaveText('Adam + L2 与 AdamW：谁被衰减了？');
  await expect(zh.locator('[data-messages]')).toContainText('链接参数 wd="lots" 不是可用的数，改用 0.5。');
  await expect(statusLine(zh)).toContainText('第 0 步：Adam + L2 的权重为 w = 1, 1, 1, 1');
  await expectNoBadNumbers(zh);
});
