// @vitest-environment happy-dom
/**
 * The URL hooks in a real (simulated) DOM: a reader's change made right after hydration must
 * survive the URL being read, and end up in the URL. Before the read moved to a layout effect,
 * the URL's state arrived after the next paint and overwrote an early change (a flaky Race test
 * in CI showed it: the surface picked at once snapped back to Rosenbrock).
 */
import { h, render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useUrlState } from '../../../../components/widgets/lib/hooks.ts';
import { useUrlParam } from '../../../../components/widgets/lib/url-param.ts';
import type { Specs } from '../../../../components/widgets/lib/url-state.ts';
import { quietMs } from '../../../../components/widgets/lib/url-writer.ts';

const specs = { a: { kind: 'number', default: 1, min: 0, max: 10 } } satisfies Specs;
// Fake timers: the waits are the hooks' own, not the machine's (a loaded machine runs late timers).
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  render(null, document.body);
  history.replaceState(null, '', '/');
  vi.useRealTimers();
});

test('useUrlState: the link is applied before any input, and a change made at once is kept and written', async () => {
  history.replaceState(null, '', '/?k.a=5');
  let seen: { a: number } | null = null;
  let update: ((patch: { a: number }) => void) | null = null;
  function Probe() {
    const url = useUrlState('k', specs);
    seen = url.state;
    update = url.update;
    return h('p', null, String(url.state.a));
  }
  render(h(Probe, null), document.body);
  await Promise.resolve();
  expect(seen).toEqual({ a: 5 });
  update!({ a: 7 });
  await wait(quietMs + 400);
  expect(seen).toEqual({ a: 7 });
  expect(window.location.search).toBe('?k.a=7');
  expect(document.documentElement.hasAttribute('data-url-pending')).toBe(false);
});

test('useUrlParam: the same for a parameter with its own encoding', async () => {
  history.replaceState(null, '', '/?fn=x');
  let value = '';
  let set: ((next: string) => void) | null = null;
  function Probe() {
    const param = useUrlParam(
      'fn',
      'base',
      (v: string) => v,
      (raw: string) => ({ value: raw, messages: [] }),
    );
    value = param.value;
    set = param.setValue;
    return h('p', null, param.value);
  }
  render(h(Probe, null), document.body);
  await Promise.resolve();
  expect(value).toBe('x');
  set!('y');
  await wait(quietMs + 400);
  expect(value).toBe('y');
  expect(window.location.search).toBe('?fn=y');
});
