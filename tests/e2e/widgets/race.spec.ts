import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { fmt } from '../../../components/widgets/lib/format.ts';
import { defaultSettings } from '../../../components/widgets/lib/optimizer-settings.ts';
import { raceLrs } from '../../../components/widgets/Race/model.ts';
import { computeSweep } from '../../../components/widgets/Race/sweep.ts';
import { classicOptimizerNames, optimizerTitles } from '../../../src/engine/optim/index.ts';
import { problems } from '../../../src/engine/problems/index.ts';
import { drawingOf, expectNoBadNumbers, gotoWidget, openWidget, statusLine, statusOf, urlSettled } from '../helpers.ts';

const page_ = '/chapters/playground/';
// The page holds two large widgets; allow slow machines time to hydrate them.
test.describe.configure({ timeout: 90_000 });
/**
 * The map's overlay drawn in the browser. Until the map's frame is known after hydration, the
 * build's overlays (one per frame width, their clip paths named `…-clip-640` and `…-clip-360`)
 * are still there: reading those made a later comparison with the live one meaningless.
 */
const liveOverlay = (widget: Locator) =>
  widget.locator('.scaled-plot__overlay:not([class*="scaled-plot__overlay--"])').first();
const overlayOf = (widget: Locator) => liveOverlay(widget).evaluate((el) => el.innerHTML);

/** The playground with `query`, its race widget opened. */
const open = (page: Page, query = ''): Promise<Locator> => gotoWidget(page, `${page_}${query}`, 'race');

test('a learning-rate slider reacts to the keyboard: trajectories, loss lines and status follow', async ({ page }) => {
  const widget = await open(page, '?race.step=100');
  const lr = widget.getByRole('slider', { name: 'Adam α' });
  await expect(lr).toHaveAttribute('aria-valuetext', '0.05');
  const before = await statusOf(widget);
  const drawing = await overlayOf(widget);
  await lr.focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  await expect(lr).not.toHaveAttribute('aria-valuetext', '0.05');
  await expect.poll(() => statusOf(widget)).not.toBe(before);
  await expect.poll(() => overlayOf(widget)).not.toBe(drawing);
  await expect(page).toHaveURL(/race\.opt=.*adam%3Alr%3D0\.1/);
  await expectNoBadNumbers(widget);
});

test('step, play and pause move every optimizer along its path', async ({ page }) => {
  const widget = await open(page);
  await expect(statusLine(widget)).toContainText('Step 0 of 300 on Rosenbrock');
  const step = widget.getByRole('button', { name: 'Step', exact: true });
  await step.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(statusLine(widget)).toContainText('Step 2 of 300 on Rosenbrock');
  const play = widget.getByRole('button', { name: 'Play' });
  await play.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => Number(/Step (\d+)/.exec(await statusOf(widget))?.[1])).toBeGreaterThan(6);
  await widget.getByRole('button', { name: 'Pause' }).click();
  const paused = await statusOf(widget);
  // A fixed window on purpose: the test proves that nothing happens once paused.
  await page.waitForTimeout(300);
  expect(await statusOf(widget)).toBe(paused);
});

test('the start point moves with the arrow keys and with a click on the map', async ({ page }) => {
  const widget = await open(page);
  const map = widget.getByRole('application', { name: /Start point/ });
  await expect(map).toHaveAttribute('aria-label', /x = −1\.2, y = 1\./);
  const before = await statusOf(widget);
  await map.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(map).toHaveAttribute('aria-label', /x = −1\.12, y = 1\.4\./);
  await expect.poll(() => statusOf(widget)).not.toBe(before);
  await expect(page).toHaveURL(/race\.start=-1\.12%2C1\.4/);
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.3);
  await expect(map).not.toHaveAttribute('aria-label', /x = −1\.12/);
  await expect(map).toHaveAttribute('aria-label', /x = 0\.\d+|x = 1\.\d+/);
});

test('changing the surface redraws the contours; the link reproduces the whole view', async ({ page }) => {
  const widget = await open(page);
  const drawing = await drawingOf(widget);
  await widget.getByRole('combobox', { name: 'Surface' }).selectOption('himmelblau');
  await expect.poll(() => drawingOf(widget)).not.toBe(drawing);
  await widget.getByRole('checkbox', { name: 'Nesterov (NAG)' }).uncheck();
  await widget.getByRole('slider', { name: 'Momentum α' }).focus();
  await page.keyboard.press('ArrowRight');
  await widget.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(statusLine(widget)).toContainText('Step 1 of 300 on Himmelblau');
  await urlSettled(page);
  await expect(page).toHaveURL(/race\.s=himmelblau/);
  const shared = page.url();
  const text = await statusOf(widget);
  const again = await open(page, shared.slice(shared.indexOf('?')));
  await expect(statusLine(again)).toHaveText(text);
  await expect(again.getByRole('checkbox', { name: 'Nesterov (NAG)' })).not.toBeChecked();
  await expect(again.getByRole('combobox', { name: 'Surface' })).toHaveValue('himmelblau');
});

test("a surface's contours are traced once: not for a steps key, nor for the first surface chosen again", async ({
  page,
}) => {
  const widget = await open(page);
  // MapFigure marks each tracing 'race:contours' with its clip path's id (this widget's, not the other Race's).
  // The live overlay's: the build's (read in the moment between hydration and the first layout) name
  // no tracing, and the count stayed at 0 on a busy CI machine.
  const clip = await liveOverlay(widget.locator('.race__map')).locator('svg.race__overlay clipPath').getAttribute('id');
  const traced = () =>
    page.evaluate(
      (id) => performance.getEntriesByName('race:contours').filter((m) => (m as PerformanceMark).detail === id).length,
      clip,
    );
  const settled = () => expect(widget.locator('[data-settling]')).toHaveCount(0);
  // None when the build's map is kept at hydration, one when it had to be drawn.
  const first = await traced();
  // Over the build's map, drawn without a window, Plot moved nothing: neither do the runs.
  if (first === 0)
    expect(
      await liveOverlay(widget.locator('.race__map')).locator(':scope > svg > g').first().getAttribute('transform'),
    ).toBeNull();
  const steps = widget.getByRole('slider', { name: 'Steps', exact: true });
  await steps.focus();
  await page.keyboard.press('ArrowRight');
  await expect(statusLine(widget)).toContainText('Step 0 of 310 on Rosenbrock');
  await settled();
  expect(await traced()).toBe(first);
  const surface = widget.getByRole('combobox', { name: 'Surface' });
  await surface.selectOption('himmelblau');
  await expect(statusLine(widget)).toContainText('on Himmelblau');
  await settled();
  // Traced in the change's stages once Plot is loaded; on a page where the reader's first change is
  // this one, Plot may still be loading then, and the map is drawn (and traced) when it is ready.
  // From then on Plot is loaded: a tracing would happen before the race settles.
  await expect.poll(traced).toBe(first + 1);
  // Over the map and the loss axes drawn in the browser, the runs take Plot's half-pixel offset of
  // its marks (this page's device pixel ratio is 1), or they sit beside its minima and grid lines.
  const moved = (figure: string) =>
    liveOverlay(widget.locator(figure)).locator(':scope > svg > g').first().getAttribute('transform');
  await expect.poll(() => moved('.race__map')).toBe('translate(0.5,0.5)');
  await expect.poll(() => moved('.race__loss')).toBe('translate(0.5,0.5)');
  await surface.selectOption('rosenbrock');
  await expect(statusLine(widget)).toContainText('on Rosenbrock');
  await settled();
  expect(await traced()).toBe(first + 1);
  // The optimizer cards are not rendered again for a change of steps, yet a schedule chosen now fits the 310 steps.
  await widget.locator('[data-optimizer="adam"] summary').click();
  await widget.getByRole('combobox', { name: 'Adam schedule' }).selectOption('cosine');
  await expect(widget.getByRole('slider', { name: 'Adam length T' })).toHaveAttribute('aria-valuetext', '310');
});

test('a link sets surface, start, step and per-optimizer settings', async ({ page }) => {
  const widget = await open(
    page,
    '?race.s=illConditioned&race.start=-2,1&race.step=5&race.opt=sgd:lr%3D0.01;adam:lr%3D0.1,b1%3D0.5,bc%3D0',
  );
  await expect(statusLine(widget)).toContainText('Step 5 of 300 on');
  await expect(widget.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await expect(widget.getByRole('slider', { name: 'Adam α' })).toHaveAttribute('aria-valuetext', '0.1');
  await widget.locator('[data-optimizer="adam"] summary').click();
  await expect(widget.getByRole('slider', { name: 'Adam β₁' })).toHaveAttribute('aria-valuetext', '0.5');
  await expect(widget.getByRole('checkbox', { name: 'Adam bias correction' })).not.toBeChecked();
  await expect(widget.getByRole('application', { name: /Start point/ })).toHaveAttribute(
    'aria-label',
    /x = −2, y = 1\./,
  );
});

test('broken link parameters fall back with messages', async ({ page }) => {
  const widget = await open(
    page,
    '?race.s=banana&race.opt=lion:lr%3D1;adam:lr%3D99&race.fn=x%2Bconstructor&race.steps=abc',
  );
  const messages = widget.locator('[data-messages]');
  await expect(messages).toContainText('s="banana" is not one of');
  await expect(messages).toContainText('"lion" is not an optimizer');
  await expect(messages).toContainText('adam lr="99" is outside 0.0001 to 10; using 10');
  await expect(messages).toContainText('Link parameter fn: Unknown name "constructor"');
  await expect(messages).toContainText('steps="abc" is not a usable number');
  await expect(statusLine(widget)).toContainText('on Rosenbrock');
  await expectNoBadNumbers(widget);
});

test('a typed function: a bad one shows where it fails and keeps the previous surface, a good one runs', async ({
  page,
}) => {
  const widget = await open(page);
  await widget.getByRole('combobox', { name: 'Surface' }).selectOption('formula');
  await expect(statusLine(widget)).toContainText('on f(x, y) = x^2 + 10*sin(y)');
  const input = widget.getByRole('textbox', { name: 'f(x, y) =' });
  await input.fill('x^2 + __proto__');
  await input.press('Enter');
  await expect(widget.getByText(/Unknown name "__proto__" at position 7/)).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(statusLine(widget)).toContainText('on f(x, y) = x^2 + 10*sin(y)');
  await input.fill('(x - 1)^2 + 3*(y + 1)^2 + 0.5*sin(4*x)');
  await input.press('Enter');
  await expect(statusLine(widget)).toContainText('on f(x, y) = (x - 1)^2 + 3*(y + 1)^2 + 0.5*sin(4*x)');
  await expect(page).toHaveURL(/race\.fn=/);
  await widget.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(statusLine(widget)).toContainText('Step 1 of 300');
  await expectNoBadNumbers(widget);
  await urlSettled(page);
  const again = await open(page, new URL(page.url()).search);
  await expect(statusLine(again)).toContainText('(x - 1)^2 + 3*(y + 1)^2');
});

test('seeded gradient noise changes the runs, the same seed reproduces them', async ({ page }) => {
  const widget = await open(page, '?race.step=50');
  const clean = await statusOf(widget);
  const noise = widget.getByRole('slider', { name: /Gradient noise/ });
  await noise.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(noise).toHaveAttribute('aria-valuetext', '0.5');
  // The runs follow the slider after its frame is painted: read the status once they have.
  await expect(widget.locator('[data-settling]')).toHaveCount(0);
  await expect.poll(() => statusOf(widget)).not.toBe(clean);
  const noisy = await statusOf(widget);
  await urlSettled(page);
  const again = await open(page, new URL(page.url()).search);
  await expect(statusLine(again)).toHaveText(noisy);
});

test('the learning-rate sweep marks the best rates and can apply them', async ({ page }) => {
  const widget = await open(page, '?race.s=illConditioned&race.opt=sgd:lr%3D0.002');
  const best = widget.locator('[data-best]');
  await expect(best).toContainText(/Best learning rates: Gradient descent 0\.0\d+/);
  await expect(widget.locator('.race__sweep svg').first()).toBeVisible();
  await widget.getByRole('button', { name: 'Use the best learning rates' }).click();
  await expect(widget.getByRole('slider', { name: 'Gradient descent α' })).not.toHaveAttribute(
    'aria-valuetext',
    '0.002',
  );
});

test('after a change the sweep says it is computing, keeps the previous one dimmed, then shows the new one', async ({
  page,
}) => {
  const widget = await open(page);
  const block = widget.locator('[data-sweep-state]');
  const best = widget.locator('[data-best]');
  const apply = widget.getByRole('button', { name: 'Use the best learning rates' });
  await expect(block).toHaveAttribute('data-sweep-state', 'done', { timeout: 30_000 });
  await expect(best).toContainText('Best learning rates:');
  const builtBest = await best.innerText();
  // Hydrated, the Race takes the build's sweep from its markup: no sweep is started (no run count),
  // and the race's runs are ringed on the chart at once.
  await expect(widget.locator('.race__sweep .scaled-plot__overlay circle[data-sweep-ring]')).toHaveCount(
    await widget.locator('.race__legend li').count(),
  );
  await expect(block).not.toHaveAttribute('data-sweep-runs');
  // The computing state is brief (a few frames on a fast machine): record every state the widget
  // passes through, then check that one of them was "computing, previous sweep dimmed, apply off".
  await widget.evaluate((el) => {
    const seen: { state: string | null; stale: boolean; best: string; applyDisabled: boolean }[] = [];
    (window as unknown as { sweepSeen: typeof seen }).sweepSeen = seen;
    const record = () => {
      const apply = Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Use the best'));
      seen.push({
        state: el.querySelector('[data-sweep-state]')?.getAttribute('data-sweep-state') ?? null,
        stale: el.querySelector('.race__sweep--stale') !== null,
        best: el.querySelector('[data-best]')?.textContent ?? '',
        applyDisabled: apply?.disabled ?? false,
      });
    };
    new MutationObserver(record).observe(el, { subtree: true, attributes: true, childList: true, characterData: true });
  });
  const steps = widget.getByRole('slider', { name: 'Steps', exact: true });
  await steps.focus();
  await page.keyboard.press('ArrowLeft');
  // The sweep starts after the paint of the key's frame: wait until it has left the old 'done'
  // (read at once, the old one passed on a loaded machine), then for the new one.
  const computed = () =>
    page.evaluate(() =>
      (window as unknown as { sweepSeen: { state: string | null }[] }).sweepSeen.some((s) => s.state === 'computing'),
    );
  await expect.poll(computed, { timeout: 30_000 }).toBe(true);
  await expect(block).toHaveAttribute('data-sweep-state', 'done', { timeout: 30_000 });
  const seen = await page.evaluate(
    () =>
      (
        window as unknown as {
          sweepSeen: { state: string | null; stale: boolean; best: string; applyDisabled: boolean }[];
        }
      ).sweepSeen,
  );
  expect(seen).toContainEqual({
    state: 'computing',
    stale: true,
    best: 'Computing the sweep for the new settings… Until it is done, the chart shows the previous one, dimmed.',
    applyDisabled: true,
  });
  // Then the new sweep: the same numbers as the sweep computed in one go in Node.
  await expect(block).toHaveAttribute('data-sweep-state', 'done', { timeout: 30_000 });
  await expect(widget.locator('.race__sweep--stale')).toHaveCount(0);
  await expect(apply).toBeEnabled();
  await expect(widget.locator('.race__sweep-block .race__caption')).toContainText('final loss after 290 steps');
  const expected = computeSweep({
    surface: problems.rosenbrock,
    start: [-1.2, 1],
    steps: 290,
    noise: 0,
    seed: 1,
    selected: [...classicOptimizerNames],
    settings: defaultSettings(raceLrs),
  });
  await expect(best).toHaveText(
    `Best learning rates: ${expected.best.map((b) => `${optimizerTitles[b.name]} ${fmt(b.lr)} (loss ${fmt(b.finalLoss)})`).join(', ')}.`,
  );
  // Back to 300 steps: the sweep of 300 steps is kept, and shown again with no run computed and no
  // "computing" state on the way.
  const before = await page.evaluate(() => ({
    slices: performance.getEntriesByName('race:sweep:slice').length,
    seen: (window as unknown as { sweepSeen: unknown[] }).sweepSeen.length,
  }));
  expect(before.slices).toBeGreaterThan(0);
  await page.keyboard.press('ArrowRight');
  await expect(widget.locator('.race__sweep-block .race__caption')).toContainText('final loss after 300 steps');
  await expect(block).toHaveAttribute('data-sweep-state', 'done');
  await expect(best).toHaveText(builtBest);
  await expect(widget.locator('.race__map')).not.toHaveAttribute('data-settling');
  const after = await page.evaluate((from) => {
    const seen = (window as unknown as { sweepSeen: { state: string | null }[] }).sweepSeen.slice(from);
    return { slices: performance.getEntriesByName('race:sweep:slice').length, states: seen.map((s) => s.state) };
  }, before.seen);
  expect(after.slices).toBe(before.slices);
  expect(after.states).not.toContain('computing');
});

test('downloads: CSV and JSON parse, the SVG is well-formed, the PNG has the PNG signature', async ({ page }) => {
  const widget = await open(page, '?race.opt=sgd:lr%3D0.002;adam:lr%3D0.05&race.steps=40');
  // Pressed from the keyboard: twice (clean-clone run 2, and once on 4 Dec) a mouse click focused
  // the CSV button but no click handler ran (no file, no notice), as when the layout moves between
  // the press and the release just after hydration. The download itself is what this test checks.
  const grab = async (name: string) => {
    const button = widget.getByRole('button', { name });
    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
  };
  const csv = await grab('Download the trajectories as CSV');
  expect(csv.name).toBe('race-rosenbrock.csv');
  const rows = csv.body.toString('utf8').trim().split('\n');
  expect(rows[0]).toBe('optimizer,step,x,y,loss,lr,weight_decay,schedule');
  expect(rows).toHaveLength(1 + 2 * 41);
  expect(rows[1]).toMatch(/^sgd,0,-1\.2,1,24\.(2|19999\d*),0\.002,0,constant$/);
  for (const row of rows.slice(1))
    expect(
      row
        .split(',')
        .slice(1, 7)
        .every((v) => Number.isFinite(Number(v))),
    ).toBe(true);

  const json = JSON.parse(
    (await grab('Download the configuration and trajectories as JSON')).body.toString('utf8'),
  ) as {
    config: { surface: string; steps: number };
    runs: {
      optimizer: string;
      spec: { weightDecay: number; schedule: { name: string } };
      points: number[][];
      losses: number[];
    }[];
  };
  expect(json.config).toMatchObject({ surface: 'rosenbrock', steps: 40 });
  expect(json.runs.map((r) => r.optimizer)).toEqual(['sgd', 'adam']);
  expect(json.runs[1]!.points).toHaveLength(41);
  expect(json.runs[1]!.spec).toMatchObject({ weightDecay: 0, schedule: { name: 'constant' } });

  const svg = (await grab('Download the map as SVG')).body.toString('utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).not.toContain('var(--');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      paths: doc.querySelectorAll('.trajectories path').length,
    };
  }, svg);
  expect(parsed).toEqual({ error: 0, paths: 4 });

  const png = (await grab('Download the map as PNG')).body;
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

test('a divergent run stops and the status says why', async ({ page }) => {
  const widget = await open(page, '?race.opt=sgd:lr%3D1&race.step=300');
  // No loss beside the stopped run: its last kept loss is below the 10¹² the reason says it exceeded.
  await expect(statusLine(widget)).toContainText(/loss: Gradient descent \(stopped at step \d+\)/);
  await expect(statusLine(widget)).toContainText('too large');
  await expectNoBadNumbers(widget);
});

test('without JavaScript the page still shows the contour map, the paths and the charts', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(page_);
  // The page's first Race (a second one races a list of racers further down).
  const widget = page.locator('[data-widget="race"]').first();
  // The frames and overlays the page's width calls for (the build ships a laptop's and a phone's).
  await expect(widget.locator('.plot-figure svg:visible')).toHaveCount(3);
  await expect(widget.locator('.race__overlay:visible path')).toHaveCount(12);
  await expect(widget.locator('[data-status]')).toContainText('Step 0 of 300 on Rosenbrock');
  await context.close();
});

test('a schedule and a weight decay from the keyboard change the run, go into the link and come back; AdamW races', async ({
  page,
}) => {
  const widget = await open(page, '?race.step=100');
  const before = await statusOf(widget);
  const drawing = await overlayOf(widget);
  const adamw = widget.getByRole('checkbox', { name: 'AdamW', exact: true });
  await adamw.focus();
  await page.keyboard.press('Space');
  await expect(adamw).toBeChecked();
  await expect(statusLine(widget)).toContainText(/AdamW \d/);
  const withAdamw = await statusOf(widget);
  await widget.locator('[data-optimizer="adam"] summary').focus();
  await page.keyboard.press('Enter');
  const decay = widget.getByRole('slider', { name: 'Adam weight decay λ' });
  await decay.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(decay).toHaveAttribute('aria-valuetext', '0.01');
  const schedule = widget.getByRole('combobox', { name: 'Adam schedule' });
  await schedule.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(schedule).toHaveValue('cosine');
  // The chosen schedule's fields appear, fitted to the run: a cosine over its 300 steps.
  await expect(widget.getByRole('slider', { name: 'Adam length T' })).toHaveAttribute('aria-valuetext', '300');
  await expect.poll(() => statusOf(widget)).not.toBe(withAdamw);
  expect(await statusOf(widget)).not.toBe(before);
  await expect.poll(() => overlayOf(widget)).not.toBe(drawing);
  await urlSettled(page);
  const opt = new URL(page.url()).searchParams.get('race.opt');
  expect(opt).toContain('adam:lr=0.05,b1=0.9,b2=0.999,eps=1e-8,bc=1,wd=0.01,sch=cosine,T=300,min=0');
  expect(opt).toContain('adamw:lr=0.05');
  const status = await statusOf(widget);
  const again = await open(page, new URL(page.url()).search);
  await expect(statusLine(again)).toHaveText(status);
  await expect(again.getByRole('checkbox', { name: 'AdamW', exact: true })).toBeChecked();
  await again.locator('[data-optimizer="adam"] summary').click();
  await expect(again.getByRole('combobox', { name: 'Adam schedule' })).toHaveValue('cosine');
  await expect(again.getByRole('slider', { name: 'Adam weight decay λ' })).toHaveAttribute('aria-valuetext', '0.01');
  await expectNoBadNumbers(again);
});

test('a list of racers: Adam races Adam and a rule, each run keyed in the legend, status and link', async ({
  page,
}) => {
  await page.goto(page_);
  const widget = await openWidget(page, 'race', 1);
  await expect(widget.locator('.race__legend li')).toHaveText(['Adam α=0.01', 'Adam α=0.1', 'signSGD (a rule)']);
  await expect(widget.locator('[data-loss-line]')).toHaveCount(3);
  const status = statusLine(widget);
  await widget.getByRole('button', { name: 'Step', exact: true }).press('Enter');
  await expect(status).toContainText(/loss: Adam α=0\.01 \S+, Adam α=0\.1 \S+, signSGD \(a rule\) \S+\./);
  const before = await statusOf(widget);
  const readLoss = (text: string, label: string) =>
    new RegExp(`${label.replace(/[.()]/g, '\\$&')} (\\S+?)(?=,|\\.\\s|\\.$)`).exec(text)?.[1];
  // The second Adam's rate, from the keyboard: only its run changes, and the link keeps it by key.
  const second = widget.getByRole('slider', { name: 'Adam α=0.1 α' });
  await second.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(second).not.toHaveAttribute('aria-valuetext', '0.1');
  await expect.poll(() => statusOf(widget)).not.toBe(before);
  const after = await statusOf(widget);
  expect(readLoss(after, 'Adam α=0.01')).toBe(readLoss(before, 'Adam α=0.01'));
  expect(readLoss(after, 'Adam α=0.1')).not.toBe(readLoss(before, 'Adam α=0.1'));
  await urlSettled(page);
  expect(new URL(page.url()).searchParams.get('two-rates.lr')).toMatch(/^adam-2:0\.0\d+$/);
  await expectNoBadNumbers(widget);
});
