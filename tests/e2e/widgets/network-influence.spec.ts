import { expect, test } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, openWidget, statusOf } from '../helpers.ts';

const page_ = '/chapters/weights-and-outputs/';
const name = 'network-influence';

test('arrow keys on the diagram choose weights; the reached units and the status follow', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toContainText(
    'Weight w(1)[2,3] = 0.326 reaches 5 of 8 hidden units and the output; output ŷ = −0.397, loss = 0.804.',
  );
  await expect(widget.locator('circle[data-reached]')).toHaveCount(6);
  const drawing = await drawingOf(widget);
  const diagram = widget.getByRole('group', { name: /Network diagram/ });
  await diagram.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  // Two layers to the right: a weight into the output, which reaches no hidden unit.
  await expect(status).toContainText(/Weight w\(3\)\[1,\d\] = .* feeds the output directly/);
  await expect(widget.locator('circle[data-reached]')).toHaveCount(1);
  await expect.poll(() => drawingOf(widget)).not.toBe(drawing);
  await expect(widget.getByRole('combobox', { name: 'Weight' })).toHaveValue(/^(2[89]|3[01])$/);
  await expectNoBadNumbers(widget);
});

test('an output weight’s source unit shows its value h, equal to the slope the text promises (issue #22, point 8)', async ({
  page,
}) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  await widget.getByRole('button', { name: 'Into the output' }).click();
  const unitValue = widget.locator('svg [data-unit-value]');
  await expect(unitValue).toHaveCount(1);
  const slope = await widget.locator('.influence-readout div').first().locator('dd').innerText();
  await expect(unitValue).toHaveText(`h = ${slope}`);
  await widget.getByRole('button', { name: 'Near the input' }).click();
  await expect(unitValue).toHaveCount(0);
});

test('nudging the weight from the keyboard changes the output, and the read-out shows the prediction', async ({
  page,
}) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  await widget.getByRole('button', { name: 'Into the output' }).click();
  const slider = widget.getByRole('slider', { name: /Value of w\(3\)/ });
  const before = await statusOf(widget);
  const drawing = await drawingOf(widget);
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => statusOf(widget)).not.toBe(before);
  await expect(widget.locator('[data-status]')).toContainText(/\(was −0\.397\)/);
  await expect(widget.locator('svg text').filter({ hasText: 'was −0.397' })).toHaveCount(1);
  await expect.poll(() => drawingOf(widget)).not.toBe(drawing);
  // For an output weight the output is linear in it: predicted and actual changes agree.
  const readout = widget.locator('.influence-readout');
  const predicted = await readout.locator('div', { hasText: 'predicted' }).locator('dd').innerText();
  const actual = await readout.locator('div', { hasText: 'actual' }).locator('dd').innerText();
  expect(predicted).toBe(actual);
  expect(predicted).not.toBe('0');
  await expectNoBadNumbers(widget);
});

test('a link reproduces the state', async ({ page }) => {
  await page.goto(`${page_}?net.weight=20&net.shift=1&net.target=-1`);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText(/Weight w\(2\)\[3,1\] = -?[\d.]+ \(was -?[\d.]+\)/);
  await expect(widget.getByRole('slider', { name: 'Target y' })).toHaveAttribute('aria-valuetext', '−1');
  const status = await statusOf(widget);
  await page.reload();
  const again = await openWidget(page, name);
  await expect(again.locator('[data-status]')).toHaveText(status);
});

test('a broken link parameter falls back with a message', async ({ page }) => {
  await page.goto(`${page_}?net.weight=99&net.shift=oops`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText('weight="99" is outside 0 to 31; using 31');
  await expect(broken.locator('[data-messages]')).toContainText('shift="oops" is not a usable number');
  await expectNoBadNumbers(broken);
});

test('clicking an edge chooses that weight', async ({ page }) => {
  await page.goto(page_);
  const widget = await openWidget(page, name);
  // A forced click skips Playwright's wait for the element to hold still, and the page can still
  // move as blocks above are laid out (CI once clicked beside the edge): click until it lands. Only
  // a click on this edge can select w(1)[1,1].
  await expect(async () => {
    await widget.locator('[data-weight="0"] .edge-hit').click({ force: true });
    await expect(widget.locator('[data-status]')).toContainText('Weight w(1)[1,1]', { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
});

test('without JavaScript the page still shows the diagram', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(page_);
  await expect(page.locator(`[data-widget="${name}"] svg line`)).toHaveCount(64);
  await expect(page.locator(`[data-widget="${name}"] [data-status]`)).toContainText('reaches 5 of 8 hidden units');
  await context.close();
});

test('in Chinese: labels and the status line follow the page’s language', async ({ page }) => {
  await page.goto('/zh-cn/chapters/weights-and-outputs/');
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toHaveText('权重 w(1)[2,3] = 0.326，能影响 8 个隐藏单元中的 5 个以及输出；输出 ŷ = −0.397，损失 = 0.804。');
  await expect(widget.getByRole('button', { name: '通向输出' })).toHaveCount(1);
  const diagram = widget.getByRole('group', { name: /网络示意图/ });
  await diagram.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(status).toContainText(/^权重 w\(3\)\[1,\d\] = -?[\d.]+，直接连到输出；输出 ŷ = −0\.397，损失 = 0\.804。$/);
  await expect(widget.getByRole('slider', { name: /w\(3\)\[1,\d\] 的值/ })).toHaveCount(1);
  await expect(widget.locator('svg text').filter({ hasText: '未改变' })).toHaveCount(1);
  await expectNoBadNumbers(widget);
});
