import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrateAll, nextFrame, urlSettled, watchForErrors } from './helpers.ts';
import { englishChapterPages } from './pages.ts';

/**
 * Bad input, for every widget on every chapter, found from the build. First every control at its
 * extremes: each slider to its minimum and its maximum (Home, End), each select through every
 * option, each toggle both ways. After every change the widget must show no "NaN" or "Infinity",
 * in its text, in its drawings' attributes or in what a screen reader is told (aria-*), and the
 * page must log no error (a NaN in a path's `d` is logged by the browser, not thrown). Controls
 * are taken in page order and nothing is reset, so the later ones are tried with the earlier ones
 * at their maximum (a learning rate at its largest, a run at its longest): the harder case. Then,
 * from the link those changes wrote, each of its parameters replaced by hostile values: nothing
 * may break (no error, no NaN / Infinity / "undefined" on screen, no dialog, no injected markup),
 * and a bad parameter is answered with a visible message. One test per chapter (CI time: the
 * extremes pass once made the link the hostile values start from, in a test of its own that
 * loaded the chapter and moved every slider again).
 */
// Widgets behave the same in every language; the bad input goes to the English pages (the Chinese
// ones get the accessibility and no-JavaScript checks of quality.spec.ts and the fuzzed links of
// i18n.spec.ts, whose messages must be Chinese).
const chapters = englishChapterPages();

const hostile = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '-1e308',
  '-1',
  '',
  'x'.repeat(1000),
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'constructor',
  '__proto__',
  'javascript:alert(1)',
];

/** Everything a reader can change. Buttons that only act (Play, Step, Reset, Copy) are left out. */
const controlSelector = [
  'input[type="range"]',
  'select',
  'input[type="checkbox"]',
  'input[type="radio"]',
  'button[aria-pressed]',
  '[role="switch"]',
].join(', ');

/** NaN or Infinity written out anywhere a reader (or their screen reader) would meet it. */
async function badNumbers(widget: Locator): Promise<string[]> {
  return widget.evaluate((root: HTMLElement) => {
    const bad = /\bNaN\b|\bInfinity\b/;
    const found: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      const inSvg = el instanceof SVGElement;
      for (const attr of el.attributes) {
        if ((inSvg || attr.name.startsWith('aria-')) && bad.test(attr.value)) {
          found.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value.slice(0, 120)}">`);
        }
      }
    }
    const text = root.innerText.match(/.{0,40}\b(?:NaN|Infinity)\b.{0,40}/);
    if (text) found.push(`text: …${text[0]}…`);
    return found;
  });
}

/** What a control is, for the failure message: its kind and its accessible label. */
const describe = (control: Locator): Promise<string> =>
  control.evaluate((el: HTMLElement) => {
    const labelled = el.getAttribute('aria-labelledby');
    const name =
      el.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      '';
    const kind = el instanceof HTMLInputElement ? `input[${el.type}]` : el.tagName.toLowerCase();
    return `${kind} "${name.trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
  });

/** Tries every control of one widget: the changes made, and each after which something was wrong. */
async function tryExtremes(
  page: Page,
  widget: Locator,
  errors: string[],
): Promise<{ changes: number; problems: string[] }> {
  const problems: string[] = [];
  let changes = 0;
  const check = async (what: string) => {
    changes++;
    await nextFrame(page);
    const bad = await badNumbers(widget);
    const logged = errors.splice(0);
    if (bad.length > 0 || logged.length > 0) problems.push(`${what}: ${[...bad, ...logged].join('; ')}`);
  };
  // Settings folded away in <details> are controls too; the Share menu in the widget's head is not
  // a control of what the widget shows (tests/e2e/embed.spec.ts tries its classroom panel).
  await widget.evaluate((root: HTMLElement) =>
    root.querySelectorAll('details').forEach((d) => (d.open = d.closest('.widget__head') === null)),
  );
  const controls = widget.locator(`:is(${controlSelector}):not(.widget__head *)`);
  // Counted on each pass: a select may bring other sliders in (a different optimizer's settings).
  for (let i = 0; i < (await controls.count()); i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible()) || !(await control.isEnabled())) continue;
    const name = await describe(control);
    const tag = await control.evaluate((el) => (el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase()));
    if (tag === 'range') {
      for (const key of ['Home', 'End'] as const) {
        await control.press(key);
        await check(`${name} ${key}`);
      }
    } else if (tag === 'select') {
      const values = await control
        .locator('option:not([disabled])')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      for (const value of values) {
        await control.selectOption(value);
        await check(`${name} = ${value}`);
      }
    } else {
      // Checkboxes, radios and pressed buttons: on and back (a radio stays on; its group's others come in turn).
      for (const pass of ['once', 'twice'] as const) {
        await control.click();
        await check(`${name} clicked ${pass}`);
      }
    }
  }
  await urlSettled(page);
  await check('after the last change');
  return { changes: changes - 1, problems };
}

/** No NaN, undefined, Infinity or [object Object] in the page's text, and no markup injected from a link. */
async function expectCleanScreen(page: Page): Promise<void> {
  // The page's own text, without the messages that quote the reader's bad input back to them.
  const text = await page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const m of copy.querySelectorAll('[data-messages]')) m.remove();
    return copy.innerText || copy.textContent || '';
  });
  const bad = /.{0,60}\b(NaN|undefined|Infinity)\b.{0,60}|\[object Object\]/.exec(text);
  expect(bad?.[0] ?? null).toBeNull();
  // Nothing from a link parameter became markup: no injected image or script.
  const injected = await page.evaluate(
    () => document.querySelectorAll('img[src="x"]').length + [...document.scripts].filter((s) => s.text.includes('alert(1)')).length,
  );
  expect(injected).toBe(0);
}

/** The link made by the extremes pass, each parameter replaced by each hostile value in turn, then unknown parameters. */
async function hostileLinks(page: Page, path: string): Promise<void> {
  const keys = [...new URL(page.url()).searchParams.keys()];
  expect(keys.length, 'the widgets put their state in the URL').toBeGreaterThan(0);
  // A long value goes to a few parameters per load: every parameter at once made a URL over the
  // 16 KB a server reads in one request (the playground has 22 parameters).
  const loads = hostile.flatMap((value) => {
    const perLoad = Math.max(1, Math.floor(12_000 / (encodeURIComponent(value).length + 40)));
    return Array.from({ length: Math.ceil(keys.length / perLoad) }, (_, i) => ({ value, keys: keys.slice(i * perLoad, (i + 1) * perLoad) }));
  });
  const start = page.url();
  for (const { value, keys: some } of loads) {
    const url = new URL(start);
    for (const key of some) url.searchParams.set(key, value);
    await page.goto(url.toString());
    await hydrateAll(page);
    // Every widget has read the hostile link and drawn what it made of it.
    await urlSettled(page);
    await expectCleanScreen(page);
    if (value !== '' && !/^-?\d/.test(value)) {
      await expect(page.locator('[data-widget] [data-messages]').filter({ hasText: /./ }).first()).toBeVisible();
    }
  }
  // Unknown parameters are ignored.
  await page.goto(`${path}?nope.x=1&${encodeURIComponent('<b>')}=1`);
  await hydrateAll(page);
  await expectCleanScreen(page);
}

/**
 * States no control reaches, given by a link: the Race started at Rosenbrock's minimum (every loss
 * 0, so a log axis of the gap had one value and its paths read "NaN").
 */
const linkedStates = ['/chapters/playground/?race.start=1,1'];

for (const path of linkedStates) {
  test(`${path}: shows no NaN and logs no error`, async ({ page }) => {
    const errors = await watchForErrors(page);
    await page.goto(path);
    await hydrateAll(page);
    const widgets = page.locator('[data-widget]');
    const found: string[] = [];
    for (let w = 0; w < (await widgets.count()); w++) found.push(...(await badNumbers(widgets.nth(w))));
    expect([...found, ...errors]).toEqual([]);
  });
}

for (const path of chapters) {
  test(`${path}: every widget control at its extremes shows no NaN and logs no error; hostile link parameters break nothing`, async ({ page }) => {
    test.setTimeout(420_000); // dozens of controls on the playground, each redrawing whole runs, then ~15 loads
    const errors = await watchForErrors(page);
    await page.goto(path);
    await hydrateAll(page);
    const widgets = page.locator('[data-widget]');
    const count = await widgets.count();
    const problems: string[] = [];
    for (let w = 0; w < count; w++) {
      const widget = widgets.nth(w);
      const name = await widget.getAttribute('data-widget');
      await widget.scrollIntoViewIfNeeded();
      const before = await badNumbers(widget);
      if (before.length > 0 || errors.length > 0)
        problems.push(`${name} on load: ${[...before, ...errors.splice(0)].join('; ')}`);
      const tried = await tryExtremes(page, widget, errors);
      for (const problem of tried.problems) problems.push(`${name} #${w}: ${problem}`);
      // In the report, so a control the test stopped reaching shows as a smaller number.
      test.info().annotations.push({ type: 'changes', description: `${name} #${w}: ${tried.changes}` });
    }
    expect(problems).toEqual([]);
    await expectCleanScreen(page);
    await hostileLinks(page, path);
    // A request cut short because the next link was loaded is no fault (site.spec.ts and
    // quality.spec.ts count failed requests on every page's own load).
    const aborted = (error: string) => error.startsWith('request failed: ') && error.endsWith('(net::ERR_ABORTED)');
    expect(errors.filter((error) => !aborted(error)), 'console errors, exceptions or failed requests with hostile links').toEqual([]);
  });
}
