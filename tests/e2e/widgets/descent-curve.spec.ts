import { expect, test } from '@playwright/test';
import { logPosition } from '../../../components/widgets/lib/log-slider.ts';
import {
  drawingOf,
  expectNoBadNumbers,
  liveOverlay,
  markPlotsAtRealWidth,
  openWidget,
  plotLoadsOnPage,
  statusOf,
} from '../helpers.ts';

/** All the widget's figures, compared as one drawing. */
const allFigures = '.widget__figure';
const page_ = '/chapters/gradient-descent/';
const name = 'descent-curve';

test('the learning-rate slider reacts to the keyboard; the status names the regime against 2/λ', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toContainText('α = 0.1 < 2/λ = 1: slow. Step 30:');
  const drawing = await drawingOf(widget, allFigures);
  const lr = widget.getByRole('slider', { name: /Learning rate/ });
  await lr.focus();
  await page.keyboard.press('End'); // α = 5, far past 2/λ = 1
  await expect(lr).toHaveAttribute('aria-valuetext', '5');
  await expect(status).toContainText('α = 5 > 2/λ = 1: diverges. Stopped at step');
  await expect(status).toContainText('the learning rate is too large');
  await expect.poll(() => drawingOf(widget, allFigures)).not.toBe(drawing);
  await expectNoBadNumbers(widget);
});

test('α = 0.5 is a slider position and lands on the minimum in one step; Reset restores α (issue #22, point 7)', async ({
  page,
}) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  const lr = widget.getByRole('slider', { name: /Learning rate/ });
  await lr.fill(String(logPosition(0.5, 0.0001, 5)));
  await expect(lr).toHaveAttribute('aria-valuetext', '0.5');
  await expect(status).toContainText('α = 0.5 < 2/λ = 1: good. Step 30: w = 0, loss = 0.');
  await lr.fill(String(logPosition(0.01, 0.0001, 5)));
  await expect(lr).toHaveAttribute('aria-valuetext', '0.01');
  await lr.fill(String(logPosition(0.9, 0.0001, 5)));
  await expect(status).toContainText('α = 0.9 < 2/λ = 1: oscillates, converges slowly.');
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(lr).toHaveAttribute('aria-valuetext', '0.1');
  await expect(status).toContainText('α = 0.1 < 2/λ = 1: slow. Step 0:');
});

test('the strip names every regime: bands wide enough carry their name, the key names all four and the bound; λ redraws it off the page', async ({
  page,
}) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const key = widget.getByRole('list', { name: 'Learning-rate regimes' });
  await expect(key.getByRole('listitem')).toHaveText([
    'slow',
    'good',
    'oscillates but converges',
    'diverges',
    'stability bound 2/λ',
  ]);
  // Desktop width: "slow", "good" and "diverges" fit in their bands; "oscillating" (a third of a decade) does not.
  const strip = widget.locator('.lr-strip .plot-figure svg:visible');
  await expect(strip.locator('[data-mark="text"] text').filter({ hasText: /^(slow|good|diverges)$/ })).toHaveCount(3);
  await expect(strip.locator('[data-mark="text"] text').filter({ hasText: 'oscillating' })).toHaveCount(0);
  // The bound moves with the curvature: λ = 2 → 2/λ = 1; one decade of curvature further right it is no longer 1.
  const curveAxis = widget.locator('.overlay-figure:not(.lr-strip)').first().locator('.plot-figure svg:visible');
  const before = await strip.evaluate((el) => el.innerHTML);
  const ticks = await curveAxis.evaluate((el) => el.innerHTML);
  await widget.getByRole('slider', { name: /Curvature/ }).press('PageUp');
  await expect.poll(() => strip.evaluate((el) => el.innerHTML)).not.toBe(before);
  await expect(widget.getByRole('img', { name: /Learning-rate regimes; the bound 2\/λ = / })).not.toHaveAccessibleName(
    /= 1$/,
  );
  // The curve's loss axis goes up to 2λ: redrawn too. The strip (the shared figure worker) and the
  // curve (the widget's own) are drawn off the main thread: the page never loads Plot (issue #21).
  await expect.poll(() => curveAxis.evaluate((el) => el.innerHTML)).not.toBe(ticks);
  expect(await plotLoadsOnPage(page)).toBe(0);
});

test('stepping from the start gives the exact iterates w = (1 − αλ)^t w₀', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(widget.locator('[data-status]')).toContainText('Step 0: w = −1.5, loss = 2.25');
  // Both figures are a Plot of what a step does not change (the curve; the loss chart's axes, which
  // hold the whole run) under an overlay of what it does (the run's path and point; the lines and
  // the ring): a step moves the overlays, and neither Plot is drawn again (issue #21).
  const figures = widget.locator('.overlay-figure:not(.lr-strip)');
  await expect(figures).toHaveCount(2);
  const curve = figures.first();
  const lossChart = figures.last();
  // The learning-rate strip is one too: its bands under the α marker.
  const strip = widget.locator('.overlay-figure.lr-strip');
  const plots = widget.locator('.overlay-figure .plot-figure > svg');
  // The reader's first change (Reset) draws a build frame shown at another scale once at its real
  // width; after that, nothing redraws them.
  await markPlotsAtRealWidth(plots);
  const kept = () =>
    plots.evaluateAll((svgs) => svgs.length >= 3 && svgs.every((svg) => svg.hasAttribute('data-kept')));
  const run = await drawingOf(curve, liveOverlay);
  const lines = await drawingOf(lossChart, liveOverlay);
  const step = widget.getByRole('button', { name: 'Step', exact: true });
  await step.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  // w₂ = −1.5 · 0.8² = −0.96, loss = 0.96² = 0.9216
  await expect(widget.locator('[data-status]')).toContainText('Step 2: w = −0.96, loss = 0.922');
  await expect.poll(() => drawingOf(curve, liveOverlay)).not.toBe(run);
  await expect.poll(() => drawingOf(lossChart, liveOverlay)).not.toBe(lines);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await kept()).toBe(true);
  // A learning-rate key moves the run on the curve and the strip's α marker; neither Plot is drawn
  // again (only λ changes them).
  const keptPlots = curve.locator('.plot-figure > svg').or(strip.locator('.plot-figure > svg'));
  const path = await drawingOf(curve, liveOverlay);
  const marker = await drawingOf(strip, liveOverlay);
  await widget.getByRole('slider', { name: /Learning rate/ }).press('ArrowUp');
  await expect.poll(() => drawingOf(curve, liveOverlay)).not.toBe(path);
  await expect.poll(() => drawingOf(strip, liveOverlay)).not.toBe(marker);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(
    await keptPlots.evaluateAll((svgs) => svgs.length >= 2 && svgs.every((svg) => svg.hasAttribute('data-kept'))),
  ).toBe(true);
});

test('the article’s “safe” 0.01 diverges on a curvature of 400, and the run says why', async ({ page }) => {
  await page.goto(`${page_}?curve.lr=0.01&curve.curvature=400`);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText(
    'α = 0.01 > 2/λ = 0.005: diverges. Stopped at step 10: The loss exceeded 10¹² at step 10',
  );
  await expectNoBadNumbers(widget);
});

test('the state lives in the URL; a broken parameter falls back with a message', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const curvature = widget.getByRole('slider', { name: /Curvature/ });
  await curvature.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/curve\.curvature=/);
  const status = await statusOf(widget);
  await page.reload();
  const again = await openWidget(page, name);
  await expect(again.locator('[data-status]')).toHaveText(status);

  await page.goto(`${page_}?curve.lr=banana&curve.curvature=9999`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText('lr="banana" is not a usable number; using 0.1');
  await expect(broken.locator('[data-messages]')).toContainText('curvature="9999" is outside 0.5 to 400; using 400');
  await expectNoBadNumbers(broken);
});

test('without JavaScript the page still shows the figure', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(page_);
  await expect(page.locator(`[data-widget="${name}"] .plot-figure svg:visible`)).toHaveCount(3);
  await expect(page.locator(`[data-widget="${name}"] [data-status]`)).toContainText('Step 30');
  await context.close();
});

test('in Chinese: labels, the status line, the divergence and link messages are Chinese', async ({ page }) => {
  const zh = '/zh-cn/chapters/gradient-descent/';
  await page.goto(zh);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(widget.locator('.widget__title')).toHaveText('在 L(w) = ½λw² 上做梯度下降');
  await expect(status).toContainText(
    'α = 0.1 < 2/λ = 1：收敛很慢。第 30 步：w = −0.00186，损失 = 3.45×10⁻⁶。每一步都把 w 乘以 1 − αλ = 0.8。',
  );
  await expect(widget.getByRole('img', { name: '学习率区间图；稳定上界 2/λ = 1' })).toHaveCount(1);
  const lr = widget.getByRole('slider', { name: '学习率 α' });
  await lr.focus();
  await page.keyboard.press('End');
  await expect(status).toContainText(/α = 5 > 2\/λ = 1：发散。在第 (\d+) 步停止：第 \1 步时/);
  await expect(status).toContainText('学习率太大了');
  await widget.getByRole('button', { name: '重置' }).click();
  // Reset restores the starting α as well as step 0 (issue #22, point 7).
  await expect(status).toContainText(
    'α = 0.1 < 2/λ = 1：收敛很慢。第 0 步：w = −1.5，损失 = 2.25。每一步都把 w 乘以 1 − αλ = 0.8。',
  );
  await expect(widget.getByRole('slider', { name: '曲率 λ' })).toHaveAttribute('aria-valuetext', '2');
  await expectNoBadNumbers(widget);

  await page.goto(`${zh}?curve.lr=banana&curve.curvature=9999`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText('链接参数 lr="banana" 不是可用的数，改用 0.1。');
  await expect(broken.locator('[data-messages]')).toContainText(
    '链接参数 curvature="9999" 超出了 0.5 到 400 的范围，改用 400。',
  );
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('after an α key the curve is drawn at the width it is shown, not the build’s 360 px frame scaled down', async ({
    page,
  }) => {
    await page.goto(page_);
    const widget = await openWidget(page, name);
    const curve = widget.locator('.overlay-figure').first();
    const widths = () =>
      curve.locator('.plot-figure').evaluate((el) => {
        const svg = [...el.querySelectorAll(':scope > svg')].find((s) => s.getClientRects().length > 0);
        return { drawn: Number(svg?.getAttribute('width')), shown: Math.round(el.clientWidth) };
      });
    // At hydration the build's phone frame stays: 360 px wide, shown in a narrower column.
    const built = await widths();
    expect(built.drawn).toBe(360);
    expect(built.shown).toBeLessThan(340);
    // α leaves the curve's inputs alone (only λ draws it again), yet the first change draws it
    // once at its real width, and the overlay follows with the same scales.
    await widget.getByRole('slider', { name: /Learning rate/ }).press('ArrowUp');
    await expect.poll(async () => (await widths()).drawn).toBe(built.shown);
    await expect(curve.locator(`${liveOverlay} > svg`)).toHaveAttribute('viewBox', new RegExp(`^0 0 ${built.shown} `));
  });
});
