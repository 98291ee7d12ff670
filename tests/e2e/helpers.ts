/**
 * What the browser tests share: opening a widget, reading it, waiting for the page, watching for
 * errors. Every spec imports these from here (pages.ts finds the built pages, browser.ts the browser,
 * page-checks.ts holds the checks run on whole pages).
 */
import { expect, type Locator, type Page, type Request } from '@playwright/test';

/**
 * How long hydration may take. Heavy pages (whole optimizer runs or a network trained on load)
 * hydrate in well under a second alone, but take several on a machine busy with other tests.
 */
const hydrationTimeout = 30_000;

/** The widget with data-widget=name (the n-th on the page), scrolled into view and hydrated. */
export async function openWidget(page: Page, name: string, index = 0): Promise<Locator> {
  const widget = page.locator(`[data-widget="${name}"]`).nth(index);
  await widget.scrollIntoViewIfNeeded();
  // client:near islands hydrate once visible; Astro removes the ssr attribute when done. The
  // widget's own island (its nearest): a filter `has: widget` would also match a later widget of
  // the same kind, still waiting below the fold, since `has` resolves `nth` inside each island.
  await untilHydrated(widget.locator('xpath=ancestor::astro-island[1]'), `${name} #${index} hydrates`);
  return widget;
}

/** Loads `path` (with its query string) and opens the first widget named `name` on it. */
export async function gotoWidget(page: Page, path: string, name: string): Promise<Locator> {
  await page.goto(path);
  return openWidget(page, name);
}

/** The widget's status line. */
export const statusLine = (widget: Locator): Locator => widget.locator('[data-status]');

/** The widget's status line text. */
export const statusOf = (widget: Locator): Promise<string> => statusLine(widget).innerText();

/**
 * A fingerprint of the widget's drawing (the markup of its first `part`), to tell whether it
 * changed. By default the first Plot figure; `.widget__figure` takes all the figures of a widget
 * whose maps are static layers under an overlay.
 */
export const drawingOf = (widget: Locator, part = '.plot-figure'): Promise<string> =>
  widget
    .locator(part)
    .first()
    .evaluate((el) => el.innerHTML);

/** Text a reader must never see. */
export async function expectNoBadNumbers(widget: Locator): Promise<void> {
  const text = await widget.innerText();
  expect(text).not.toMatch(/\bNaN\b|\bundefined\b|\bInfinity\b/);
}

/**
 * Waits until the URL holds every widget's current state: the widgets write it after a debounce,
 * and list the keys still waiting in `data-url-pending` on <html> (components/widgets/lib/url-state.ts).
 * Call it after the change has been made (the key is listed at the reader's input).
 */
export async function urlSettled(page: Page): Promise<void> {
  await expect(page.locator('html')).not.toHaveAttribute('data-url-pending', { timeout: 15_000 });
}

/**
 * Waits until the island has hydrated (Astro removes its `ssr` attribute), or fails with `what`
 * after `timeout` ms. Watched in the page by a MutationObserver, so it returns as soon as Astro
 * is done: polled from the test (expect.poll's 100, 250, 500, 1000 ms steps), each island waited
 * on cost up to a second more, about twice the hydration itself on a chapter (measured on this
 * machine: hydrating the momentum chapter took 5.5-8.7 s polled, 1.8-3.1 s watched).
 */
async function untilHydrated(island: Locator, what: string, timeout = hydrationTimeout): Promise<void> {
  const failure = await island.evaluate(
    (el, timeout) =>
      new Promise<string | null>((done) => {
        if (!el.hasAttribute('ssr')) {
          done(null);
          return;
        }
        const observer = new MutationObserver(() => {
          if (el.hasAttribute('ssr')) return;
          observer.disconnect();
          window.clearTimeout(timer);
          done(null);
        });
        const timer = window.setTimeout(() => {
          observer.disconnect();
          done(`still not hydrated after ${timeout} ms`);
        }, timeout);
        observer.observe(el, { attributes: true, attributeFilter: ['ssr'] });
      }),
    timeout,
  );
  expect(failure, what).toBeNull();
}

/** Brings every island into view in turn until it has hydrated (client:near and client:visible ones). */
export async function hydrateAll(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  const n = await islands.count();
  for (let i = 0; i < n; i++) {
    const island = islands.nth(i);
    if ((await island.getAttribute('ssr')) === null) continue;
    // astro-island is display: contents and has no box of its own: scroll to its content.
    await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
    await untilHydrated(island, `island ${i + 1} of ${n} (${await island.getAttribute('component-url')}) hydrates`);
  }
  // The widgets framed in the page (the embedding guide's live examples: lazy frames, each an
  // embed page with islands of its own). A walk that tabbed onto a framed widget's Share button
  // before that widget had hydrated lost its focus to the frame's body when hydration replaced
  // the button (CI, 5 Dec: "focus ring on BODY"), so the page is ready only when they are too.
  const frames = page.locator('iframe');
  for (let i = 0; i < (await frames.count()); i++) {
    await frames.nth(i).scrollIntoViewIfNeeded();
    const inside = frames.nth(i).contentFrame();
    await expect(inside.locator('[data-widget]').first(), `framed widget ${i + 1} loads`).toBeAttached({
      timeout: 15_000,
    });
    await expect(inside.locator('astro-island[ssr]'), `framed widget ${i + 1} hydrates`).toHaveCount(0, {
      timeout: 15_000,
    });
  }
}

/**
 * Like a reader jumping to a section from the contents: from the bottom up, each island in turn
 * brought into view straight from far away, and each must hydrate (client:near and client:visible).
 */
export async function hydrateFromTheBottomUp(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  const n = await islands.count();
  for (let i = n - 1; i >= 0; i--) {
    const island = islands.nth(i);
    await island.locator(':scope > *').first().scrollIntoViewIfNeeded();
    await untilHydrated(
      island,
      `island ${i + 1} of ${n} (${await island.getAttribute('component-url')}) hydrates`,
      15_000,
    );
  }
}

/**
 * Scrolls down the page `step` px at a time, as a reader does, so that every island and lazy
 * request on the way is triggered. Each stop waits for two frames (the page has drawn and its
 * observers have seen the new position), or 100 ms if no frame comes: on a loaded CI machine a
 * loop on frames alone once sat for a test's whole 45 s. Islands left unhydrated are the caller's
 * check. A scroll still going after `limit` ms fails, saying whether the page's main thread still
 * answers and, if so, how far the scroll got and the page's height (it happened, rarely, in full
 * runs: the loop's 100 ms timers did not fire, or the page kept growing). The debugger, which
 * could say where the thread is, was tried: when a scroll hung, its pause did not answer either.
 */
export async function scrollDown(page: Page, step: number, limit = 30_000): Promise<void> {
  const scrolled = page.evaluate(async (step) => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      (window as unknown as { __scrolledTo: number }).__scrolledTo = y;
      await Promise.race([
        new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        new Promise((done) => setTimeout(done, 100)),
      ]);
    }
  }, step);
  if ((await Promise.race([scrolled, after(limit, 'late' as const)])) !== 'late') return;
  const where = await Promise.race([
    page
      .evaluate(
        () =>
          `scrolled to ${(window as unknown as { __scrolledTo?: number }).__scrolledTo} of ${document.documentElement.scrollHeight} px`,
      )
      .catch((error: unknown) => `no answer: ${String(error)}`),
    after(3_000, "the page's main thread did not answer within 3 s"),
  ]);
  throw new Error(`scrolling down took over ${limit} ms: ${where}`);
}

/** Resolves to `value` after `ms` ms (in the test's process). */
const after = <T>(ms: number, value: T): Promise<T> => new Promise((done) => setTimeout(() => done(value), ms));

/** How many animation frames the page runs in one second (0 when it draws none: the count ends after 2 s regardless). */
export function framesInASecond(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let frames = 0;
        const start = performance.now();
        const tick = (now: number) => {
          if (now - start >= 1000) done(frames);
          else {
            frames++;
            requestAnimationFrame(tick);
          }
        };
        requestAnimationFrame(tick);
        setTimeout(() => done(frames), 2000);
      }),
  );
}

/** Resolves once the page has drawn a new frame: what was queued by the last change has been laid out. */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Collects console errors, CSP violations, uncaught exceptions and dialogs while a page is used;
 * with `network` (the default), failed requests and HTTP errors too. Dialogs are dismissed.
 */
export async function watchForErrors(page: Page, { network = true } = {}): Promise<string[]> {
  const errors: string[] = [];
  // Awaited: a page loaded before the script is registered has no listener (CI once saw only
  // Chromium's own CSP message, without the "CSP violation" line this adds).
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline content'}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  if (!network) return errors;
  // A page the reader leaves cancels what it was still loading (a widget warming up Plot after the
  // click that left, say): the browser's doing, not a fault. An aborted request is let go if a new
  // page was asked for in the main frame after it started, or was still on its way when it started
  // (the old page can start a load between the click and the new page's arrival).
  let navigations = 0;
  let arriving = false;
  const startedAt = new WeakMap<Request, number>();
  page.on('request', (request) => {
    const main = request.frame() === page.mainFrame();
    if (main && request.isNavigationRequest()) {
      navigations += 1;
      arriving = true;
      startedAt.set(request, navigations);
    } else startedAt.set(request, arriving ? navigations - 1 : navigations);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) arriving = false;
  });
  page.on('requestfailed', (request) => {
    const text = request.failure()?.errorText ?? '';
    const left = navigations > (startedAt.get(request) ?? navigations);
    if (left && /ERR_ABORTED|NS_BINDING_ABORTED/.test(text)) return;
    errors.push(`request failed: ${request.url()} (${text})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

/** Every island hydrated (each brought into view once), then back at the top with everything loaded. */
export async function hydrateAllFromTop(page: Page): Promise<void> {
  await hydrateAll(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await loaded(page);
}

/**
 * The page and every frame in it loaded: each document complete, its fonts and images in.
 * Not Playwright's 'networkidle': on the Chinese embedding guide a script module fetched by one
 * framed embed page was at times never reported finished (2 of 9 loads here, and CI on 5 Dec),
 * and networkidle then never came.
 */
export async function loaded(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    await frame.waitForFunction(() => document.readyState === 'complete');
    await frame.evaluate(async () => {
      await document.fonts.ready;
      const pending = [...document.images].filter((image) => !image.complete);
      await Promise.all(
        pending.map(
          (image) =>
            new Promise((done) => {
              image.addEventListener('load', done, { once: true });
              image.addEventListener('error', done, { once: true });
            }),
        ),
      );
    });
  }
}

/**
 * The overlay an OverlayFigure draws once its widget runs. Until then (hydrated, first frame not
 * yet drawn) the build's two overlays, one per static frame, are still there.
 */
export const liveOverlay =
  '.overlay-figure__overlay:not(.overlay-figure__overlay--wide, .overlay-figure__overlay--narrow)';

/**
 * Waits until every visible Plot in `plots` is drawn at the width it is shown (within 2 %: a build
 * frame shown at another scale is drawn once at its real width after the reader's first change),
 * then marks each with `data-kept`, so that a later check can tell whether one was drawn again.
 */
export async function markPlotsAtRealWidth(plots: Locator, timeout?: number): Promise<void> {
  await expect
    .poll(
      () =>
        plots.evaluateAll((svgs) =>
          svgs
            .filter((svg) => svg.getClientRects().length > 0)
            .every((svg) => Math.abs(Number(svg.getAttribute('width')) / svg.parentElement!.clientWidth - 1) <= 0.02),
        ),
      timeout === undefined ? {} : { timeout },
    )
    .toBe(true);
  await plots.evaluateAll((svgs) => svgs.forEach((svg) => svg.setAttribute('data-kept', '')));
}

/**
 * How many times the page's main thread has loaded Plot's chunk (plot-package.<hash>.js): 0 when
 * every figure it drew was drawn in a figure worker (a worker's loads are not in the page's list).
 */
export const plotLoadsOnPage = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      performance.getEntriesByType('resource').filter((e) => /\/_astro\/plot-package[.-][\w-]+\.js$/.test(e.name))
        .length,
  );
