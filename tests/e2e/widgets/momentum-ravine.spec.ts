import { expect, test, type Locator, type Page } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, openWidget, plotLoadsOnPage, statusOf } from '../helpers.ts';

// Several chart redraws per test; the shared CI machine can be slow.
test.describe.configure({ timeout: 120_000 });

/** The run layer: the overlay of the contour map (which does not change with the step). */
const runLayer = '.overlay-figure__overlay';
const page_ = '/chapters/momentum/';
const name = 'momentum-ravine';

test('stepping from the keyboard draws the velocity arrows and updates the status', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toContainText('step 0: GD loss 22.3');
  await expect(status).toContainText('Loss below 0.001: GD at step 47, Momentum at step 20.');
  const drawing = await drawingOf(widget, runLayer);
  const step = widget.getByRole('button', { name: 'Step', exact: true });
  await step.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('step 2:');
  await expect.poll(() => drawingOf(widget, runLayer)).not.toBe(drawing);
  // The steps are drawn on the contour map's overlay: its Plot is not rebuilt for them.
  await expect(widget.locator('[data-mark="arrow"], [data-mark="line"]')).toHaveCount(0);
  await expect(widget.locator('g.sym-v')).toHaveCount(1);
  await expect(widget.locator('g.sym-mu')).toHaveCount(1);
  await expect(widget.locator('g.sym-alpha')).toHaveCount(1);
  await expectNoBadNumbers(widget);
});

test('the μ slider reacts to the keyboard and the status follows', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const mu = widget.getByRole('slider', { name: /Momentum μ/ });
  const before = await statusOf(widget);
  await mu.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(mu).toHaveAttribute('aria-valuetext', '0.65');
  await expect.poll(() => statusOf(widget)).not.toBe(before);
  await expectNoBadNumbers(widget);
});

test('formula symbols and drawing are linked, from the keyboard', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  await widget.getByRole('button', { name: 'Step', exact: true }).click();
  const drawing = widget.locator('.linked-drawing');
  const formula = widget.locator('.linked-formula');
  const vButton = widget.getByRole('button', { name: /Emphasize v: velocity/ });
  await vButton.focus();
  await expect(drawing).toHaveAttribute('data-emph', 'v');
  await expect(formula).toHaveAttribute('data-emph', 'v');
  await page.keyboard.press('Enter');
  await expect(vButton).toHaveAttribute('aria-pressed', 'true');
  // Tab to the next symbol: the emphasis follows focus.
  await page.keyboard.press('Tab');
  await expect(drawing).toHaveAttribute('data-emph', 'mu');
  // Focusing the μ slider emphasizes μ in the formula and outlines the slider.
  await widget.getByRole('slider', { name: /Momentum μ/ }).focus();
  await expect(formula).toHaveAttribute('data-emph', 'mu');
  await expect(widget.locator('[data-link="mu"]')).toHaveAttribute('data-emphasized', 'true');
  // Leaving focus falls back to the pinned symbol, v.
  await widget.getByRole('combobox', { name: 'Surface' }).focus();
  await expect(formula).toHaveAttribute('data-emph', 'v');
  await vButton.focus();
  await page.keyboard.press('Space');
  await expect(vButton).toHaveAttribute('aria-pressed', 'false');
  await widget.getByRole('combobox', { name: 'Surface' }).focus();
  await expect(formula).not.toHaveAttribute('data-emph', /./);
  // The tagged symbols are in the rendered formula.
  await expect(formula.locator('[data-sym="v"]')).toHaveCount(3);
  await expect(formula.locator('[data-sym="mu"]')).toHaveCount(1);
});

test('a link reproduces the state; a broken parameter falls back with a message', async ({ page }) => {
  await page.goto(`${page_}?ravine.problem=ravine&ravine.mu=0.8&ravine.lr=0.09&ravine.step=10`);
  const widget = await openWidget(page, name);
  await expect(widget.getByRole('combobox', { name: 'Surface' })).toHaveValue('ravine');
  await expect(widget.locator('[data-status]')).toContainText('step 10:');
  await expect(widget.locator('[data-status]')).toContainText('Momentum at step 55');

  await page.goto(`${page_}?ravine.problem=volcano`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText(
    'problem="volcano" is not one of illConditioned, ravine; using illConditioned',
  );
  await expectNoBadNumbers(broken);
});

test('a learning rate too large for the valley stops both runs and the status says why', async ({ page }) => {
  // Curvature 20 across the valley: gradient descent needs α < 0.1; at 0.2 it blows up first.
  await page.goto(`${page_}?ravine.lr=0.2&ravine.step=5`);
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toContainText('Stopped at step 12: The loss exceeded 10¹² at step 12');
  await expectNoBadNumbers(widget);
  const lr = widget.getByRole('slider', { name: /Learning rate α/ });
  await lr.focus();
  await page.keyboard.press('Home');
  await expect(status).not.toContainText('Stopped');
  await expect(status).toContainText('step 5:');
});

test('without JavaScript the page still shows the figure and the formula', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(page_);
  await expect(page.locator(`[data-widget="${name}"] .plot-figure svg:visible`)).toHaveCount(1);
  await expect(page.locator(`[data-widget="${name}"] .overlay-figure__overlay svg:visible`)).toHaveCount(1);
  await expect(page.locator(`[data-widget="${name}"] .linked-formula .katex`)).toHaveCount(1);
  await context.close();
});

test('in Chinese: labels and the status line follow the page’s language', async ({ page }) => {
  await page.goto('/zh-cn/chapters/momentum/');
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toContainText('损失降到 0.001 以下：梯度下降在第 47 步，Momentum 在第 20 步。');
  await expect(widget.getByRole('slider', { name: /动量系数 μ/ })).toHaveAttribute('aria-valuetext', '0.6');
  await expect(widget.getByRole('combobox', { name: '曲面' }).locator('option:checked')).toHaveText(
    '笔直的山谷（曲率 1 和 20）',
  );
  const step = widget.getByRole('button', { name: '单步', exact: true });
  await step.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(status).toContainText(
    /^第 2 步：梯度下降的损失为 [\d.]+（至此折返 \d+ 次），Momentum 的损失为 [\d.]+（折返 \d+ 次，速度 \|v\| = [\d.]+）。/,
  );
  await expect(widget.locator('.plot-legend')).toContainText('保留的速度 μv');
  await expectNoBadNumbers(widget);
});

test('the noise control: from the keyboard, then the chapter’s numbers from a link', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const noise = widget.getByRole('slider', { name: /Gradient noise σ/ });
  await expect(widget.getByRole('slider', { name: /Noise seed/ })).toHaveCount(0);
  const drawing = await drawingOf(widget, runLayer);
  await noise.focus();
  await page.keyboard.press('ArrowRight');
  await expect(noise).toHaveAttribute('aria-valuetext', '0.1');
  await expect(widget.getByRole('slider', { name: /Noise seed/ })).toHaveCount(1);
  await expect(widget.locator('[data-status]')).toContainText('With noise σ = 0.1, mean loss over steps 61–120');
  await expect.poll(() => drawingOf(widget, runLayer)).not.toBe(drawing);

  await page.goto(`${page_}?ravine.noise=2`);
  const linked = await openWidget(page, name);
  await expect(linked.locator('[data-status]')).toContainText(
    "With noise σ = 2, mean loss over steps 61–120: GD 0.475, Momentum 0.577. Momentum's effective step α/(1−μ) = 0.2.",
  );
  await expectNoBadNumbers(linked);
});

/**
 * How the runs' overlay and the contour map under it disagree on screen ('' when they agree): the
 * aspect of their viewBoxes, the plot area (the overlay's clip rectangle, in the units both draw
 * with: they share margins) placed on screen by each SVG's own transform, and whether the runs'
 * dots lie inside the map's plot area. The base alone knows where the map is drawn: a base drawn
 * at another surface's aspect is letterboxed into the new box, and the overlay then misses it.
 */
function overlayMismatch(widget: Locator): Promise<string> {
  return widget.locator('.overlay-figure').evaluate((figure) => {
    // The build's markup has a frame and an overlay per width: the ones on screen.
    const shown = (selector: string) =>
      [...figure.querySelectorAll<SVGSVGElement>(selector)].find((svg) => svg.getClientRects().length > 0);
    const base = shown(':scope > .plot-figure > svg');
    const overlay = shown(':scope > .overlay-figure__overlay > svg');
    const clip = overlay?.querySelector('clipPath > rect');
    const dots = overlay ? [...overlay.querySelectorAll('path[data-layer="dots"]')] : [];
    if (!base || !overlay || !clip || dots.length === 0) return 'no base, overlay, clip area or dots';
    const aspect = (svg: SVGSVGElement) => svg.viewBox.baseVal.height / svg.viewBox.baseVal.width;
    const problems: string[] = [];
    if (Math.abs(aspect(base) / aspect(overlay) - 1) > 0.01)
      problems.push(`aspect: base ${aspect(base).toFixed(3)}, overlay ${aspect(overlay).toFixed(3)}`);
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(clip.getAttribute(a)));
    const onScreen = (svg: SVGSVGElement) => {
      const m = svg.getScreenCTM()!;
      const corner = (px: number, py: number) => new DOMPoint(px, py).matrixTransform(m);
      const [a, b] = [corner(x!, y!), corner(x! + w!, y! + h!)];
      return { left: a.x, top: a.y, right: b.x, bottom: b.y };
    };
    const [inBase, inOverlay] = [onScreen(base), onScreen(overlay)];
    for (const side of ['left', 'top', 'right', 'bottom'] as const)
      if (Math.abs(inBase[side] - inOverlay[side]) > 1)
        problems.push(`plot area ${side}: base ${inBase[side].toFixed(1)}, overlay ${inOverlay[side].toFixed(1)}`);
    for (const dot of dots) {
      const box = dot.getBoundingClientRect();
      const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
      if (cx < inBase.left || cx > inBase.right || cy < inBase.top || cy > inBase.bottom)
        problems.push(`a run's dots (centre ${cx.toFixed(1)}, ${cy.toFixed(1)}) outside the map's plot area`);
    }
    return problems.join('; ');
  });
}

/** Until the page's main thread is idle, or 2 s have passed (PlotFigure's idle-time redraws wait at most 1 s). */
const idle = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 0), { timeout: 2000 })));

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });

  test('after a change of surface and some steps, the runs lie on the map drawn for that surface', async ({ page }) => {
    await page.goto(page_);
    const widget = await openWidget(page, name);
    const status = widget.locator('[data-status]');
    const select = widget.getByRole('combobox', { name: 'Surface' });
    const step = widget.getByRole('button', { name: 'Step', exact: true });
    expect(await overlayMismatch(widget)).toBe('');
    let steps = 0;
    // From the keyboard (a closed select changes its value on arrow keys), with the steps right
    // after it, as a reader would: the first change comes before Plot is loaded, while the build's
    // narrow frame is kept, shown scaled into the phone's column.
    for (const [key, surface] of [
      ['ArrowDown', 'ravine'],
      ['ArrowUp', 'illConditioned'],
      ['ArrowDown', 'ravine'],
    ] as const) {
      const map = await drawingOf(widget);
      await select.focus();
      await page.keyboard.press(key);
      await expect(select).toHaveValue(surface);
      for (let i = 0; i < 6; i++) await step.click();
      steps += 6;
      await expect(status).toContainText(`step ${steps}:`);
      // The map drawn for the new surface, then the browser idle (a kept frame's one-time redraw
      // at the real width waits for idle time): base and overlay must agree then.
      await expect.poll(() => drawingOf(widget)).not.toBe(map);
      await idle(page);
      await expect.poll(() => overlayMismatch(widget)).toBe('');
      await idle(page);
      expect(await overlayMismatch(widget)).toBe('');
    }
    // Every map was drawn in the widget's figure worker: the page itself never loaded Plot.
    expect(await plotLoadsOnPage(page)).toBe(0);
  });
});
