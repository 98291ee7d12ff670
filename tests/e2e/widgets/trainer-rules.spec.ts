import { expect, test } from '@playwright/test';
import { applyHyper, defaultSettings } from '../../../components/widgets/lib/optimizer-settings.ts';
import { buildTrainerSetup, trainerLrs, trainerStatus } from '../../../components/widgets/Trainer/model.ts';
// The engine's numbers for a rule racer, in Node, as the page's rule island computes them.
import '../../../components/widgets/lib/with-rules.ts';
import { optimizerTitles } from '../../../src/engine/optim/index.ts';
import { expectNoBadNumbers, openWidget, statusLine, statusOf, urlSettled } from '../helpers.ts';

/**
 * The Trainer with an update rule among its racers (content/chapters/playground.mdx,
 * `net-rules`, the page's second trainer): one page load. The rule has its own panel, curves and status entry, and one epoch
 * from the keyboard gives, to the digit, what the engine gives for the same networks in Node; its
 * rate is a slider whose value the link keeps.
 */
test.describe.configure({ timeout: 90_000 });

const sign = 'param lr = 0.01 in [1e-5, 10]\nw = w - lr * sign(g)';

test('a rule racer trains beside the built-ins: panel, curves, status, the engine’s numbers', async ({ page }) => {
  await page.goto('/chapters/playground/');
  const widget = await openWidget(page, 'trainer', 1);
  await expect(widget).toHaveAttribute('id', 'net-rules');
  const panels = widget.locator('[data-panel]');
  await expect(panels).toHaveCount(3);
  expect(await panels.evaluateAll((els) => els.map((el) => el.getAttribute('data-panel')))).toEqual([
    'sgd',
    'adam',
    'rule',
  ]);
  await expect(widget.locator('[data-panel="rule"] .trainer__panel-title')).toHaveText('signSGD');
  await expect(widget.getByRole('img', { name: /signSGD/ })).toBeVisible();
  await expect(statusLine(widget)).toContainText('Not trained yet');

  const epoch = widget.getByRole('button', { name: 'One epoch' });
  await epoch.focus();
  await page.keyboard.press('Enter');
  await expect(statusLine(widget)).toContainText('Epoch 1 (step 21)');
  const { sideBySide, keys } = buildTrainerSetup({
    dataset: 'moons',
    hidden: [8, 8],
    activation: 'tanh',
    batchSize: 10,
    seed: 1,
    selected: ['sgd', 'adam'],
    settings: applyHyper(defaultSettings(trainerLrs), { sgd: { lr: 0.3 }, adam: { lr: 0.01 } }),
    rules: [{ key: 'rule', label: 'signSGD', source: sign, params: {} }],
  });
  sideBySide.run(21);
  const titles = { ...optimizerTitles, rule: 'signSGD' };
  expect(await statusOf(widget)).toBe(trainerStatus(sideBySide, keys, 21, undefined, undefined, titles));
  await expect(widget.locator('[data-loss-line="rule"][data-set="train"]')).toHaveAttribute(
    'd',
    /^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/,
  );
  // Its own colour: not one of the two built-ins'.
  const strokes = await widget
    .locator('[data-set="train"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('stroke')));
  expect(new Set(strokes).size).toBe(3);
  await expectNoBadNumbers(widget);

  // The rule's rate is a slider, as a built-in's, and the link keeps it (<id>.rl).
  const rate = widget.getByRole('slider', { name: 'signSGD α' });
  await expect(rate).toHaveAttribute('aria-valuetext', /^0\.01/);
  await rate.focus();
  await page.keyboard.press('ArrowRight');
  await expect(statusLine(widget)).toContainText('Not trained yet');
  await urlSettled(page);
  expect(new URL(page.url()).searchParams.get('net-rules.rl')).toMatch(/^rule:0\.01\d*$/);
});
