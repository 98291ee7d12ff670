// @vitest-environment happy-dom
/**
 * The Share menu makes its links when they are used: a link copied right after a change, while
 * the page's URL write still waits for the reader to pause (url-writer.ts), carries that change.
 */
import { h, render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useUrlState } from '../../../../components/widgets/lib/hooks.ts';
import { withLocale } from '../../../../components/widgets/lib/i18n.tsx';
import { WidgetFrame } from '../../../../components/widgets/lib/WidgetFrame.tsx';
import { flushUrlWrites } from '../../../../components/widgets/lib/url-writer.ts';
import type { Specs } from '../../../../components/widgets/lib/url-state.ts';

const specs = { a: { kind: 'number', default: 1, min: 0, max: 10 } } satisfies Specs;
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/chapters/x/');
});
afterEach(() => {
  render(null, document.body);
  flushUrlWrites();
  vi.useRealTimers();
});

test('copy link right after a change: the link carries the change, though the URL write was still waiting', async () => {
  let update: ((patch: { a: number }) => void) | null = null;
  const Island = withLocale(function Probe({ id }: { id: string }) {
    const url = useUrlState(id, specs);
    update = url.update;
    return h(WidgetFrame, {
      name: 'probe',
      title: 'Probe',
      status: `a = ${url.state.a}`,
      children: h('p', null, 'figure'),
    });
  });
  render(h(Island, { id: 'k' }), document.body);
  await wait(200);
  update!({ a: 5 });
  await wait(50);
  expect(document.documentElement.getAttribute('data-url-pending')).toBe('k');
  document.querySelector<HTMLButtonElement>('[data-share="link"]')!.click();
  await wait(50);
  const text = document.querySelector<HTMLTextAreaElement>('[data-share-text]')!.value;
  expect(new URL(text).pathname + new URL(text).search + new URL(text).hash).toBe('/chapters/x/?k.a=5#k');
  expect(window.location.search).toBe('?k.a=5');
});
