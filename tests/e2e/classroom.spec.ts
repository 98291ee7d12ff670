/**
 * Classroom links on embed pages (#19): hide=, lock= and caption=0 act on exactly the named
 * controls, before hydration as after it, and a reader's keyboard focus survives the hydration.
 */
import { expect, test } from '@playwright/test';
import { statusOf } from './helpers.ts';
import { embedWidget, watchErrors } from './embeds.ts';

test('classroom flags hide and lock exactly the named controls; unknown names are noted, not fatal', async ({
  page,
}) => {
  const errors = await watchErrors(page);
  await page.goto('/embed/introduction/gd/?gd.lr=0.3&hide=start,nosuch&lock=lr&caption=0&step=4');
  const widget = await embedWidget(page);
  await expect(widget.locator('[data-control="start"]')).toBeHidden();
  await expect(widget.locator('[data-control][hidden]')).toHaveCount(1);
  await expect(widget.getByRole('slider', { name: /learning rate/i })).toBeDisabled();
  await expect(widget.locator('input:disabled, select:disabled')).toHaveCount(1);
  await expect(widget.getByRole('slider', { name: 'Step' })).toBeEnabled();
  await expect(widget.getByRole('slider', { name: 'Step' })).toHaveValue('4');
  await expect(widget.locator('.widget__title')).toHaveClass(/visually-hidden/);
  expect(await statusOf(widget)).toContain('(nosuch)');
  // The course link carries the state, not the flags, and lands at the widget.
  // The widget writes its state into the page's URL after a short debounce; the link reads the URL
  // when it is focused or clicked. So: wait for the URL, then focus the link (focused earlier, on a
  // slow machine, it kept the URL of before the write, as a reader's click would not).
  await expect(page).toHaveURL(/[?&]gd\.step=4(&|$)/);
  const open = page.getByRole('link', { name: 'Open in the course' });
  await open.focus();
  await expect(open).toHaveAttribute('href', /\/chapters\/introduction\/\?gd\.lr=0\.3&gd\.step=4#gd$/);
  // Its Share menu starts from the page's own flags (known names only), so embed code copied here keeps them.
  await widget.getByText('Share', { exact: true }).click();
  await expect(widget.getByRole('checkbox', { name: /^Hide start\b/ })).toBeChecked();
  await expect(widget.getByRole('checkbox', { name: /^Lock lr\b/ })).toBeChecked();
  await expect(widget.getByRole('checkbox', { name: /^Hide lr\b/ })).not.toBeChecked();
  const reshared = new URL((await widget.locator('[data-classroom-link]').getAttribute('href')) ?? '');
  expect(reshared.pathname).toBe('/embed/introduction/gd/');
  expect(Object.fromEntries(reshared.searchParams)).toEqual({
    'gd.lr': '0.3',
    'gd.step': '4',
    hide: 'start',
    lock: 'lr',
    caption: '0',
  });
  await page.keyboard.press('Escape');

  // The race: a racer's card by its name, the playback buttons by theirs; a locked card is disabled
  // throughout; start (a URL parameter set by dragging on the map, no control) is no name, while
  // seed (a control shown only with noise) is one.
  await page.goto('/embed/playground/race/?hide=adam,play,start&lock=sgd,seed');
  const race = await embedWidget(page);
  await expect(race.locator('[data-control="adam"]')).toBeHidden();
  await expect(race.locator('[data-control="play"]')).toBeHidden();
  expect(
    await race.locator('[data-control][hidden]').evaluateAll((els) => els.map((el) => el.getAttribute('data-control'))),
  ).toEqual(['play', 'adam']);
  const sgd = race.locator('[data-control="sgd"]');
  await expect(sgd.locator('input').first()).toBeDisabled();
  await expect(sgd.locator('input:not([disabled]), select:not([disabled]), button:not([disabled])')).toHaveCount(0);
  // Nothing outside the locked card is disabled.
  expect(await race.locator('input:disabled, select:disabled, button:disabled').count()).toBe(
    await sgd.locator('input:disabled, select:disabled, button:disabled').count(),
  );
  expect(await statusOf(race)).toMatch(/\(start\)/);
  // A race given racers: each racer's slider by its key, alone or as <key>.lr.
  await page.goto('/embed/playground/two-rates/?hide=adam-2&lock=adam.lr');
  const racers = await embedWidget(page);
  await expect(racers.getByRole('slider', { name: 'Adam α=0.1 α' })).toBeHidden();
  await expect(racers.getByRole('slider', { name: 'Adam α=0.01 α' })).toBeDisabled();
  expect(await statusOf(racers)).not.toContain('ignored');

  // autoplay=1: the step player runs by itself.
  await page.goto('/embed/introduction/gd/?autoplay=1');
  const playing = await embedWidget(page);
  await expect
    .poll(async () => Number(await playing.getByRole('slider', { name: 'Step' }).inputValue()))
    .toBeGreaterThan(1);

  // Chinese, dark, no flags: everything shown and enabled.
  await page.goto('/zh-cn/embed/introduction/gd/?theme=dark');
  const zh = await embedWidget(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(zh.locator('[data-control][hidden], input:disabled')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '在课程中打开' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('keyboard focus taken before hydration stays on its element; hide= and lock= hold before hydration too', async ({
  page,
}) => {
  // The embedding guide's live example. Its island's script is held until the focus is in the
  // widget: a reader tabbing in while the widget loads. The locked and hidden controls are so
  // from the first paint (the layout's script), so the focus cannot land on one that hydration
  // then disables or hides (it fell to the body: CI, 5 Dec).
  const errors = await watchErrors(page);
  const p = '/embed/introduction/gd/?gd.lr=0.3&hide=start&lock=lr&caption=0';
  const html = await (await page.request.get(p)).text();
  const script = /component-url="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(script).toMatch(/\.js$/);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === script,
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.goto(p);
  const widget = page.locator('.widget[data-widget]');
  const flagged = () =>
    widget.evaluate((root) => ({
      hidden: [...root.querySelectorAll('[data-control][hidden]')].map((el) => el.getAttribute('data-control')),
      disabled: [...root.querySelectorAll(':disabled')].map((el) =>
        el.closest('[data-control]')?.getAttribute('data-control'),
      ),
      title: root.querySelector('.widget__title')?.className,
    }));
  const before = await flagged();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const element = document.activeElement;
    (window as unknown as { focusedBefore: Element | null }).focusedBefore = element;
    return element?.closest('.widget') !== null && element !== document.body;
  });
  expect(focused, 'the first Tab lands in the widget').toBe(true);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
  release();
  await embedWidget(page);
  // The flags' render has run (the Share menu shows once mounted, after it).
  await expect(widget.locator('summary.share__summary')).toBeVisible();
  expect(
    await page.evaluate(
      () => document.activeElement === (window as unknown as { focusedBefore: Element | null }).focusedBefore,
    ),
    'the focus stays on the element it was on before hydration',
  ).toBe(true);
  await expect(page.getByRole('slider', { name: 'Step' })).toBeFocused();
  // What the flags hide and lock was so before hydration already, and hydration changed none of it.
  expect(before).toEqual({ hidden: ['start'], disabled: ['lr'], title: 'widget__title visually-hidden' });
  expect(await flagged()).toEqual(before);
  // The script that does it is allowed by the page's CSP (no violation reported).
  expect(errors).toEqual([]);
});
