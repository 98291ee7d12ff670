// @vitest-environment happy-dom
/**
 * useAfterPaint in a simulated DOM: the first render computes at once; a change of its inputs is
 * rendered first with the value held, then computed after the frame (Preact's passive effects);
 * `flush()` computes at once; inputs that did not change compute nothing.
 */
import { h, render } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { useAfterPaint } from '../../../../components/widgets/lib/after-paint.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => render(null, document.body));

test('computes at once on the first render, after the paint on a change, and at once on flush', async () => {
  const computed: number[] = [];
  const shown: number[] = [];
  let flush: (() => number) | null = null;
  function Probe({ n, other }: { n: number; other: number }) {
    const settled = useAfterPaint(() => (computed.push(n), n * 10), [n]);
    flush = settled.flush;
    shown.push(settled.value);
    return h('p', null, `${settled.value} ${other}`);
  }
  render(h(Probe, { n: 1, other: 0 }), document.body);
  expect(computed).toEqual([1]);
  expect(document.body.textContent).toBe('10 0');

  // The new input renders with the value held; the value follows after the frame.
  render(h(Probe, { n: 2, other: 0 }), document.body);
  expect(computed).toEqual([1]);
  expect(document.body.textContent).toBe('10 0');
  await wait(100);
  expect(computed).toEqual([1, 2]);
  expect(document.body.textContent).toBe('20 0');

  // A render whose inputs did not change computes nothing.
  render(h(Probe, { n: 2, other: 1 }), document.body);
  await wait(100);
  expect(computed).toEqual([1, 2]);
  expect(document.body.textContent).toBe('20 1');

  // flush() answers for the latest inputs at once, and the effect does not compute them again.
  render(h(Probe, { n: 3, other: 1 }), document.body);
  expect(flush!()).toBe(30);
  expect(computed).toEqual([1, 2, 3]);
  await wait(100);
  expect(computed).toEqual([1, 2, 3]);
  expect(document.body.textContent).toBe('30 1');
  expect(shown.at(-1)).toBe(30);
});

test('the new value is rendered in a task after the one that computed it', async () => {
  const seen: string[] = [];
  const computed: number[] = [];
  function Probe({ n }: { n: number }) {
    const settled = useAfterPaint(() => {
      computed.push(n);
      // A few microtasks on: what the DOM shows before the task that computed ends (a render in the
      // same task would have happened by then: Preact renders a state change in a microtask).
      queueMicrotask(() => queueMicrotask(() => queueMicrotask(() => seen.push(document.body.textContent ?? ''))));
      return n * 10;
    }, [n]);
    return h('p', null, String(settled.value));
  }
  render(h(Probe, { n: 1 }), document.body);
  await wait(0);
  seen.length = 0;
  render(h(Probe, { n: 2 }), document.body);
  await wait(100);
  expect(computed).toEqual([1, 2]);
  expect(seen).toEqual(['10']);
  expect(document.body.textContent).toBe('20');
});
