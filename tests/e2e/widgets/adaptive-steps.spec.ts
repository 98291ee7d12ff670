import { expect as baseExpect, test } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, openWidget, statusOf } from '../helpers.ts';

/** All the widget's figures (axes and contours are static layers under an overlay of paths). */
const allFigures = '.widget__figure';


// These widgets run whole optimizer runs (and, for the trainer, a network) in the page: on a busy
// machine hydration and training take longer than the default 5 s, so allow for it.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const adagrad = '/chapters/adagrad/';
const rmsprop = '/chapters/rmsprop/';

test('the step slider reacts to the keyboard: Adagrad’s first step is α in both coordinates', async ({ page }) => {
  await page.goto(adagrad);
  const widget = await openWidget(page, 'adaptive-steps');
  const status = widget.locator('[data-status]');
  await expect(status).toContainText('Step 300 of 300');
  const step = widget.getByRole('slider', { name: /^Step/ });
  await step.focus();
  await page.keyboard.press('Home');
  await expect(status).toContainText('Step 0 of 300. Adagrad at (−4, 1.5), loss 5.3.');
  const drawing = await drawingOf(widget, allFigures);
  await page.keyboard.press('ArrowRight');
  // c1 = g1², so the step is α·sign(g) = 0.3 in x and y; effective steps 0.3/0.4 and 0.3/6.
  await expect(status).toContainText(
    'Step 1 of 300. Adagrad at (−3.7, 1.2), loss 3.56; effective step α/(√c + ε): 0.75 for x, 0.05 for y.',
  );
  await expect.poll(() => drawingOf(widget, allFigures)).not.toBe(drawing);
  await expectNoBadNumbers(widget);
});

test('the learning rate from the keyboard changes the run', async ({ page }) => {
  await page.goto(adagrad);
  const widget = await openWidget(page, 'adaptive-steps');
  const before = await statusOf(widget);
  const drawing = await drawingOf(widget, allFigures);
  const lr = widget.getByRole('slider', { name: /Learning rate/ });
  await lr.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(() => statusOf(widget)).not.toBe(before);
  await expect.poll(() => drawingOf(widget, allFigures)).not.toBe(drawing);
  await expectNoBadNumbers(widget);
});

test('a link reproduces a long run that stalls; a broken parameter falls back with a message', async ({ page }) => {
  await page.goto(`${adagrad}?adaptive.lr=0.02&adaptive.length=10000&adaptive.t=10000`);
  const widget = await openWidget(page, 'adaptive-steps');
  // Measured in the engine: after 10,000 steps at α = 0.02, x has only reached −0.937.
  await expect(widget.locator('[data-status]')).toContainText('Step 10000 of 10000. Adagrad at (−0.937,');
  await expect(widget.getByRole('slider', { name: /Learning rate/ })).toHaveAttribute('aria-valuetext', '0.02');
  await expectNoBadNumbers(widget);

  await page.goto(`${adagrad}?adaptive.lr=banana&adaptive.surface=moon&adaptive.noise=9`);
  const broken = await openWidget(page, 'adaptive-steps');
  const messages = broken.locator('[data-messages]');
  await expect(messages).toContainText('lr="banana" is not a usable number; using 0.3');
  await expect(messages).toContainText('surface="moon" is not one of axisValley, illConditioned; using axisValley');
  await expect(messages).toContainText('noise="9" is outside 0 to 2; using 2');
  await expectNoBadNumbers(broken);
});

test('the state is written to the URL and restored on reload', async ({ page }) => {
  await page.goto(adagrad);
  const widget = await openWidget(page, 'adaptive-steps');
  await widget.getByRole('button', { name: 'Reset' }).click();
  await widget.getByRole('button', { name: 'Step' }).click();
  await expect(page).toHaveURL(/adaptive\.t=1/);
  const status = await statusOf(widget);
  await page.reload();
  const again = await openWidget(page, 'adaptive-steps');
  await expect(again.locator('[data-status]')).toHaveText(status);
});

test('RMSProp beside Adagrad: the decay slider works from the keyboard and γ = 0 gives sign steps', async ({ page }) => {
  await page.goto(`${rmsprop}?rms.t=1`);
  const widget = await openWidget(page, 'adaptive-steps');
  const status = widget.locator('[data-status]');
  // γ = 0.9: c1 = 0.1·g², so RMSProp's first step is α/√0.1 ≈ 3.16·α = 0.158 in each coordinate.
  await expect(status).toContainText('RMSProp at (−3.84, 1.34)');
  const decay = widget.getByRole('slider', { name: /decay/ });
  await decay.focus();
  await page.keyboard.press('Home');
  await expect(decay).toHaveAttribute('aria-valuetext', '0');
  // γ = 0: c1 = g², the step is exactly α = 0.05.
  await expect(status).toContainText('RMSProp at (−3.95, 1.45)');
  await expectNoBadNumbers(widget);
});

test('without JavaScript the pages still show the figures', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const url of [adagrad, rmsprop]) {
    await page.goto(url);
    await expect(page.locator('[data-widget="adaptive-steps"] .plot-figure svg:visible')).toHaveCount(3);
    // The paths and lines are SVG overlays over the static frames (OverlayFigure), drawn at build time too.
    await expect(page.locator('[data-widget="adaptive-steps"] .overlay-figure__overlay > svg:visible')).toHaveCount(3);
    await expect(page.locator('[data-widget="adaptive-steps"] [data-status]')).toContainText(/Step \d+ of \d+/);
  }
  await context.close();
});

test('in Chinese (/zh-cn/): labels and the status line follow the keyboard', async ({ page }) => {
  await page.goto('/zh-cn/chapters/adagrad/');
  const widget = await openWidget(page, 'adaptive-steps');
  const status = widget.locator('[data-status]');
  await expect(widget.getByRole('slider', { name: /^学习率 α/ })).toHaveAttribute('aria-valuetext', '0.3');
  await expect(widget.getByRole('combobox', { name: '曲面' }).locator('option:checked')).toHaveText('轴对齐的山谷');
  const step = widget.getByRole('slider', { name: /^步数/ });
  await step.focus();
  await page.keyboard.press('Home');
  await expect(status).toHaveText('第 0 步（共 300 步）。Adagrad 位于 (−4, 1.5)，损失 5.3。');
  await page.keyboard.press('ArrowRight');
  await expect(step).toHaveAttribute('aria-valuetext', '1 / 300');
  await expect(status).toHaveText(
    '第 1 步（共 300 步）。Adagrad 位于 (−3.7, 1.2)，损失 3.56；有效步长 α/(√c + ε)：x 为 0.75，y 为 0.05。',
  );
  await expectNoBadNumbers(widget);
});
