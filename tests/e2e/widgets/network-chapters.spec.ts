import { expect, test } from '@playwright/test';
import { expectNoBadNumbers, gotoWidget, statusLine, statusOf } from '../helpers.ts';

/**
 * The trained network of each optimizer chapter (#18): the chapter's optimizer beside its
 * predecessor. Train starts from the keyboard; the status line names both and a step happens.
 */
const chapters = [
  { slug: 'momentum', names: ['Gradient descent', 'Momentum'], steps: false },
  { slug: 'nesterov', names: ['Momentum', 'Nesterov (NAG)'], steps: false },
  { slug: 'adagrad', names: ['Gradient descent', 'Adagrad'], steps: true },
  { slug: 'rmsprop', names: ['Adagrad', 'RMSProp'], steps: true },
] as const;

test.describe.configure({ timeout: 60_000 });

for (const { slug, names, steps } of chapters) {
  test(`${slug}: the network trains from the keyboard with ${names.join(' and ')}`, async ({ page }) => {
    const widget = await gotoWidget(page, `/chapters/${slug}/`, 'trainer');
    await expect(statusLine(widget)).toContainText('Not trained yet');
    const train = widget.getByRole('button', { name: 'Train' });
    await train.focus();
    await page.keyboard.press('Enter');
    await expect(statusLine(widget)).toContainText(/Epoch \d+ \(step [1-9]\d*\)/, { timeout: 20_000 });
    await widget.getByRole('button', { name: 'Pause' }).press('Enter');
    const status = await statusOf(widget);
    for (const name of names) expect(status).toContain(`${name} train `);
    // The per-weight step table: one row per optimizer, numbers once a step has been taken.
    const table = widget.getByRole('table');
    await expect(table).toHaveCount(steps ? 1 : 0);
    if (steps)
      for (const name of names)
        await expect(table.getByRole('row', { name: new RegExp(`^${name}`) })).toContainText(/\d/);
    await expectNoBadNumbers(widget);
  });
}
