import { expect, test } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, openWidget, plotLoadsOnPage, statusOf, urlSettled } from '../helpers.ts';

/** All the widget's figures (the contour maps are static layers under an overlay). */
const allFigures = '.widget__figure';
const page_ = '/chapters/local-minima/';
const name = 'local-minima';

test('the article’s picture: from −2.2 the run settles in the local minimum; the start slider moves it to the other basin', async ({
  page,
}) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toContainText(
    'From w₀ = −2.2, step 60: w = −1.2, loss = −0.634. It has settled in the local minimum (w = −1.2)',
  );
  const drawing = await drawingOf(widget, allFigures);
  const start = widget.getByRole('slider', { name: /Start/ });
  await start.focus();
  await page.keyboard.press('End');
  await expect(start).toHaveAttribute('aria-valuetext', '2.4');
  await expect(status).toContainText(
    'From w₀ = 2.4, step 60: w = 1.6, loss = −1.37. It has settled in the global minimum (w = 1.6)',
  );
  await expect.poll(() => drawingOf(widget, allFigures)).not.toBe(drawing);
  await expectNoBadNumbers(widget);
});

test('a start step moves the run drawn over the figure, not the Plot under it', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  // The build's frame on screen, marked to see whether it is kept.
  const frame = widget.locator('.plot-figure > svg:visible');
  await expect(frame).toHaveCount(1);
  await frame.evaluate((svg) => svg.setAttribute('data-kept', ''));
  const overlay = widget.locator('.overlay-figure__overlay');
  const before = await overlay.innerHTML();
  const start = widget.getByRole('slider', { name: /Start/ });
  await start.focus();
  await page.keyboard.press('ArrowUp');
  await expect(widget.locator('[data-status]')).toContainText('From w₀ = −2.19');
  await expect.poll(() => overlay.innerHTML()).not.toBe(before);
  await expect(widget.locator('.plot-figure > svg[data-kept]')).toHaveCount(1);
});

test('clicking the curve picks the start, on the build’s frame (before any Plot is loaded)', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const frame = widget.locator('.plot-figure > svg.plot-frame:visible');
  await expect(frame).toHaveCount(1);
  const box = await frame.boundingBox();
  if (!box) throw new Error('no figure');
  // Where w = 1 lies: the x axis runs from −2.5 to 2.5 between the margins (40 px and 20 px of the
  // frame's own width, its viewBox).
  const drawnWidth = await frame.evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
  const xOf = (w: number) => box.x + ((40 + ((w + 2.5) / 5) * (drawnWidth - 60)) * box.width) / drawnWidth;
  await page.mouse.click(xOf(1), box.y + box.height * 0.5);
  await expect(widget.locator('[data-status]')).toContainText('settled in the global minimum');
  const picked = Number((await widget.getByRole('slider', { name: /Start/ }).getAttribute('aria-valuetext')) ?? 'x');
  expect(Math.abs(picked - 1)).toBeLessThan(0.02);
  await page.mouse.click(xOf(-1.5), box.y + box.height * 0.5);
  await expect(widget.locator('[data-status]')).toContainText('settled in the local minimum');
  expect(await plotLoadsOnPage(page)).toBe(0);
});

test('many starts: the keyboard toggles the mode and the status counts the basins', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const before = await drawingOf(widget, allFigures);
  await widget.getByRole('checkbox', { name: /Many starts/ }).focus();
  await page.keyboard.press('Space');
  await expect(widget.locator('[data-status]')).toHaveText(
    '40 starts from −2.4 to 2.4 with α = 0.05: 20 end in the local minimum (w = −1.2), 20 in the global minimum (w = 1.6).',
  );
  await expect.poll(() => drawingOf(widget, allFigures)).not.toBe(before);
  // The starts are drawn in the widget's figure worker: the page itself never loaded Plot.
  await expect(widget.locator('.plot-figure > svg:not(.plot-frame) [data-mark="rule"]')).toHaveCount(2);
  expect(await plotLoadsOnPage(page)).toBe(0);
  await expect(widget.getByRole('list', { name: 'Where each start ends' }).getByRole('listitem')).toHaveText([
    'ends in the local minimum',
    'ends in the global minimum',
    'has not settled or diverged',
  ]);
  // Past 2/4.48 ≈ 0.446 the global minimum cannot hold a run.
  await page.goto(`${page_}?minima.many=1&minima.lr=0.45`);
  const wild = await openWidget(page, name);
  await expect(wild.locator('[data-status]')).toContainText('21 have not settled after 60 steps, 1 diverge');
  await expectNoBadNumbers(wild);
});

test('a learning rate that throws the run out stops it and says why', async ({ page }) => {
  await page.goto(`${page_}?minima.lr=1&minima.start=-2.4`);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText(/From w₀ = −2\.4: stopped at step \d+: .*too large/);
  await expectNoBadNumbers(widget);
});

test('the state lives in the URL; a broken parameter falls back with a message', async ({ page }) => {
  await page.goto(`${page_}?minima.start=0.3&minima.step=3`);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText('From w₀ = 0.3, step 3:');
  const status = await statusOf(widget);
  // The widget has applied the link's state and written nothing back: the link is still the URL.
  await urlSettled(page);
  await expect(page).toHaveURL(/minima\.start=0\.3&minima\.step=3/);
  await page.reload();
  await expect((await openWidget(page, name)).locator('[data-status]')).toHaveText(status);

  await page.goto(`${page_}?minima.start=7&minima.many=maybe`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText('start="7" is outside -2.4 to 2.4; using 2.4');
  await expect(broken.locator('[data-messages]')).toContainText('many="maybe" is not 1 or 0');
  await expectNoBadNumbers(broken);
});

test('without JavaScript the page still shows the figure', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(page_);
  await expect(page.locator(`[data-widget="${name}"] .plot-figure svg:visible`)).toHaveCount(1);
  await expect(page.locator(`[data-widget="${name}"] [data-status]`)).toContainText('From w₀ = −2.2');
  await context.close();
});

test('in Chinese: labels and the status line follow the page’s language', async ({ page }) => {
  await page.goto('/zh-cn/chapters/local-minima/');
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(widget.locator('.widget__title')).toHaveText('梯度下降会找到哪个极小值？');
  await expect(status).toContainText(
    '从 w₀ = −2.2 出发，第 60 步：w = −1.2，损失 = −0.634。它已停在局部极小值（w = −1.2），那里的斜率为 ',
  );
  const start = widget.getByRole('slider', { name: /起点 w₀/ });
  await start.focus();
  await page.keyboard.press('End');
  await expect(status).toContainText(
    '从 w₀ = 2.4 出发，第 60 步：w = 1.6，损失 = −1.37。它已停在全局最小值（w = 1.6）',
  );
  await widget.getByRole('checkbox', { name: '多个起点（40 个）' }).focus();
  await page.keyboard.press('Space');
  await expect(status).toHaveText(
    '从 −2.4 到 2.4 均匀取 40 个起点，α = 0.05：20 个停在局部极小值（w = −1.2），20 个停在全局最小值（w = 1.6）。',
  );
  await expect(widget.getByRole('img', { name: '两个极小值的吸引域，40 个起点' })).toHaveCount(1);
  await expectNoBadNumbers(widget);
});
