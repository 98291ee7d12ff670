import type { Page } from 'puppeteer-core';

/** Polls `read` until `done` holds or `timeout` ms pass; returns the last value read. */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeout: number): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/**
 * Collects what a reader's browser would report while a page is used: console errors (Firefox
 * reports invalid MathML as a page error), uncaught exceptions, CSP violations, failed requests
 * and HTTP errors. `reset` empties the list between pages.
 */
export async function watchForErrors(page: Page): Promise<{ errors: string[]; reset: () => void }> {
  const errors: string[] = [];
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline content'}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error instanceof Error ? error.message : String(error)}`));
  page.on('requestfailed', (request) =>
    errors.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`),
  );
  page.on('response', (response) => {
    // A "not found" page answers 404 on purpose; anything it loads must not.
    const isNotFoundDocument = response.request().isNavigationRequest() && /404/.test(response.url());
    if (response.status() >= 400 && !isNotFoundDocument) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { errors, reset: () => errors.splice(0) };
}

/** KaTeX errors on the page, and formulas that rendered to nothing (no HTML box). */
export const formulaProblems = (page: Page): Promise<string[]> =>
  page.evaluate(() => [
    ...[...document.querySelectorAll('.katex-error')].map((el) => `KaTeX error: ${el.textContent ?? ''}`),
    ...[...document.querySelectorAll('.katex')]
      .filter((el) => !el.querySelector('.katex-html')?.textContent?.trim())
      .map((el) => `formula without rendering: ${el.textContent ?? ''}`),
  ]);

/**
 * What a widget shows: its status text (the `aria-live` line, the controls' read-outs and
 * aria-valuetext, which only the island writes), its drawing (SVG markup) and its canvases'
 * pixels. Not the controls' own values, which the browser moves even before hydration.
 */
const fingerprint = (page: Page, index: number): Promise<string> =>
  page.evaluate((i) => {
    const widget = document.querySelectorAll('[data-widget]')[i];
    if (!widget) return '';
    const status = [...widget.querySelectorAll('[data-status], [aria-live], output')].map((el) => el.textContent ?? '');
    const spoken = [...widget.querySelectorAll('[aria-valuetext]')].map(
      (el) => el.getAttribute('aria-valuetext') ?? '',
    );
    const drawing = [...widget.querySelectorAll('svg')].map((svg) => svg.outerHTML);
    const pixels = [...widget.querySelectorAll('canvas')].map((canvas) => (canvas.width > 0 ? canvas.toDataURL() : ''));
    return [...status, ...spoken, ...drawing, ...pixels].join('\n');
  }, index);

/**
 * Hydrates every widget on the page and works it from the keyboard: scrolls it into view (islands
 * hydrate when near), waits for Astro to drop the island's `ssr` attribute, focuses its first
 * slider (else its first button), presses a key and waits for the widget to change. Returns one
 * line per widget that failed, naming it.
 */
export async function exerciseWidgets(page: Page): Promise<string[]> {
  const failures: string[] = [];
  const count = await page.evaluate(() => document.querySelectorAll('[data-widget]').length);
  for (let i = 0; i < count; i++) {
    const name = await page.evaluate((index) => {
      const widget = document.querySelectorAll('[data-widget]')[index]!;
      widget.scrollIntoView({ block: 'center' });
      return `${widget.getAttribute('data-widget') ?? '?'} #${index + 1}`;
    }, i);
    const hydrated = await pollUntil(
      () =>
        page.evaluate((index) => !document.querySelectorAll('[data-widget]')[index]!.closest('astro-island[ssr]'), i),
      Boolean,
      30_000,
    );
    if (!hydrated) {
      failures.push(`${name}: did not hydrate`);
      continue;
    }
    // The first enabled slider, else button: ArrowRight moves a slider (ArrowLeft when it is at
    // its maximum), Enter presses a button.
    const key = await page.evaluate((index) => {
      const widget = document.querySelectorAll('[data-widget]')[index]!;
      const slider = [...widget.querySelectorAll<HTMLInputElement>('input[type="range"]')].find((el) => !el.disabled);
      const button = [...widget.querySelectorAll<HTMLButtonElement>('button')].find(
        (el) => !el.disabled && el.offsetParent !== null,
      );
      const target = slider ?? button;
      if (!target) return '';
      target.focus();
      if (slider) return Number(slider.value) >= Number(slider.max) ? 'ArrowLeft' : 'ArrowRight';
      return 'Enter';
    }, i);
    if (!key) {
      failures.push(`${name}: no slider or button to work from the keyboard`);
      continue;
    }
    const before = await fingerprint(page, i);
    await page.keyboard.press(key);
    const after = await pollUntil(
      () => fingerprint(page, i),
      (value) => value !== before,
      5_000,
    );
    if (after === before) failures.push(`${name}: ${key} on its first control changed nothing`);
  }
  return failures;
}

/**
 * How far the page is wider than the viewport (0 or less: no sideways scrolling). As in
 * tests/e2e/pages.ts: blocks and figures with `content-visibility: auto` would clip, and so hide,
 * what overflows them, so every element is made plainly visible while measuring.
 */
export const sidewaysOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const blocks = [...document.querySelectorAll<HTMLElement>('body *')];
    const saved = blocks.map((el) => [el.style.contentVisibility, el.style.contain] as const);
    for (const el of blocks) {
      el.style.contentVisibility = 'visible';
      el.style.contain = 'none';
    }
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    blocks.forEach((el, i) => {
      el.style.contentVisibility = saved[i]![0];
      el.style.contain = saved[i]![1];
    });
    return overflow;
  });
