// @vitest-environment happy-dom
/**
 * The page's one URL writer: widgets' changes wait until the reader pauses and go into the URL
 * in one `history.replaceState`; a reader of the URL (the Share menu, the language switch) gets
 * the latest state by flushing first. `history.replaceState` costs some 4 ms of main-thread CPU
 * per call in Chromium, so the number of calls is what these tests count.
 */
import { h, render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useUrlState } from '../../../../components/widgets/lib/hooks.ts';
import {
  flushUrlEvent,
  flushUrlWrites,
  queueUrlWrite,
  quietMs,
  urlWritesWaiting,
} from '../../../../components/widgets/lib/url-writer.ts';
import type { Specs } from '../../../../components/widgets/lib/url-state.ts';

// Fake timers: the waits are the writer's own, not the machine's (a loaded machine runs late timers).
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const pending = () => document.documentElement.getAttribute('data-url-pending');
let replaced: string[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/chapters/x/');
  replaced = [];
  const original = history.replaceState.bind(history);
  vi.spyOn(history, 'replaceState').mockImplementation((data: unknown, unused: string, url?: string | URL | null) => {
    replaced.push(String(url));
    original(data, unused, url);
  });
});

afterEach(() => {
  render(null, document.body);
  flushUrlWrites();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

test('two widgets changed together are written in one replaceState, once the page is quiet', async () => {
  queueUrlWrite('a', (params) => params.set('a.lr', '0.3'));
  queueUrlWrite('b', (params) => params.set('b.mu', '0.9'));
  expect(pending()).toBe('a b');
  await wait(quietMs / 2);
  expect(replaced).toEqual([]);
  await wait(quietMs + 100);
  expect(replaced).toEqual(['/chapters/x/?a.lr=0.3&b.mu=0.9']);
  expect(pending()).toBeNull();
  expect(urlWritesWaiting()).toBe(false);
});

test('a newer change of a widget replaces its waiting one, and restarts the wait', async () => {
  queueUrlWrite('a', (params) => params.set('a.lr', '0.3'));
  await wait(quietMs * 0.7);
  queueUrlWrite('a', (params) => params.set('a.lr', '0.4'));
  await wait(quietMs * 0.7);
  expect(replaced).toEqual([]);
  await wait(quietMs + 100);
  expect(replaced).toEqual(['/chapters/x/?a.lr=0.4']);
});

test('a flush, or the flush event on document, writes what waits at once; with nothing waiting, nothing', () => {
  queueUrlWrite('a', (params) => params.set('a.lr', '0.3'));
  flushUrlWrites();
  expect(window.location.search).toBe('?a.lr=0.3');
  queueUrlWrite('a', (params) => params.delete('a.lr'));
  document.dispatchEvent(new Event(flushUrlEvent));
  expect(window.location.search).toBe('');
  expect(pending()).toBeNull();
  flushUrlWrites();
  expect(replaced).toEqual(['/chapters/x/?a.lr=0.3', '/chapters/x/']);
});

test('useUrlState: keys pressed a reader-paced 200 ms apart write the URL once, with the last value', async () => {
  const specs = { a: { kind: 'number', default: 1, min: 0, max: 10 } } satisfies Specs;
  let update: ((patch: { a: number }) => void) | null = null;
  function Probe() {
    const url = useUrlState('k', specs);
    update = url.update;
    return h('p', null, String(url.state.a));
  }
  render(h(Probe, null), document.body);
  await wait(50);
  for (const a of [2, 3, 4]) {
    update!({ a });
    await wait(200);
  }
  expect(pending()).toBe('k');
  await wait(quietMs + 200);
  expect(replaced).toEqual(['/chapters/x/?k.a=4']);
  expect(pending()).toBeNull();
});

test('keys pressed 400 ms apart, for seconds, are written once, when the reader stops', async () => {
  // Each write also makes Chromium decode the page's SVG icon again (url-writer.ts): a reader
  // stepping a slider every 400 ms paid that once per key when the page had to be quiet for 300 ms.
  for (let i = 1; i <= 8; i++) {
    queueUrlWrite('a', (params) => params.set('a.lr', String(i)));
    await wait(400);
  }
  expect(replaced).toEqual([]);
  expect(pending()).toBe('a');
  await wait(quietMs + 100);
  expect(replaced).toEqual(['/chapters/x/?a.lr=8']);
});
