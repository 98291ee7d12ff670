// @vitest-environment happy-dom
/**
 * useSettled in a simulated DOM, on a queue run by hand: the first render computes at once; new
 * inputs render with the value held, and the queue computes once, for the latest inputs, however
 * many came before it ran; inputs that did not change compute nothing; unmounting forgets the run.
 */
import { h, render } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { createDrawQueue } from '../../../../components/widgets/lib/draw-queue.ts';
import { useSettled } from '../../../../components/widgets/lib/settled.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => render(null, document.body));

test('computes at once first, then once per run of the queue, for the latest inputs only', async () => {
  const turns: (() => void)[] = [];
  const queue = createDrawQueue({ post: (task) => turns.push(task) });
  const runQueue = async () => {
    while (turns.length > 0) turns.shift()!();
    await tick();
  };
  const computed: number[] = [];
  function Probe({ n, other }: { n: number; other: number }) {
    const value = useSettled(() => (computed.push(n), n * 10), [n], queue);
    return h('p', null, `${value} ${other}`);
  }
  render(h(Probe, { n: 1, other: 0 }), document.body);
  expect(computed).toEqual([1]);
  expect(document.body.textContent).toBe('10 0');

  // Three inputs before the queue runs: each renders with the value held; one run, for the last.
  for (const n of [2, 3, 4]) render(h(Probe, { n, other: 0 }), document.body);
  expect(computed).toEqual([1]);
  expect(document.body.textContent).toBe('10 0');
  expect(queue.pending).toBe(1);
  await runQueue();
  expect(computed).toEqual([1, 4]);
  expect(document.body.textContent).toBe('40 0');

  // A render whose inputs did not change computes nothing and queues nothing.
  render(h(Probe, { n: 4, other: 1 }), document.body);
  expect(queue.pending).toBe(0);
  await runQueue();
  expect(computed).toEqual([1, 4]);
  expect(document.body.textContent).toBe('40 1');

  // Unmounted before its turn: the run is forgotten.
  render(h(Probe, { n: 5, other: 1 }), document.body);
  expect(queue.pending).toBe(1);
  render(null, document.body);
  expect(queue.pending).toBe(0);
  await runQueue();
  expect(computed).toEqual([1, 4]);
});
