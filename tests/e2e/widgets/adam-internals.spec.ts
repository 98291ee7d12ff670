import { expect as baseExpect, test } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, markPlotsAtRealWidth, openWidget } from '../helpers.ts';

// These widgets run whole optimizer runs (and, for the trainer, a network) in the page: on a busy
// machine hydration and training take longer than the default 5 s, so allow for it.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const adam = '/chapters/adam/';

test('from the keyboard: step 1 is α with bias correction and 3.16 α without', async ({ page }) => {
  await page.goto(adam);
  const widget = await openWidget(page, 'adam-internals');
  const status = widget.locator('[data-status]');
  const step = widget.getByRole('slider', { name: /^Step/ });
  await step.focus();
  await page.keyboard.press('Home');
  await expect(status).toContainText('Step 0: Adam starts at (−4, 1.5)');
  await page.keyboard.press('ArrowRight');
  await expect(status).toContainText(
    'Step 1 (with bias correction, β₂ = 0.999): along x, m̂ = −0.4, √ŝ = 0.4, step = 1 α',
  );
  const drawing = await drawingOf(widget, '.overlay-figure');
  const toggle = widget.getByRole('checkbox', { name: 'Bias correction' });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).not.toBeChecked();
  // (1 − β1)/√(1 − β2) = 0.1/√0.001 = 3.162…
  await expect(status).toContainText(
    'Step 1 (without bias correction, β₂ = 0.999): along x, m̂ = −0.04, √ŝ = 0.0126, step = 3.16 α',
  );
  await expect(status).toContainText('the longest is 6 α at step 8');
  await expect.poll(() => drawingOf(widget, '.overlay-figure')).not.toBe(drawing);
  await expectNoBadNumbers(widget);

  // An α key moves the run over the same axes: the map's contours, the
  // moments' log axes and the step lengths' axis (its top rounded up to a half α, lengthAxisTop)
  // stay, so no Plot is drawn again (issue #21). The reader's first change (above) has drawn any
  // build frame shown at another scale once at its real width; after that, nothing redraws them.
  const plots = widget.locator('.overlay-figure .plot-figure > svg');
  await markPlotsAtRealWidth(plots, 30_000);
  // At step 1 the map's path moves with α (a step of 3.16 α without correction).
  const map = widget.locator('.overlay-figure').first();
  const path = await drawingOf(map, '.overlay-figure__overlay');
  await widget.getByRole('slider', { name: /Learning rate/ }).press('ArrowRight');
  await expect.poll(() => drawingOf(map, '.overlay-figure__overlay')).not.toBe(path);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(
    await plots.evaluateAll((svgs) => svgs.length >= 3 && svgs.every((svg) => svg.hasAttribute('data-kept'))),
  ).toBe(true);
});

test('a link reproduces the article’s β₂ = 0.99 without correction; a broken parameter falls back', async ({
  page,
}) => {
  await page.goto(`${adam}?adam.bc=0&adam.beta2=0.99&adam.t=1`);
  const widget = await openWidget(page, 'adam-internals');
  // (1 − 0.9)/√(1 − 0.99) = 1: the two errors cancel on step 1.
  await expect(widget.locator('[data-status]')).toContainText('Step 1 (without bias correction, β₂ = 0.99)');
  await expect(widget.locator('[data-status]')).toContainText('step = 1 α');
  await expect(widget.getByRole('checkbox', { name: 'Bias correction' })).not.toBeChecked();

  await page.goto(`${adam}?adam.beta2=0.5&adam.lr=-3`);
  const broken = await openWidget(page, 'adam-internals');
  await expect(broken.locator('[data-messages]')).toContainText('beta2="0.5" is not one of 0.999, 0.99; using 0.999');
  await expect(broken.locator('[data-messages]')).toContainText('lr="-3" is outside 0.001 to 1; using 0.001');
  await expectNoBadNumbers(broken);
});

test('the parameter select switches the internals to y and the URL keeps it', async ({ page }) => {
  await page.goto(adam);
  const widget = await openWidget(page, 'adam-internals');
  await widget.getByRole('combobox', { name: 'Parameter' }).selectOption('y');
  await expect(widget.locator('[data-status]')).toContainText('along y');
  await expect(page).toHaveURL(/adam\.coord=y/);
  await page.reload();
  const again = await openWidget(page, 'adam-internals');
  await expect(again.locator('[data-status]')).toContainText('along y');
});

test('without JavaScript the page still shows the figure', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(adam);
  await expect(page.locator('[data-widget="adam-internals"] .plot-figure svg:visible')).toHaveCount(3);
  await expect(page.locator('[data-widget="adam-internals"] [data-status]')).toContainText('Step 200');
  await context.close();
});

test('in Chinese (/zh-cn/): labels and the status line follow the keyboard', async ({ page }) => {
  await page.goto('/zh-cn/chapters/adam/');
  const widget = await openWidget(page, 'adam-internals');
  const status = widget.locator('[data-status]');
  await expect(widget.getByRole('combobox', { name: '参数' })).toHaveValue('x');
  const step = widget.getByRole('slider', { name: /^步数/ });
  await step.focus();
  await page.keyboard.press('Home');
  await expect(status).toHaveText('第 0 步：Adam 从 (−4, 1.5) 出发，m = s = 0。');
  await page.keyboard.press('ArrowRight');
  await expect(step).toHaveAttribute('aria-valuetext', '1 / 200');
  await expect(status).toContainText('第 1 步（有偏差修正，β₂ = 0.999）：沿 x 方向，m̂ = −0.4，√ŝ = 0.4，步长 = 1 α；');
  const toggle = widget.getByRole('checkbox', { name: '偏差修正' });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(status).toContainText(
    '第 1 步（无偏差修正，β₂ = 0.999）：沿 x 方向，m̂ = −0.04，√ŝ = 0.0126，步长 = 3.16 α；',
  );
  await expect(status).toContainText('不做修正时，第 1 步长 3.16 α，最长的一步是第 8 步，长 6 α。');
  await expect(widget.getByRole('button', { name: '单步' })).toBeVisible();
  await expectNoBadNumbers(widget);
});

test('the first Play after the page loads redraws no Plot while it plays; a scaled build frame is redrawn once it pauses', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(adam);
  const widget = await openWidget(page, 'adam-internals');
  const plots = widget.locator('.overlay-figure .plot-figure > svg');
  // At 360 px the build's frames are shown scaled; the reader's first change (Play) asks for them
  // at their real width, which waits for a pause.
  await widget.evaluate((element) => {
    const w = window as unknown as { __plotsAdded: number };
    w.__plotsAdded = 0;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof SVGSVGElement && node.parentElement?.classList.contains('plot-figure')) w.__plotsAdded++;
    }).observe(element, { childList: true, subtree: true });
  });
  const play = widget.getByRole('button', { name: /^Play/ });
  const step = widget.getByRole('slider', { name: /^Step/ });
  const before = await step.inputValue();
  await play.focus();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(2500);
  expect(await page.evaluate(() => (window as unknown as { __plotsAdded: number }).__plotsAdded)).toBe(0);
  await expect(widget.getByRole('button', { name: /^Pause/ })).toBeVisible();
  expect(await step.inputValue()).not.toBe(before); // it played
  await page.keyboard.press('Enter');
  await markPlotsAtRealWidth(plots);
});
