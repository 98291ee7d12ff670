/**
 * `npm run test:firefox`: the production build (dist/, `npm run build` first) in a stock Firefox
 * (Debian's firefox-esr) over WebDriver BiDi. One browser and one tab for the whole run.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { builtPages, chapterPages } from '../e2e/pages.ts';
import { checkViewport, findFirefox, launchFirefox } from './browser.ts';
import { serveStatic } from './server.ts';
import { exerciseWidgets, formulaProblems, pollUntil, sidewaysOverflow, watchForErrors } from './page-checks.ts';
import { browserExpression, differences, nodeFunctions, nodeProbe, type BrowserAnswer } from './engine-bundle.ts';

const port = Number(process.env['FIREFOX_PORT'] ?? 4418);
const origin = `http://127.0.0.1:${port}`;
/**
 * Screenshots of every chapter, kept as the run's artifact (ignored by git). Not under
 * test-results/, which Playwright empties when it starts.
 */
const shotDir = path.resolve('test-results-firefox');
const pages = builtPages();
const chapters = new Set(chapterPages());
const downloadDir = mkdtempSync(path.join(tmpdir(), 'descent-firefox-'));

let server: Server;
let browser: Browser;
let page: Page;
let watched: Awaited<ReturnType<typeof watchForErrors>>;

beforeAll(async () => {
  mkdirSync(shotDir, { recursive: true });
  server = await serveStatic('dist', port);
  browser = await launchFirefox(findFirefox(), downloadDir);
  page = await browser.newPage();
  await checkViewport(page);
  watched = await watchForErrors(page);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(downloadDir, { recursive: true, force: true });
});

it('finds the built pages', () => {
  expect(pages.length, 'no pages in dist/: run `npm run build` first').toBeGreaterThan(0);
  expect(chapters.size).toBeGreaterThan(0);
});

// The chapters' numbers are computed and checked under Node; a reader's Firefox must compute the
// same ones. Firefox's own Math.sin and Math.cos differ from Node's (V8's fdlibm): the engine's
// ports (src/engine/math) must give Node's bits here. On a blank tab: no page load.
it("the engine computes Node's numbers, bit for bit: datasets, a trainer, surfaces, a formula, each function", async () => {
  const tab = await browser.newPage();
  const answer = JSON.parse((await tab.evaluate(await browserExpression())) as string) as BrowserAnswer;
  await tab.close();
  const node = nodeProbe();
  // How far Firefox's own Math.* is from Node's, for the record (it depends on the version).
  console.log('Firefox Math.* values unlike Node 24 (of 4,000 each):', differences(answer.math, nodeFunctions()));
  const zero = Object.fromEntries(Object.keys(node).map((key) => [key, 0]));
  expect(differences(answer.engine, node)).toEqual(zero);
});

describe('every page in Firefox', () => {
  for (const pagePath of pages) {
    it(`${pagePath}: no error, formulas render, widgets work from the keyboard, nothing scrolls sideways at 360 px`, async () => {
      watched.reset();
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(`${origin}${pagePath}`, { waitUntil: 'load' });
      expect(await formulaProblems(page)).toEqual([]);
      expect(await exerciseWidgets(page)).toEqual([]);
      if (chapters.has(pagePath)) {
        await page.evaluate(() => window.scrollTo(0, 0));
        const name = pagePath.replace(/^\/|\/$/g, '').replace(/\//g, '_');
        await page.screenshot({ path: path.join(shotDir, `${name}.png`), fullPage: true });
      }
      await page.setViewport({ width: 360, height: 800 });
      // Two frames: the resize's layout, then whatever the widgets redraw for the narrow frame.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await sidewaysOverflow(page), 'px wider than a 360 px screen').toBeLessThanOrEqual(0);
      // Fonts still loading when the next page's goto comes are aborted, and Firefox reports the
      // abort ("downloadable font: download failed") on the next page, after its reset (seen once:
      // weights-and-outputs' KaTeX_Caligraphic, reported on write-your-own-optimizer).
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      expect(watched.errors).toEqual([]);
    });
  }
});

describe('Firefox behaviour where browsers differ (the Race on the playground)', () => {
  const race = '[data-widget="race"]';
  const map = `${race} [role="application"]`;

  // A fresh page for each: what one test moves (start, sliders) stays out of the next.
  beforeEach(async () => {
    watched.reset();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(`${origin}/chapters/playground/?race.opt=sgd:lr%3D0.002;adam:lr%3D0.05&race.steps=40`, {
      waitUntil: 'load',
    });
    await page.evaluate((selector) => document.querySelector(selector)!.scrollIntoView({ block: 'start' }), race);
    // The first Race's own island: the playground has a second Race further down, still waiting
    // to hydrate, and a check of "no unhydrated Race anywhere" sat out its whole 30 s every time.
    const hydrated = () => page.$eval(race, (el) => !el.closest('astro-island')?.hasAttribute('ssr'));
    expect(await pollUntil(hydrated, Boolean, 30_000), 'the Race hydrates').toBe(true);
  });

  it('downloads the trajectories as CSV and the map as PNG', async () => {
    const download = async (label: string, file: string) => {
      await page.click(`${race} button[aria-label="${label}"]`);
      // Firefox writes `file.part` first and renames it when the download is complete.
      await pollUntil(
        () => Promise.resolve(readdirSync(downloadDir)),
        (files) => files.includes(file) && !files.some((f) => f.endsWith('.part')),
        10_000,
      );
      return readFileSync(path.join(downloadDir, file));
    };
    const csv = (await download('Download the trajectories as CSV', 'race-rosenbrock.csv'))
      .toString('utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toBe('optimizer,step,x,y,loss,lr,weight_decay,schedule');
    expect(csv).toHaveLength(1 + 2 * 41);
    const png = await download('Download the map as PNG', 'race-rosenbrock.png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(watched.errors).toEqual([]);
  });

  it('a click on the contour map moves the start point', async () => {
    const label = () => page.$eval(map, (el) => el.getAttribute('aria-label') ?? '');
    const before = await label();
    expect(before).toMatch(/x = −1\.2, y = 1\b/);
    await page.$eval(map, (el) => el.scrollIntoView({ block: 'center' }));
    const box = (await (await page.$(map))!.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.3);
    // Three quarters across a map from x = -2 to 2 is near x = 1.
    expect(await pollUntil(label, (text) => text !== before, 5_000)).toMatch(/x = (0\.[5-9]\d*|1\.\d+|1),/);
  });

  it('a range input moves one step with ArrowRight and says its new value', async () => {
    const slider = `${race} input[type="range"]`;
    const read = () =>
      page.$eval(slider, (el) => ({
        value: Number(el.value),
        text: el.getAttribute('aria-valuetext'),
      }));
    await page.$eval(slider, (el) => el.focus());
    const before = await read();
    await page.keyboard.press('ArrowRight');
    const after = await pollUntil(read, (now) => now.text !== before.text, 5_000);
    expect(after.value).toBeGreaterThan(before.value);
    expect(after.text).not.toBe(before.text);
  });

  // Last, after a download on purpose: Firefox's downloads panel once took the page's focus, and
  // Enter on the summary then did nothing (browser.ts turns the panel off).
  it('a <details> opens and closes from its summary, by click and by keyboard', async () => {
    const details = `${race} details`;
    const isOpen = () => page.$eval(details, (el) => el.open);
    expect(await isOpen()).toBe(false);
    await page.click(`${details} > summary`);
    expect(await pollUntil(isOpen, Boolean, 10_000)).toBe(true);
    await page.$eval(`${details} > summary`, (el) => el.focus());
    await page.keyboard.press('Enter');
    expect(await pollUntil(isOpen, (open) => !open, 10_000)).toBe(false);
  });
});

describe('Firefox runs the figure workers (components/widgets/lib/figure-client.ts)', () => {
  it('a new parameter redraws LossSlice’s base in its worker, not on the page', async () => {
    watched.reset();
    const warnings: string[] = [];
    const onConsole = (message: { type(): string; text(): string }) => {
      if (/^warn/.test(message.type())) warnings.push(message.text());
    };
    page.on('console', onConsole);
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(`${origin}/chapters/partial-derivatives/`, { waitUntil: 'load' });
    const widget = '[data-widget="loss-slice"]';
    await page.$eval(widget, (el) => el.scrollIntoView({ block: 'center' }));
    const hydrated = () => page.$eval(widget, (el) => !el.closest('astro-island')?.hasAttribute('ssr'));
    expect(await pollUntil(hydrated, Boolean, 30_000), 'LossSlice hydrates').toBe(true);
    const curve = () =>
      page.$$eval(`${widget} .plot-figure > svg`, (svgs) =>
        svgs
          .filter((svg) => svg.getClientRects().length > 0)
          .map((svg) => svg.querySelector('[data-mark="line"] path')?.getAttribute('d') ?? '')
          .join(' '),
      );
    const before = await curve();
    await page.select(`${widget} select`, '1');
    const after = await pollUntil(curve, (d) => d !== before && d !== '', 15_000);
    expect(after).not.toBe(before);
    expect(after).not.toBe('');
    // Drawn by the worker: the page itself loaded no Plot, and did not fall back to drawing.
    const onPage = await page.evaluate(
      () => performance.getEntriesByType('resource').filter((e) => /plot-package/.test(e.name)).length,
    );
    expect(onPage).toBe(0);
    // Drawn for the page's screen: at pixel ratio 1 Plot moves its marks half a pixel, in the worker too.
    const offsets = await page.$$eval(`${widget} .plot-figure > svg g[transform="translate(0.5,0.5)"]`, (g) => g.length);
    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(1);
    expect(offsets).toBeGreaterThan(0);
    expect(warnings.filter((text) => /worker/.test(text))).toEqual([]);
    expect(watched.errors).toEqual([]);
    page.off('console', onConsole);
  });
});
