/**
 * The one writer of the page's query string: every widget's state (useUrlState, useUrlParam) goes
 * into the URL through it, in one `history.replaceState` for the whole page, once the reader has
 * paused, in idle time.
 *
 * ```ts
 * queueUrlWrite('gd', (params) => params.set('gd.lr', '0.3'));  // marks 'gd' pending at once
 * flushUrlWrites();  // a reader of the URL (the Share menu's link) writes what waits, now
 * ```
 *
 * Why: `history.replaceState` is dear in Chromium, whatever the page: about 4 ms of main-thread
 * CPU per call at full speed (measured on /about/ as on a chapter), as a same-document navigation
 * also makes the browser fetch and decode the page's (SVG) icon again in the page's renderer.
 * Written 150 ms after each change, a reader pressing a slider's arrow key every few hundred ms
 * paid it once per key (after the key's paint, but as a task the next key could wait behind).
 * Here the write waits until no widget has changed for `quietMs`, then for an idle moment, and
 * writes what every widget has waiting in one call. `quietMs` is a whole second, not 300 ms: a
 * write also makes Chromium fetch and decode the page's SVG icon again (an SVG image is a small
 * document of its own: style, layout, paint), and a trace of a chapter at 4x CPU slow-down
 * (bench/input-breakdown.ts's kind of run, load 10-16) counted 45-77 ms of main-thread CPU in the
 * 300 ms after each `replaceState`, against 4-23 ms with no icon on the page. A reader pressing a
 * key every 400 ms paid that once per key, in the idle time where the next key then waited.
 *
 * Whatever reads the URL for the reader's state first calls `flushUrlWrites()` (the Share menu's
 * links); code outside the widgets (the language switch, src/site/islands/) dispatches
 * `flushUrlEvent` on `document`, which does the same. The page's `pagehide` flushes too, so a link
 * bookmarked or a page reloaded just after a change keeps it. While a widget's write waits, its key
 * is listed in `data-url-pending` on <html> (url-state.ts's `markUrlPending`), as before.
 */
import { markUrlPending } from './url-state.ts';

/** How long (ms) the page must be without a new change before its URL is written. */
export const quietMs = 1000;
/** The longest (ms) an idle moment is waited for after that. */
export const idleTimeoutMs = 1000;
/** The event (on `document`) that asks the writer to write what waits at once. */
export const flushUrlEvent = 'descent:flush-url';

type Apply = (params: URLSearchParams) => void;
const waiting = new Map<string, Apply>();
let timer: ReturnType<typeof setTimeout> | undefined;
let cancelIdle: (() => void) | undefined;
let listening = false;

/**
 * Queues `key`'s part of the query string (`apply` sets or deletes its parameters), in place of
 * what `key` had waiting, and marks `key` pending until it is written.
 */
export function queueUrlWrite(key: string, apply: Apply): void {
  waiting.set(key, apply);
  markUrlPending(key, true);
  listen();
  stopWaiting();
  timer = setTimeout(() => {
    timer = undefined;
    cancelIdle = whenIdle(flushUrlWrites);
  }, quietMs);
}

/** Forgets `key`'s waiting write (a widget that goes away), and its pending mark. */
export function cancelUrlWrite(key: string): void {
  if (waiting.delete(key)) markUrlPending(key, false);
}

/** Writes every waiting part into the URL now, in one `history.replaceState` (none if nothing changed). */
export function flushUrlWrites(): void {
  stopWaiting();
  if (waiting.size === 0) return;
  const params = new URLSearchParams(window.location.search);
  const keys = [...waiting.keys()];
  for (const apply of waiting.values()) apply(params);
  waiting.clear();
  const text = params.toString();
  const search = text ? `?${text}` : '';
  if (search !== window.location.search)
    history.replaceState(history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  for (const key of keys) markUrlPending(key, false);
}

/** Whether any widget's write is waiting. */
export function urlWritesWaiting(): boolean {
  return waiting.size > 0;
}

function listen(): void {
  if (listening) return;
  listening = true;
  document.addEventListener(flushUrlEvent, flushUrlWrites);
  window.addEventListener('pagehide', flushUrlWrites);
}

function stopWaiting(): void {
  if (timer !== undefined) clearTimeout(timer);
  cancelIdle?.();
  timer = undefined;
  cancelIdle = undefined;
}

/** Runs `task` in an idle moment (at most `idleTimeoutMs` later); returns its cancel function. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: idleTimeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}
