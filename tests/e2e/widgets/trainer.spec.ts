import { expect, test, type Locator, type Page } from '@playwright/test';
import { applyHyper, defaultSettings } from '../../../components/widgets/lib/optimizer-settings.ts';
import {
  buildTrainerSetup,
  trainerHorizon,
  trainerLrs,
  trainerStatus,
} from '../../../components/widgets/Trainer/model.ts';
import { expectNoBadNumbers, gotoWidget, liveOverlay, statusLine, statusOf, urlSettled } from '../helpers.ts';

const page_ = '/chapters/playground/';
test.describe.configure({ timeout: 90_000 });

/** The playground with `query`, its trainer widget opened. */
const open = (page: Page, query = ''): Promise<Locator> => gotoWidget(page, `${page_}${query}`, 'trainer');

/** The loss curves (paths on the chart's live overlay; the chart's Plot holds the axes only). */
const curvesOf = (widget: Locator) => widget.locator(`.trainer__loss ${liveOverlay}`).evaluate((el) => el.innerHTML);

/** A decision-boundary canvas's pixels, as text. */
const pixelsOf = (widget: Locator, name: string) =>
  widget
    .locator(`[data-panel="${name}"] canvas`)
    .evaluate((canvas: HTMLCanvasElement) =>
      Array.from(canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data).join(),
    );

/** How many distinct colours a decision-boundary canvas holds (1 = blank or flat). */
const coloursOf = (widget: Locator, name: string) =>
  widget.locator(`[data-panel="${name}"] canvas`).evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return seen.size;
  });

test('one epoch from the keyboard: every optimizer trains from the same weights; curves, boundaries and status change', async ({
  page,
}) => {
  const widget = await open(page);
  await expect(statusLine(widget)).toContainText('Not trained yet (same initial weights for all)');
  const first = /Gradient descent train (\S+), test (\S+);/.exec(await statusOf(widget))!;
  await expect(statusLine(widget)).toContainText(`Adam train ${first[1]}, test ${first[2]}`);
  const drawing = await curvesOf(widget);
  const epoch = widget.getByRole('button', { name: 'One epoch' });
  await epoch.focus();
  await page.keyboard.press('Enter');
  // 210 training rows in batches of 10: 21 steps per epoch.
  await expect(statusLine(widget)).toContainText('Epoch 1 (step 21)');
  await expect.poll(() => curvesOf(widget)).not.toBe(drawing);
  // Two points per curve now: the initial weights and the end of epoch 1.
  await expect(widget.locator('[data-loss-line="adam"][data-set="train"]')).toHaveAttribute(
    'd',
    /^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/,
  );
  await expect.poll(() => coloursOf(widget, 'adam')).toBeGreaterThan(20);
  await expectNoBadNumbers(widget);
});

test('Train runs live and pauses', async ({ page }) => {
  const widget = await open(page);
  const train = widget.getByRole('button', { name: 'Train' });
  await train.focus();
  await page.keyboard.press('Enter');
  await expect(statusLine(widget)).toContainText(/Epoch [1-9]\d* \(step \d+\)/, { timeout: 15_000 });
  await widget.getByRole('button', { name: 'Pause' }).click();
  const paused = await statusOf(widget);
  // A fixed window on purpose: the test proves that no training step comes once paused.
  await page.waitForTimeout(500);
  expect(await statusOf(widget)).toBe(paused);
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(statusLine(widget)).toContainText('Not trained yet');
});

test('live training (in small pieces per frame) is the very run of the engine, and the losses fall', async ({
  page,
}) => {
  const widget = await open(page);
  const initial = await statusOf(widget);
  const train = widget.getByRole('button', { name: 'Train' });
  await train.focus();
  await page.keyboard.press('Enter');
  await expect(statusLine(widget)).toContainText(/Epoch ([3-9]|\d\d+) \(step \d+\)/, { timeout: 30_000 });
  await page.keyboard.press('Enter'); // the same button, now Pause
  await expect(widget.getByRole('button', { name: 'Train' })).toBeVisible();
  const paused = await statusOf(widget);
  const steps = Number(/\(step (\d+)\)/.exec(paused)![1]);
  // The same configuration trained by the engine in one go, in Node: the same numbers, to the digit.
  const { sideBySide: race, names } = buildTrainerSetup({
    dataset: 'moons',
    hidden: [8, 8],
    activation: 'tanh',
    batchSize: 10,
    seed: 1,
    selected: ['sgd', 'momentum', 'adam'],
    settings: applyHyper(defaultSettings(trainerLrs), {}),
  });
  race.run(steps);
  expect(paused).toBe(trainerStatus(race, names, race.trainers[0]!.stepsPerEpoch));
  // Every optimizer's training loss is below its value at the initial weights.
  for (const t of race.trainers) expect(t.history.trainLoss.at(-1)!).toBeLessThan(t.history.trainLoss[0]!);
  expect(initial).toContain('Not trained yet');
  // One point per epoch on each curve, and the panels painted.
  const points = await widget.locator('[data-loss-line="sgd"][data-set="train"]').getAttribute('d');
  expect(points!.split('L').length).toBe(Math.floor(steps / 21) + 1);
  await expect.poll(() => coloursOf(widget, 'sgd')).toBeGreaterThan(20);
});

test('a link sets data set, network, batch and optimizers', async ({ page }) => {
  const widget = await open(
    page,
    '?trainer.ds=xor&trainer.hidden=4&trainer.batch=30&trainer.act=relu&trainer.opt=adam:lr%3D0.05',
  );
  await expect(widget.locator('[data-panel]')).toHaveCount(1);
  await expect(widget).toContainText('network 2–4–1 (relu), batch 30');
  await expect(widget.getByRole('combobox', { name: 'Data set' })).toHaveValue('xor');
  await expect(widget.getByRole('slider', { name: 'Adam α' })).toHaveAttribute('aria-valuetext', '0.05');
  await widget.getByRole('button', { name: 'One epoch' }).click();
  // 210 rows in batches of 30: 7 steps per epoch.
  await expect(statusLine(widget)).toContainText('Epoch 1 (step 7)');
});

test('broken link parameters fall back with messages', async ({ page }) => {
  const widget = await open(page, '?trainer.ds=mnist&trainer.hidden=4-999&trainer.batch=0');
  const messages = widget.locator('[data-messages]');
  await expect(messages).toContainText('ds="mnist" is not one of');
  await expect(messages).toContainText(
    'Link parameter hidden: Hidden layers: "999" is not a whole number from 1 to 32.',
  );
  await expect(messages).toContainText('batch="0" is outside 1 to 210; using 1');
  await expect(widget).toContainText('network 2–8–8–1');
  await expectNoBadNumbers(widget);
});

test('the hidden-layer box refuses bad widths with a message and accepts good ones', async ({ page }) => {
  const widget = await open(page);
  const box = widget.getByRole('textbox', { name: 'Hidden layers' });
  await box.fill('3, 100');
  await box.press('Enter');
  await expect(widget.locator('[data-messages]')).toContainText(
    '"100" is not a whole number from 1 to 32. The network keeps 8, 8.',
  );
  await box.fill('6');
  await box.press('Enter');
  await expect(widget).toContainText('Network: 2–6–1.');
  await expect(page).toHaveURL(/trainer\.hidden=6/);
});

test('a learning rate far too large stops that optimizer and says why', async ({ page }) => {
  const widget = await open(page, '?trainer.opt=sgd:lr%3D10;adam:lr%3D0.01&trainer.act=relu&trainer.hidden=32-32');
  for (let i = 0; i < 5; i++) await widget.getByRole('button', { name: 'One epoch' }).click();
  await expectNoBadNumbers(widget);
  await expect(statusLine(widget)).toContainText(/Adam train \S+, test \S+/);
});

test('without JavaScript the page shows the panels, the data and the status', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(page_);
  // The page's first trainer (the second races a rule).
  const widget = page.locator('[data-widget="trainer"]').first();
  await expect(widget.locator('[data-panel]')).toHaveCount(3);
  // The first panel draws the 300 points; the others show them by a <use> of that drawing.
  const first = widget.locator('[data-panel]').first();
  // Four paths (train or test, class 1 or 0), one circle each point (boundaries.ts's circlesPath).
  const paths = await first
    .locator('svg > g[id] > path')
    .evaluateAll((list) => list.map((p) => p.getAttribute('d') ?? ''));
  expect(paths).toHaveLength(4);
  expect(paths.join('').match(/[Mm]/g)).toHaveLength(300);
  const pointsId = await first.locator('svg > g[id]').getAttribute('id');
  await expect(widget.locator(`[data-panel] svg use[href="#${pointsId}"]`)).toHaveCount(2);
  await expect(widget.locator('.plot-figure svg:visible')).toHaveCount(1);
  await expect(widget.locator('[data-status]')).toContainText('Not trained yet');
  await context.close();
});

test('a schedule and a weight decay from the keyboard change the training, go into the link and come back; AdamW trains', async ({
  page,
}) => {
  const widget = await open(page);
  const epoch = widget.getByRole('button', { name: 'One epoch' });
  await epoch.click();
  await expect(statusLine(widget)).toContainText('Epoch 1 (step 21)');
  const plain = await statusOf(widget);
  const adamw = widget.getByRole('checkbox', { name: 'AdamW', exact: true });
  await adamw.focus();
  await page.keyboard.press('Space');
  await expect(adamw).toBeChecked();
  await widget.locator('[data-optimizer="adam"] summary').focus();
  await page.keyboard.press('Enter');
  const decay = widget.getByRole('slider', { name: 'Adam weight decay λ' });
  await decay.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(decay).toHaveAttribute('aria-valuetext', '0.01');
  const schedule = widget.getByRole('combobox', { name: 'Adam schedule' });
  await schedule.focus();
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
  await expect(schedule).toHaveValue('exponential');
  await expect(widget.getByRole('slider', { name: 'Adam factor γ' })).toHaveAttribute('aria-valuetext', '0.99');
  await expect(statusLine(widget)).toContainText('Not trained yet');
  await epoch.focus();
  await page.keyboard.press('Enter');
  await expect(statusLine(widget)).toContainText('Epoch 1 (step 21)');
  const trained = await statusOf(widget);
  expect(trained).not.toBe(plain);
  // The same configuration trained by the engine in Node: the same numbers, to the digit.
  const settings = applyHyper(
    defaultSettings(trainerLrs),
    { adam: { weightDecay: 0.01, schedule: { name: 'exponential' } } },
    trainerHorizon,
  );
  const { sideBySide, names } = buildTrainerSetup({
    dataset: 'moons',
    hidden: [8, 8],
    activation: 'tanh',
    batchSize: 10,
    seed: 1,
    selected: ['sgd', 'momentum', 'adam', 'adamw'],
    settings,
  });
  sideBySide.run(21);
  expect(trained).toBe(trainerStatus(sideBySide, names, 21));
  expect(trained).toContain('AdamW train');
  await urlSettled(page);
  const opt = new URL(page.url()).searchParams.get('trainer.opt');
  expect(opt).toContain('adam:lr=0.01,b1=0.9,b2=0.999,eps=1e-8,bc=1,wd=0.01,sch=exponential,sg=0.99');
  expect(opt).toContain('adamw:lr=0.01');
  const again = await open(page, new URL(page.url()).search);
  await again.locator('[data-optimizer="adam"] summary').click();
  await expect(again.getByRole('combobox', { name: 'Adam schedule' })).toHaveValue('exponential');
  await expect(again.getByRole('slider', { name: 'Adam weight decay λ' })).toHaveAttribute('aria-valuetext', '0.01');
  await again.getByRole('button', { name: 'One epoch' }).click();
  await expect(statusLine(again)).toHaveText(trained);
});

type PanelPaint = { panel: string; inFrame: boolean };
type PaintWindow = Window & { __paints: PanelPaint[] };

/**
 * Records every decision-boundary paint (a putImageData on a panel's canvas): which panel, and
 * whether it ran inside an animation frame callback.
 */
const recordPanelPaints = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as PaintWindow;
    w.__paints = [];
    let inFrame = 0;
    const request = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) =>
      request((time) => {
        inFrame++;
        try {
          callback(time);
        } finally {
          inFrame--;
        }
      });
    const proto = CanvasRenderingContext2D.prototype;
    const put = Object.getOwnPropertyDescriptor(proto, 'putImageData')!.value as (...args: unknown[]) => void;
    proto.putImageData = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
      const panel = this.canvas.closest('[data-panel]')?.getAttribute('data-panel');
      if (panel) w.__paints.push({ panel, inFrame: inFrame > 0 });
      put.apply(this, args);
    };
  });

/** The paints recorded since the last call. */
const paintsSince = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as PaintWindow;
    return w.__paints.splice(0);
  });

/** Waits until every panel of the widget has been painted since the last call; returns those paints. */
async function untilEveryPanelPainted(page: Page, widget: Locator): Promise<PanelPaint[]> {
  const panels = await widget
    .locator('[data-panel]')
    .evaluateAll((list) => list.map((p) => p.getAttribute('data-panel')));
  const seen: PanelPaint[] = [];
  await expect
    .poll(async () => {
      seen.push(...(await paintsSince(page)));
      return panels.every((p) => seen.some((s) => s.panel === p));
    })
    .toBe(true);
  return seen;
}

test('outside training the panels are painted after the paint, not in an animation frame; while training, in the frames', async ({
  page,
}) => {
  await recordPanelPaints(page);
  const widget = await open(page);
  // Hydration: every panel painted, outside a frame.
  const first = await untilEveryPanelPainted(page, widget);
  expect(first.filter((p) => p.inFrame)).toEqual([]);
  // A new data set from the keyboard: the new networks' boundaries, outside a frame.
  const before = await pixelsOf(widget, 'adam');
  const dataSet = widget.getByRole('combobox', { name: 'Data set' });
  await dataSet.focus();
  await page.keyboard.press('ArrowDown');
  await expect(dataSet).not.toHaveValue('moons');
  const changed = await untilEveryPanelPainted(page, widget);
  expect(changed.filter((p) => p.inFrame)).toEqual([]);
  expect(await pixelsOf(widget, 'adam')).not.toBe(before);
  // One epoch: painted again, outside a frame.
  await widget.getByRole('button', { name: 'One epoch' }).click();
  await expect(statusLine(widget)).toContainText('Epoch 1 (step 21)');
  expect((await untilEveryPanelPainted(page, widget)).filter((p) => p.inFrame)).toEqual([]);
  // The theme: painted again in the new background colour, outside a frame.
  const light = await pixelsOf(widget, 'adam');
  await page.evaluate(() => {
    document.documentElement.dataset.theme = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
  });
  const themed = await untilEveryPanelPainted(page, widget);
  expect(themed.filter((p) => p.inFrame)).toEqual([]);
  expect(await pixelsOf(widget, 'adam')).not.toBe(light);
  // Training: the snapshots are painted in the frames that train (panels, curves and status show one step).
  await widget.getByRole('button', { name: 'Train' }).click();
  await expect(statusLine(widget)).toContainText(/Epoch ([3-9]|\d\d+) \(step \d+\)/, { timeout: 30_000 });
  await widget.getByRole('button', { name: 'Pause' }).click();
  const trained = await paintsSince(page);
  expect(trained.some((p) => p.inFrame)).toBe(true);
});
