// @vitest-environment happy-dom
/**
 * createLatestTask and useLatestAfterPaint: a change is rendered first with the value held and
 * computed after the paint, once for the latest of several changes; no change is computed inside
 * the render of the next one; `flush()` computes at once.
 */
import { h, render } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { createLatestTask, useLatestAfterPaint } from '../../../../components/widgets/lib/latest-after-paint.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => render(null, document.body));

test('createLatestTask runs once for requests made before its turn, and not after cancel', () => {
  const posted: (() => void)[] = [];
  let runs = 0;
  const task = createLatestTask(
    () => runs++,
    (t) => posted.push(t),
  );
  task.request();
  task.request();
  task.request();
  expect(posted.length).toBe(1);
  expect(task.pending).toBe(true);
  expect(runs).toBe(0);
  posted.shift()!();
  expect(runs).toBe(1);
  expect(task.pending).toBe(false);

  task.request();
  task.cancel();
  posted.shift()!();
  expect(runs).toBe(1);
  // A request after a cancel posts anew; the cancelled task stays inert.
  task.request();
  expect(posted.length).toBe(1);
  posted.shift()!();
  expect(runs).toBe(2);
});

test('computes at once on the first render, after the paint on a change, only the latest of several', async () => {
  const computed: number[] = [];
  let flush: (() => number) | null = null;
  function Probe({ n, other }: { n: number; other: number }) {
    const settled = useLatestAfterPaint(() => (computed.push(n), n * 10), String(n));
    flush = settled.flush;
    return h('p', null, `${settled.value} ${other}`);
  }
  render(h(Probe, { n: 1, other: 0 }), document.body);
  expect(computed).toEqual([1]);
  expect(document.body.textContent).toBe('10 0');

  // Three changes before the paint: each renders with the value held, nothing is computed in them.
  render(h(Probe, { n: 2, other: 0 }), document.body);
  render(h(Probe, { n: 3, other: 1 }), document.body);
  render(h(Probe, { n: 4, other: 2 }), document.body);
  expect(computed).toEqual([1]);
  expect(document.body.textContent).toBe('10 2');
  await wait(100);
  expect(computed).toEqual([1, 4]);
  expect(document.body.textContent).toBe('40 2');

  // A render whose key did not change computes nothing.
  render(h(Probe, { n: 4, other: 3 }), document.body);
  await wait(100);
  expect(computed).toEqual([1, 4]);

  // flush computes the latest at once, and the task after the paint then has nothing to do.
  render(h(Probe, { n: 5, other: 3 }), document.body);
  expect(flush!()).toBe(50);
  expect(computed).toEqual([1, 4, 5]);
  await wait(100);
  expect(computed).toEqual([1, 4, 5]);
  expect(document.body.textContent).toBe('50 3');
});
