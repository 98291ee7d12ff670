// @vitest-environment happy-dom
/**
 * useAfterPaint in a simulated DOM, on a queue and a render task run by hand: the first render
 * computes at once; new inputs render with the value held; the queue's turn computes once, for
 * the latest inputs, however many came before it; the value is rendered in a task after the one
 * that computed it; `flush()` answers at once; inputs that did not change compute nothing;
 * unmounting forgets the run.
 */
import { h, render } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { useAfterPaint } from '../../../../components/widgets/lib/after-paint.ts';
import { createDrawQueue } from '../../../../components/widgets/lib/draw-queue.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => render(null, document.body));

function harness() {
  const turns: (() => void)[] = [];
  const renders: (() => void)[] = [];
  const queue = createDrawQueue({ post: (task) => turns.push(task) });
  const computed: number[] = [];
  let flush: (() => number) | null = null;
  function Probe({ n, other }: { n: number; other: number }) {
    const settled = useAfterPaint(() => (computed.push(n), n * 10), [n], {
      queue,
      renderTask: (task) => renders.push(task),
    });
    flush = settled.flush;
    return h('p', null, `${settled.value} ${other}`);
  }
  const show = async (n: number, other = 0) => {
    render(h(Probe, { n, other }), document.body);
    await tick();
  };
  const runQueue = async () => {
    while (turns.length > 0) turns.shift()!();
    await tick();
  };
  const runRenders = async () => {
    while (renders.length > 0) renders.shift()!();
    await tick();
  };
  return {
    queue,
    computed,
    show,
    runQueue,
    runRenders,
    renders,
    flush: () => flush!(),
    text: () => document.body.textContent,
  };
}

test('computes at once first, then once for the latest of several inputs, rendered in a task of its own', async () => {
  const t = harness();
  await t.show(1);
  expect(t.computed).toEqual([1]);
  expect(t.text()).toBe('10 0');

  // Three inputs before the queue's turn: each renders with the value held, nothing is computed.
  for (const n of [2, 3, 4]) await t.show(n);
  expect(t.computed).toEqual([1]);
  expect(t.text()).toBe('10 0');
  expect(t.queue.pending).toBe(1);

  // The turn computes for the last input only, and does not render it: that is the next task.
  await t.runQueue();
  expect(t.computed).toEqual([1, 4]);
  expect(t.text()).toBe('10 0');
  expect(t.renders.length).toBe(1);
  await t.runRenders();
  expect(t.text()).toBe('40 0');

  // A render whose inputs did not change computes nothing and queues nothing.
  await t.show(4, 1);
  expect(t.queue.pending).toBe(0);
  expect(t.computed).toEqual([1, 4]);
  expect(t.text()).toBe('40 1');
});

test('flush answers at once, using a value already computed; unmounting forgets the run', async () => {
  const t = harness();
  await t.show(1);
  await t.show(2);
  expect(t.flush()).toBe(20);
  expect(t.computed).toEqual([1, 2]);
  await t.runQueue();
  await t.runRenders();
  expect(t.computed).toEqual([1, 2]);
  expect(t.text()).toBe('20 0');

  // Computed in the queue's turn but not yet rendered: flush hands over that value.
  await t.show(3);
  await t.runQueue();
  expect(t.flush()).toBe(30);
  expect(t.computed).toEqual([1, 2, 3]);
  await t.runRenders();
  await tick();
  expect(t.text()).toBe('30 0');

  // Unmounted before its turn: nothing is computed.
  await t.show(5);
  expect(t.queue.pending).toBe(1);
  render(null, document.body);
  expect(t.queue.pending).toBe(0);
  await t.runQueue();
  expect(t.computed).toEqual([1, 2, 3]);
});

// With the page's own queue and tasks (an animation frame, then MessageChannel tasks).
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
