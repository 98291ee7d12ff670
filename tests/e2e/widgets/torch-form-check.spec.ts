import { expect, test } from '@playwright/test';
import { drawingOf, expectNoBadNumbers, openWidget, plotLoadsOnPage, statusOf } from '../helpers.ts';

// Several chart redraws per test; the shared CI machine can be slow.
test.describe.configure({ timeout: 120_000 });

const momentumPage = '/chapters/momentum/';
const nesterovPage = '/chapters/nesterov/';
const name = 'torch-form-check';

test('momentum: the forms agree at a constant α and part when α is halved (keyboard)', async ({ page }) => {
  await page.goto(momentumPage);
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toContainText(/Over 200 steps at a constant α the largest difference between the two paths is (0|\d(\.\d+)?×10⁻¹[⁵⁶])/);
  const drawing = await drawingOf(widget, '.widget__figure');
  const toggle = widget.getByRole('checkbox', { name: 'Halve α after step 10' });
  await toggle.focus();
  await page.keyboard.press('Space');
  // Issue #22, point 5: the difference is large enough to see, and the chart marks where α halves.
  await expect(status).toContainText('With α halved after step 10, the two forms part: the largest difference is 0.797.');
  await expect.poll(() => drawingOf(widget, '.widget__figure')).not.toBe(drawing);
  await expect(widget.locator('.plot-figure svg').getByText('α halved')).toHaveCount(1);
  await expectNoBadNumbers(widget);
  // The axes and the halving mark are drawn in the widget's figure worker: the page loads no Plot (issue #21).
  expect(await plotLoadsOnPage(page)).toBe(0);
});

test('momentum: the μ slider reacts to the keyboard', async ({ page }) => {
  await page.goto(momentumPage);
  const widget = await openWidget(page, name);
  const before = await statusOf(widget);
  const drawing = await drawingOf(widget, '.widget__figure');
  const mu = widget.getByRole('slider', { name: /Momentum μ/ });
  await mu.focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowLeft');
  await expect(mu).toHaveAttribute('aria-valuetext', '0.5');
  await expect.poll(() => drawingOf(widget, '.widget__figure')).not.toBe(drawing);
  await expect(widget.locator('[data-status]')).toContainText('Over 200 steps');
  expect(await statusOf(widget)).toMatch(/largest difference/);
  expect(before).toMatch(/largest difference/);
});

test('nag: PyTorch’s parameters are the look-ahead points', async ({ page }) => {
  await page.goto(nesterovPage);
  const widget = await openWidget(page, name);
  await expect(widget.locator('[data-status]')).toContainText(/Over 200 steps at a constant α the largest difference between the two paths is (0|\d(\.\d+)?×10⁻¹[⁵⁶])/);
  await expect(widget.getByRole('checkbox')).toHaveCount(0);
  const select = widget.getByRole('combobox', { name: 'Loss' });
  await select.focus();
  await select.selectOption('ravine');
  await expect(widget.locator('[data-status]')).toContainText(/largest difference between the two paths is \d(\.\d+)?×10⁻¹[⁵⁶]/);
  await expectNoBadNumbers(widget);
});

test('a link reproduces the state; a broken parameter falls back with a message', async ({ page }) => {
  await page.goto(`${momentumPage}?torch.decay=1&torch.problem=illConditioned`);
  const widget = await openWidget(page, name);
  await expect(widget.getByRole('checkbox', { name: 'Halve α after step 10' })).toBeChecked();
  await expect(widget.getByRole('combobox', { name: 'Loss' })).toHaveValue('illConditioned');
  await expect(widget.locator('[data-status]')).toContainText('the two forms part');

  await page.goto(`${momentumPage}?torch.decay=maybe`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText('decay="maybe" is not 1 or 0; using the default.');
  await expectNoBadNumbers(broken);
});

test('without JavaScript the page still shows the figure and PyTorch’s rule', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(nesterovPage);
  await expect(page.locator(`[data-widget="${name}"] .plot-figure svg:visible`)).toHaveCount(1);
  await expect(page.locator(`[data-widget="${name}"] [data-status]`)).toContainText('largest difference');
  // The rule is the module's LaTeX (src/engine/optim-forms/torch-latex.ts), rendered at build time.
  const nagRule = page.getByRole('group', { name: /PyTorch’s update rule, SGD\(momentum=μ, nesterov=True\)/ });
  await expect(nagRule.locator('.katex')).toHaveCount(1);
  await expect(nagRule.locator('annotation')).toContainText('u_t &= u_{t-1} - \\alpha\\, (g_t + \\mu\\, b_t)');
  await page.goto(momentumPage);
  const rule = page.getByRole('group', { name: /PyTorch’s update rule, SGD\(momentum=μ\),/ });
  await expect(rule.locator('annotation')).toContainText('w_t &= w_{t-1} - \\alpha\\, b_t');
  await context.close();
});

test('nag on the steep valley: a learning rate above NAG’s limit stops the run and says why', async ({ page }) => {
  // NAG's limit there is α < 2(1 + μ)/((1 + 2μ)·20) ≈ 0.073 at μ = 0.6 (the chapter's numbers).
  await page.goto(`${nesterovPage}?torch-nag.problem=illConditioned&torch-nag.lr=0.1&torch-nag.mu=0.6`);
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(status).toContainText('Stopped at step 20: The loss exceeded 10¹² at step 20');
  await expect(status).toContainText('Over 19 steps at a constant α the largest difference between the two paths is 6.11×10⁻¹⁰');
  await expectNoBadNumbers(widget);
  // Back under the limit from the keyboard: the run completes.
  const lr = widget.getByRole('slider', { name: /Learning rate α/ });
  await lr.focus();
  await page.keyboard.press('Home');
  await expect(status).not.toContainText('Stopped');
  await expect(status).toContainText('Over 200 steps at a constant α');
});

test('in Chinese: labels, the status line and link messages are Chinese', async ({ page }) => {
  const zh = '/zh-cn/chapters/momentum/';
  await page.goto(zh);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const widget = await openWidget(page, name);
  const status = widget.locator('[data-status]');
  await expect(widget.locator('.widget__title')).toHaveText('Momentum：本课程的形式与 PyTorch 的形式');
  await expect(status).toContainText(/^α 保持不变时，200 步内两条路径的最大差值为 (0|\d(\.\d+)?×10⁻¹[⁵⁶])：(只有舍入误差|连最后一位都完全相同)。$/);
  await expect(widget.getByRole('list', { name: '图例' })).toContainText('PyTorch SGD(momentum)：参数（圆点）');
  await expect(widget.getByRole('combobox', { name: '损失函数' })).toHaveValue('twoMinima');
  const toggle = widget.getByRole('checkbox', { name: '第 10 步之后把 α 减半' });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(status).toContainText('第 10 步之后 α 减半，两种形式就分道扬镳了：最大差值为 0.797。');

  await page.goto(`${zh}?torch.decay=maybe`);
  const broken = await openWidget(page, name);
  await expect(broken.locator('[data-messages]')).toContainText('链接参数 decay="maybe" 不是 1 或 0，改用默认值。');

  await page.goto('/zh-cn/chapters/nesterov/');
  const nag = await openWidget(page, name);
  await expect(nag.locator('.widget__title')).toHaveText('NAG：本课程的形式与 PyTorch 的形式');
  await expect(nag.getByRole('list', { name: '图例' })).toContainText('本课程的 NAG：前瞻点 w − μv');
});
