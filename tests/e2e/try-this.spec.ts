import { expect, test, type Locator, type Page } from '@playwright/test';
import { logPosition } from '../../components/widgets/lib/log-slider.ts';
import { openWidget, statusLine } from './helpers.ts';

/**
 * "Try this" claims that a reader, doing what the text says, once found contradicted by the widget
 * (each was corrected in both languages; tests/unit/content/ checks the numbers against the engine
 * and both editions' wording). Here the built page is driven as the text says, one page load per
 * chapter, and the status line must show what the English text on that page says it shows.
 */

// Whole runs are recomputed on each change; the shared CI machine can be slow.
test.describe.configure({ timeout: 90_000 });

/** The page's "Try this" text (all of its blocks), where the claim must be written: textContent, since innerText is empty for a block the browser skips rendering (content-visibility). */
const tryThisText = async (page: Page): Promise<string> =>
  (await page.locator('.callout--try').allTextContents()).join(' ').replace(/\s+/g, ' ');

/** Moves a range input to the end from the keyboard, as a reader presses End on it. */
async function toEnd(slider: Locator): Promise<void> {
  await slider.focus();
  await slider.press('End');
}

test('introduction: at α 0.01 the parabola run is still at w = 1.11 after 40 steps; at 0.5 it lands on 0 in one step', async ({
  page,
}) => {
  await page.goto('/chapters/introduction/');
  const widget = await openWidget(page, 'gd-parabola');
  const lr = widget.getByRole('slider', { name: /Learning rate/ });
  await lr.fill(String(logPosition(0.01, 0.001, 1.5)));
  await expect(lr).toHaveAttribute('aria-valuetext', '0.01');
  await toEnd(widget.getByRole('slider', { name: /^Step/ }));
  await expect(statusLine(widget)).toContainText('step 40: w = 1.11,');
  // At 0.5 (a snap point) the factor 1 − 2α is 0: one step to the bottom, no overshoot.
  await lr.fill(String(logPosition(0.5, 0.001, 1.5)));
  await expect(lr).toHaveAttribute('aria-valuetext', '0.5');
  await expect(statusLine(widget)).toContainText('w = 0, loss = 0. With α = 0.5 the run lands on 0 in one step');
  const text = await tryThisText(page);
  expect(text).toContain('is still at 1.11, where');
  expect(text).toContain('0.5 it lands on 0 in one step');
});

test('momentum: with noise σ 2, α 0.032 gives momentum 0.11 and the status line’s gradient descent 0.0775', async ({
  page,
}) => {
  await page.goto('/chapters/momentum/');
  const widget = await openWidget(page, 'momentum-ravine');
  const status = statusLine(widget);
  await widget.getByRole('slider', { name: /Gradient noise/ }).fill('2');
  await expect(status).toContainText('mean loss over steps 61–120: GD 0.475, Momentum 0.577');
  const lr = widget.getByRole('slider', { name: /Learning rate/ });
  await lr.fill(String(logPosition(0.032, 0.001, 0.2)));
  await expect(status).toContainText('mean loss over steps 61–120: GD 0.0775, Momentum 0.11.');
  const text = await tryThisText(page);
  expect(text).toContain('about a quarter of the 0.475 gradient descent averaged at that effective step');
  expect(text).toContain('and averages 0.078');
});

test('after Adam: AdamW’s weights at step 1,000 with λ 0.1, and a warm-up of 50 and 100 steps', async ({ page }) => {
  await page.goto('/chapters/after-adam/');
  const decay = await openWidget(page, 'decay-compare');
  await decay.getByRole('slider', { name: /Weight decay/ }).fill('0.1');
  await toEnd(decay.getByRole('slider', { name: /^Step/ }));
  await expect(statusLine(decay)).toContainText('AdamW has w = 0.911, 0.985, 0.953, 0.945');
  const schedule = await openWidget(page, 'schedule-view');
  await schedule.getByRole('combobox', { name: /Schedule/ }).selectOption('warmup-cosine');
  const warmup = schedule.getByRole('slider', { name: /Warm-up length/ });
  await warmup.fill('50');
  await expect(statusLine(schedule)).toContainText('last 50 steps: 0.0025 with this schedule');
  await expect(statusLine(schedule)).toContainText('Adam’s first step: 0.01 with this schedule');
  await warmup.fill('100');
  await expect(statusLine(schedule)).toContainText('last 50 steps: 0.00348 with this schedule');
  const text = await tryThisText(page);
  expect(text).toContain('values at step 1,000 (0.91 to 0.99) jitter around that');
  expect(text).toContain('its last 50 steps average 0.0025, against 0.0022 at');
});

test('playground: on the saddle at the default rates the momentum methods sit on it; noise 0.1 frees them', async ({
  page,
}) => {
  await page.goto('/chapters/playground/');
  const race = await openWidget(page, 'race');
  await race.getByRole('combobox', { name: /Surface/ }).selectOption('saddle');
  const shown = race.getByRole('slider', { name: /Step shown/ });
  await shown.fill('75');
  await expect(statusLine(race)).toContainText('Momentum 0.25, Nesterov (NAG) 0.25');
  await toEnd(shown);
  await expect(statusLine(race)).toContainText('Gradient descent 0.543, Momentum 0.239, Nesterov (NAG) 0.237');
  await race.getByRole('slider', { name: /Gradient noise/ }).fill('0.1');
  await toEnd(shown);
  await expect(statusLine(race)).toContainText('Momentum 0.0731, Nesterov (NAG) 0.0614');
  expect(await tryThisText(page)).toContain('Momentum and Nesterov reach it by step 75 and sit on it');
});

test('write your own: momentum with its two lines swapped is stopped at step 259', async ({ page }) => {
  await page.goto('/chapters/write-your-own-optimizer/');
  const cell = await openWidget(page, 'rule-cell', 1);
  const source = cell.getByRole('textbox', { name: /Update rule/ });
  const lines = (await source.inputValue()).trimEnd().split('\n');
  await source.fill([...lines.slice(0, -2), lines.at(-1), lines.at(-2)].join('\n'));
  await toEnd(cell.getByRole('slider', { name: /^Step/ }));
  await expect(statusLine(cell)).toContainText('Your rule 8.72e+11 (stopped at step 259)');
  expect(await tryThisText(page)).toContain('until the cell stops it at step 259');
});

test('weights and outputs: with the target at the output a nudge barely changes the loss', async ({ page }) => {
  await page.goto('/chapters/weights-and-outputs/');
  const widget = await openWidget(page, 'network-influence');
  const status = statusLine(widget);
  await expect(status).toContainText('output ŷ = −0.397, loss = 0.804');
  // The nearest step of 0.05 to ŷ = −0.397.
  await widget.getByRole('slider', { name: /Target/ }).fill('-0.4');
  await expect(status).toContainText('loss = 1.1×10⁻⁵');
  const weight = widget.getByRole('slider', { name: /Value of/ });
  await weight.focus();
  await weight.press('ArrowRight');
  await expect(status).toContainText('loss = 1.69×10⁻⁵');
  await weight.press('ArrowLeft');
  await weight.press('ArrowLeft');
  await expect(status).toContainText('loss = 9.06×10⁻⁶');
  expect(await tryThisText(page)).toContain('nudging a weight now barely changes it');
});
