import { expect, test } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, markPlotsAtRealWidth, openWidget, statusOf } from '../helpers.ts';

// Several chart redraws per test; the shared CI machine can be slow.
test.describe.configure({ timeout: 120_000 });

const page_ = '/chapters/nesterov/';
const name = 'nesterov-compare';

test('stepping from the keyboard reaches the braking step and says so', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toContainText(
    "step 0: Momentum w = −1.5, |v| = 0; NAG w = −1.5, |v| = 0. NAG's speed first falls at step 7, Momentum's only at step 8.",
  );
  const drawing = await drawingOf(widget, '.linked-drawing');
  const step = widget.getByRole('button', { name: 'Step', exact: true });
  await step.focus();
  for (let i = 0; i < 7; i++) await page.keyboard.press('Enter');
  await expect(status).toContainText(
    "step 7: NAG's speed falls (|v| 0.198 → 0.196) while Momentum's still grows (0.217 → 0.218)",
  );
  // Issue #22, point 2: at step 7 the look-ahead point is still before the bottom; it crosses at step 10.
  await expect(status).toContainText(
    "NAG's look-ahead point w − μv = −0.44 is still before the minimum at 0 and its gradient still pushes forward",
  );
  await expect(status).not.toContainText('points back');
  await expect.poll(() => drawingOf(widget, '.linked-drawing')).not.toBe(drawing);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await expect(status).toContainText(
    'In this step NAG started at w = −0.0659, before the minimum at 0, but its look-ahead point w − μv = 0.0874 is past it: the gradient there (0.175) points back, so NAG brakes before it reaches the minimum (|v| 0.17 → 0.15).',
  );
  await expect(widget.locator('g.sym-lookahead')).not.toHaveCount(0);
  await expect(widget.locator('g.sym-g')).not.toHaveCount(0);
  await expectNoBadNumbers(widget);
});

test('μ, α and step keys move the runs drawn over the faceted figure, not the Plot under it', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  // The reader's first change (a step) draws a build frame shown at another scale once at its real
  // width; then the two base Plots on screen (the runs' faceted one, the speeds') are marked.
  const step = widget.getByRole('button', { name: 'Step', exact: true });
  await step.click();
  await expect(widget.locator('[data-status]')).toContainText('step 1:');
  await markPlotsAtRealWidth(widget.locator('.plot-figure > svg'));
  const runsBase = widget.locator('.linked-drawing .plot-figure').nth(0).locator('svg:visible');
  const speedBase = widget.locator('.linked-drawing .plot-figure').nth(1).locator('svg:visible');
  for (const [name, key] of [
    [/Momentum μ/, 'ArrowLeft'],
    [/Learning rate α/, 'ArrowRight'],
  ] as const) {
    const runs = await drawingOf(widget, '.linked-drawing');
    const slider = widget.getByRole('slider', { name });
    const value = (await slider.getAttribute('aria-valuetext')) ?? '';
    await slider.focus();
    await page.keyboard.press(key);
    await expect(slider).not.toHaveAttribute('aria-valuetext', value);
    await expect.poll(() => drawingOf(widget, '.linked-drawing')).not.toBe(runs);
    // The top speed moved (0.218 to 0.212 to 0.213), but the speeds' axis top is rounded up
    // (steppedTop: 0.25 for all three): neither base is drawn again, only the overlays move.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await expect(speedBase).toHaveAttribute('data-kept', '');
    await expect(runsBase).toHaveAttribute('data-kept', '');
  }
  // μ = 0 takes the top speed under 0.2: the speeds' axes are redrawn (the mark goes), the runs' are not.
  const mu = widget.getByRole('slider', { name: /Momentum μ/ });
  await mu.focus();
  await page.keyboard.press('Home');
  await expect(mu).toHaveAttribute('aria-valuetext', '0');
  await expect(speedBase).not.toHaveAttribute('data-kept', '');
  await expect(runsBase).toHaveAttribute('data-kept', '');
  await speedBase.evaluate((svg) => svg.setAttribute('data-kept', ''));
  const runs = await drawingOf(widget, '.linked-drawing');
  await step.click();
  await expect(widget.locator('[data-status]')).toContainText('step 2:');
  await expect.poll(() => drawingOf(widget, '.linked-drawing')).not.toBe(runs);
  await expect(widget.locator('g.sym-lookahead')).toHaveCount(2);
  await expect(runsBase).toHaveAttribute('data-kept', '');
  await expect(speedBase).toHaveAttribute('data-kept', '');
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
  await expect(widget.locator('[data-status]')).toContainText(
    'In this run NAG never slows down while Momentum still speeds up.',
  );
  expect(await statusOf(widget)).not.toBe(before);
});

test('formula symbols and drawing are linked, from the keyboard', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  await widget.getByRole('button', { name: 'Step', exact: true }).click();
  const drawing = widget.locator('.linked-drawing');
  // The mouse rests on the drawing, off any symbol: the drawing redrawn under it at each change of
  // emphasis must not wipe the symbol the keyboard focuses.
  await drawing
    .locator('.plot-figure')
    .first()
    .hover({ position: { x: 4, y: 4 } });
  const button = widget.getByRole('button', { name: /Emphasize w − μv: look-ahead point/ });
  await button.focus();
  await expect(drawing).toHaveAttribute('data-emph', 'lookahead');
  await expect(widget.locator('.linked-formula')).toHaveAttribute('data-emph', 'lookahead');
  // The emphasized arrows are drawn thicker (linked-formula.css), as when Plot's arrow mark drew them
  // and as MomentumRavine's are: the paint is on the group with the class (OverlayArrows), not on
  // each path, whose own stroke-width would win over the group's CSS. The others stay as drawn.
  const strokeWidth = (selector: string) =>
    drawing
      .locator(`${selector} path`)
      .first()
      .evaluate((path) => getComputedStyle(path).strokeWidth);
  await expect.poll(() => strokeWidth('g.sym-lookahead')).toBe('3.5px');
  expect(await strokeWidth('g.sym-v')).toBe('1.3px');
  await page.keyboard.press('Tab');
  await expect(drawing).toHaveAttribute('data-emph', 'g');
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('button', { name: /Emphasize g: gradient there/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(widget.locator('.linked-formula [data-sym="lookahead"]')).toHaveCount(1);
});

test('a link reproduces the state; a broken parameter falls back with a message', async ({ page }) => {
  await page.goto(`${page_}?nesterov.step=7`);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText("step 7: NAG's speed falls");

  await page.goto(`${page_}?nesterov.step=-4&nesterov.problem=bowl`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText('step="-4" is outside 0 to 40; using 0.');
  await expect(broken.locator('[data-messages]')).toContainText(
    'problem="bowl" is not one of quadratic1d, twoMinima; using quadratic1d.',
  );
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

test('on two minima the status does not call step 4 later than step 30 (issue #22, point 3)', async ({ page }) => {
  await page.goto(`${page_}?nesterov.problem=twoMinima`);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText(
    'Both speeds first fall at step 4. The dashed line marks step 30, where NAG slows while Momentum still speeds up.',
  );
});

test('without JavaScript the page still shows the figures', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(page_);
  await expect(page.locator(`[data-widget="${name}"] .plot-figure svg:visible`)).toHaveCount(2);
  await expect(page.locator(`[data-widget="${name}"] [data-status]`)).toContainText(
    "NAG's speed first falls at step 7",
  );
  await context.close();
});

test('in Chinese: labels and the status line follow the page’s language', async ({ page }) => {
  await page.goto('/zh-cn/chapters/nesterov/');
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toHaveText(
    '第 0 步：Momentum 位于 w = −1.5，速度 |v| = 0；NAG 位于 w = −1.5，速度 |v| = 0。NAG 的速度在第 7 步首次下降，Momentum 的速度要到第 8 步才下降。',
  );
  await expect(widget.getByRole('combobox', { name: '曲线' }).locator('option:checked')).toHaveText('碗形曲线 w²');
  const step = widget.getByRole('button', { name: '单步', exact: true });
  await step.focus();
  for (let i = 0; i < 7; i++) await page.keyboard.press('Enter');
  await expect(status).toHaveText(
    '第 7 步：NAG 的速度在下降（|v| 0.198 → 0.196），而 Momentum 的速度仍在增加（0.217 → 0.218）。NAG 的前瞻点 w − μv = −0.44 仍在 0 处的极小值之前，那里的梯度仍然向前推，但那里的坡比小球所在处平缓：推力 α|g| = 0.0176 已经补不上 μ 每步减掉的 (1 − μ)|v| = 0.0198。',
  );
  await expect(
    widget.getByRole('img', { name: '碗形曲线 w² 上的 Momentum（上）与 NAG（下），第 7 步，共 40 步' }),
  ).toHaveCount(1);
  await expectNoBadNumbers(widget);
});

test('the noise control reacts to the keyboard and the status gives the effective step', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const noise = widget.getByRole('slider', { name: /Gradient noise σ/ });
  const before = await statusOf(widget);
  await noise.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(noise).toHaveAttribute('aria-valuetext', '1');
  await expect.poll(() => statusOf(widget)).not.toBe(before);
  await expect(widget.locator('[data-status]')).toContainText(
    'With noise σ = 1, mean loss over steps 21–40: Momentum 0.0285, NAG 0.0304. Effective step α/(1−μ) = 0.2.',
  );
  await expectNoBadNumbers(widget);
});

test("a new curve's bases are drawn in the figure worker, and on the page when the worker cannot load", async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  for (const blocked of [false, true]) {
    warnings.length = 0;
    if (blocked) await page.route(/figures\.worker-[\w-]+\.js$/, (route) => route.abort());
    const worker = blocked ? null : page.waitForEvent('worker', (w) => /figures\.worker-/.test(w.url()));
    await page.goto(page_);
    const widget = await openWidget(page, name);
    const runsBase = widget.locator('.linked-drawing .plot-figure').nth(0);
    const lineOf = () => runsBase.locator('svg:visible [data-mark="line"] path').first().getAttribute('d');
    const before = await lineOf();
    await widget.getByRole('combobox', { name: 'Curve' }).selectOption({ index: 1 });
    await expect.poll(lineOf).not.toBe(before);
    // The new base is whole: the axes, and both rows' titles.
    await expect(runsBase.locator('svg:visible text', { hasText: 'NAG' })).toHaveCount(1);
    await expect(runsBase.locator('svg:visible [data-mark="x-axis tick label"]')).toHaveCount(1);
    if (worker) {
      // The worker drew it: Plot was loaded there, and the page was not told it failed.
      const resources = await (
        await worker
      ).evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      expect(resources.some((url) => /plot-package/.test(url))).toBe(true);
      expect(warnings.filter((text) => text.includes('figure worker failed'))).toEqual([]);
    } else {
      expect(
        warnings.some((text) => text.includes('Figures are drawn on the main thread: the figure worker failed')),
      ).toBe(true);
    }
  }
});
