import { expect, test, type Page } from '@playwright/test';
import { openWidget } from './widgets/helpers.ts';

/**
 * A widget's figures ship two frames drawn at build time (640 px for laptops, 360 px for phones).
 * Once the widget hydrates it keeps the frame on screen while that frame fits the figure and shows
 * the widget's current state, and Observable Plot is not even loaded until a figure must be
 * redrawn (components/widgets/lib/PlotFigure.tsx, plot.ts).
 */
const chapter = '/chapters/introduction/';
const plotChunk = /\/_astro\/plot-package\.[\w-]+\.js$/;

/** Paths of the scripts the page requests from now on. */
function scriptsRequested(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

for (const { width, shown, hidden } of [
  { width: 1280, shown: 'wide', hidden: 'narrow' },
  { width: 360, shown: 'narrow', hidden: 'wide' },
]) {
  test(`at ${width}px a widget keeps the build's ${shown} frame and loads Plot only when something changes`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const scripts = scriptsRequested(page);
    await page.goto(chapter);
    const widget = await openWidget(page, 'gd-parabola');
    const figure = widget.locator('.plot-figure').first();
    // Effects run after the first paint; a redraw would replace the frames within this time (the
    // link-parameter test below sees it happen).
    await page.waitForTimeout(600);
    await expect(figure.locator(`:scope > .plot-frame--${shown}`)).toBeVisible();
    await expect(figure.locator(`:scope > .plot-frame--${hidden}`)).toBeHidden();
    expect(scripts.filter((path) => plotChunk.test(path))).toEqual([]);

    await widget.getByRole('button', { name: 'Step' }).click();
    await expect(widget.locator('[data-status]')).toContainText('step 1');
    await expect(figure.locator(':scope > .plot-frame')).toHaveCount(0);
    const box = await figure.boundingBox();
    await expect(figure.locator(':scope > svg')).toHaveAttribute('width', String(Math.round(box!.width)));
    expect(scripts.filter((path) => plotChunk.test(path))).toHaveLength(1);
  });
}

test('a link whose parameters change the state redraws the figures at once', async ({ page }) => {
  await page.goto(`${chapter}?gd.lr=0.3`);
  const widget = await openWidget(page, 'gd-parabola');
  await expect(widget.locator('.plot-figure').first().locator(':scope > .plot-frame')).toHaveCount(0);
  await expect(widget.locator('.plot-figure').first().locator(':scope > svg')).toHaveCount(1);
});

test('a figure much wider than the laptop frame is redrawn at its own width', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/chapters/playground/');
  const race = await openWidget(page, 'race');
  const figure = race.locator('.plot-figure').first();
  const width = Math.round((await figure.boundingBox())!.width);
  expect(width / 640).toBeGreaterThan(1.25);
  await expect(figure.locator(':scope > .plot-frame')).toHaveCount(0);
  await expect(figure.locator(':scope > svg')).toHaveAttribute('width', String(width));
});

test('without JavaScript a phone shows the narrow frame and a laptop the wide one', async ({ browser }) => {
  for (const { width, shown, hidden } of [
    { width: 360, shown: 'narrow', hidden: 'wide' },
    { width: 1280, shown: 'wide', hidden: 'narrow' },
  ]) {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(chapter);
    const figure = page.locator('[data-widget="gd-parabola"] .plot-figure').first();
    await expect(figure.locator(`:scope > .plot-frame--${shown}`)).toBeVisible();
    await expect(figure.locator(`:scope > .plot-frame--${hidden}`)).toBeHidden();
    const text = await figure.locator(`:scope > .plot-frame--${shown} text`).first().boundingBox();
    // The frame's 10 px tick labels show at 8 px or more.
    expect(text!.height, `label height at ${width}px`).toBeGreaterThanOrEqual(8);
    await context.close();
  }
});
