import { expect, test } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, openWidget, statusOf, urlSettled } from '../helpers.ts';

const page_ = '/chapters/introduction/';

test('the learning-rate slider reacts to the keyboard and the status line follows', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, 'gd-parabola');
  const lr = widget.getByRole('slider', { name: /Learning rate/ });
  await expect(lr).toHaveAttribute('aria-valuetext', '0.1');
  const before = await statusOf(widget);
  await lr.focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
  await expect(lr).not.toHaveAttribute('aria-valuetext', '0.1');
  await expect.poll(() => statusOf(widget)).not.toBe(before);
  await expect(widget.locator('[data-status]')).toContainText(/With α = 0\.[2-9]/);
  await expectNoBadNumbers(widget);
});

test('stepping moves the iterate down the curve and redraws', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, 'gd-parabola');
  await expect(widget.locator('[data-status]')).toContainText('step 0: w = 2.5, loss = 6.25');
  const drawing = await drawingOf(widget);
  const step = widget.getByRole('button', { name: 'Step' });
  await step.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  // w2 = 2.5 * 0.8^2 = 1.6, loss 2.56
  await expect(widget.locator('[data-status]')).toContainText('step 2: w = 1.6, loss = 2.56');
  await expect.poll(() => drawingOf(widget)).not.toBe(drawing);
});

test('a learning rate past the bound diverges, stops and says why', async ({ page }) => {
  await page.goto(`${page_}?gd.lr=1.4&gd.step=40`);
  const widget = await openWidget(page, 'gd-parabola');
  await expect(widget.locator('[data-status]')).toContainText(/Stopped at step \d+/);
  await expectNoBadNumbers(widget);
});

test('the state lives in the URL: a link reproduces the view, a broken parameter falls back with a message', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, 'gd-parabola');
  await widget.getByRole('button', { name: 'Step' }).click();
  await expect(page).toHaveURL(/gd\.step=1/);
  const status = await statusOf(widget);
  await page.reload();
  const again = await openWidget(page, 'gd-parabola');
  await expect(again.locator('[data-status]')).toHaveText(status);

  await page.goto(`${page_}?gd.lr=banana&gd.start=1e308`);
  const broken = await openWidget(page, 'gd-parabola');
  await expect(broken.locator('[data-messages]')).toContainText('lr="banana" is not a usable number; using 0.1');
  await expect(broken.locator('[data-messages]')).toContainText('start="1e308" is outside -3 to 3; using 3');
  await expect(broken.getByRole('slider', { name: /Start/ })).toHaveAttribute('aria-valuetext', '3');
  await expectNoBadNumbers(broken);
});

test('the page says when the URL holds the state: data-url-pending lists gd from the change until the write lands', async ({ page }) => {
  await page.goto(`${page_}?gd.step=2`);
  const widget = await openWidget(page, 'gd-parabola');
  await expect(widget.locator('[data-status]')).toContainText('step 2:');
  // The link was read: nothing is pending, and the link is unchanged.
  await urlSettled(page);
  expect(new URL(page.url()).search).toBe('?gd.step=2');
  // Every change of the attribute, with the query string at that moment.
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { urlLog: string[] }).urlLog = log;
    const html = document.documentElement;
    new MutationObserver(() => log.push(`${html.getAttribute('data-url-pending') ?? ''}|${location.search}`)).observe(html, {
      attributeFilter: ['data-url-pending'],
    });
  });
  await widget.getByRole('button', { name: 'Step' }).click();
  await urlSettled(page);
  const log = await page.evaluate(() => (window as unknown as { urlLog: string[] }).urlLog);
  // Listed before the URL changed, cleared once it holds step 3.
  expect(log[0]).toBe('gd|?gd.step=2');
  expect(log.at(-1)).toBe('|?gd.step=3');
});

test('without JavaScript the page still shows the figure', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(page_);
  const figure = page.locator('[data-widget="gd-parabola"] .plot-figure svg:visible');
  await expect(figure).toHaveCount(1);
  await expect(page.locator('[data-widget="gd-parabola"] [data-status]')).toContainText('step 0');
  await context.close();
});

test('a press and a slider moved before the widget hydrates are done once it has', async ({ page }) => {
  // The island's module is held back until the reader has acted on the build's markup, as on a
  // slow phone or a link that opens at the widget (src/site/islands/early-input.ts).
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/GdParabolaIsland\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(page_);
  const widget = page.locator('[data-widget="gd-parabola"]');
  await widget.scrollIntoViewIfNeeded();
  const island = widget.locator('xpath=ancestor::astro-island[1]');
  await expect(island).toHaveAttribute('ssr', '');
  const step = widget.getByRole('button', { name: 'Step' });
  await step.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const lr = widget.getByRole('slider', { name: /Learning rate/ });
  await lr.focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
  await expect(island).toHaveAttribute('ssr', '');
  release();
  await expect(island).not.toHaveAttribute('ssr');
  // Two steps, then a larger α (which keeps the step): w₂ = 2.5 (1 − 2α)², no longer 1.6.
  await expect(widget.locator('[data-status]')).toContainText('step 2: w = ');
  await expect(lr).not.toHaveAttribute('aria-valuetext', '0.1');
  await expect(widget.locator('[data-status]')).not.toContainText('w = 1.6');
  await expect(page).toHaveURL(/gd\.step=2/);
});
