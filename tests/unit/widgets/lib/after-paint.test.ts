// @vitest-environment happy-dom
/**
 * useAfterPaint in a simulated DOM, on a queue and a render task run by hand: the first render
 * computes at once; new inputs render with the value held; the queue's turn computes once, for
 * the latest inputs, however many came before it; the value is rendered in a task after the one
 * that computed it; `flush()` answers at once; inputs that did not change compute nothing;
 * unmounting forgets the run.
 */
import { h, hydrate, render } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { useAfterPaint, useHeldRef } from '../../../../components/widgets/lib/after-paint.ts';
import { createDrawQueue } from '../../../../components/widgets/lib/draw-queue.ts';
import { hydrateHeld } from '../../../../src/site/islands/near-directive.ts';

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

/**
 * With stages, on a hand-run queue whose clock moves 10 ms per stage (past the queue's 8 ms
 * budget: one stage per turn), the renders driven by the test as a reader's keys would.
 */
function staged() {
  const turns: (() => void)[] = [];
  const renders: (() => void)[] = [];
  let clock = 0;
  const queue = createDrawQueue({ post: (task) => turns.push(task), now: () => clock });
  const log: string[] = [];
  let rendering = false;
  let flush: (() => number) | null = null;
  function Probe({ n }: { n: number }) {
    const settled = useAfterPaint(() => (log.push(`compute ${n}`), n * 10), [n], {
      queue,
      renderTask: (task) => renders.push(task),
      stages: () =>
        [1, 2].map((i) => () => {
          log.push(`stage${i} ${n}${rendering ? ' in a render' : ''}`);
          clock += 10;
        }),
    });
    flush = settled.flush;
    return h('p', null, `${settled.value}${settled.pending ? ' pending' : ''}`);
  }
  return {
    log,
    show: (n: number) => {
      rendering = true;
      render(h(Probe, { n }), document.body);
      rendering = false;
    },
    turn: () => turns.shift()?.(),
    get turns() {
      return turns.length;
    },
    runRenders: async () => {
      while (renders.length > 0) renders.shift()!();
      await tick();
    },
    flush: () => flush!(),
    text: () => document.body.textContent,
  };
}

test('stages: each in a queue turn of its own, none inside the next render, then the value', async () => {
  const t = staged();
  t.show(1);
  expect(t.log).toEqual(['compute 1']);
  // Two keys back to back: the second one's render must not run the first one's stages (Preact
  // runs a component's pending passive effects inside its next render).
  t.show(2);
  t.show(3);
  await tick();
  expect(t.log).toEqual(['compute 1']);
  expect(t.text()).toBe('10 pending');
  t.turn();
  expect(t.log).toEqual(['compute 1', 'stage1 3']);
  t.turn();
  expect(t.log).toEqual(['compute 1', 'stage1 3', 'stage2 3']);
  t.turn();
  expect(t.log).toEqual(['compute 1', 'stage1 3', 'stage2 3', 'compute 3']);
  expect(t.text()).toBe('10 pending');
  await t.runRenders();
  expect(t.text()).toBe('30');
  expect(t.turns).toBe(0);
});

test('stages: a newer input drops the stages left; flush runs them all at once', async () => {
  const t = staged();
  t.show(1);
  t.show(2);
  await tick();
  t.turn();
  expect(t.log).toEqual(['compute 1', 'stage1 2']);
  t.show(3);
  await tick();
  while (t.turns > 0) t.turn();
  expect(t.log).toEqual(['compute 1', 'stage1 2', 'stage1 3', 'stage2 3', 'compute 3']);
  await t.runRenders();
  expect(t.text()).toBe('30');

  t.show(4);
  await tick();
  t.turn();
  expect(t.flush()).toBe(40);
  expect(t.log.slice(5)).toEqual(['stage1 4', 'stage2 4', 'compute 4']);
  await tick();
  expect(t.text()).toBe('40');
  // Nothing left for the queue's turns.
  while (t.turns > 0) t.turn();
  await t.runRenders();
  expect(t.log).toHaveLength(8);

  // Flushed before any turn: every stage runs, in order, then the value.
  t.show(5);
  expect(t.flush()).toBe(50);
  expect(t.log.slice(8)).toEqual(['stage1 5', 'stage2 5', 'compute 5']);
});

/**
 * At hydration by client:near (hydrateHeld sets the page's `descentHydrating`): the first render
 * computes nothing and leaves the build's markup as it is (same elements, focus kept), the stages
 * and the value run in turns of the queue, then the island hydrates with that value, computed once.
 * On the old code the hydration's own render computed the value.
 */
test('a held hydration computes the first value in turns of the queue, keeping the build markup', async () => {
  const turns: (() => void)[] = [];
  const queue = createDrawQueue({ post: (task) => turns.push(task), budget: 1e-9 });
  const log: string[] = [];
  let rendering = false;
  let clicks = 0;
  function Island({ n }: { n: number }) {
    const settled = useAfterPaint(() => (log.push(`compute${rendering ? ' in a render' : ''}`), n * 10), [n], {
      queue,
      stages: () => [() => void log.push(`stage${rendering ? ' in a render' : ''}`)],
    });
    return h('p', null, h('button', { onClick: () => clicks++ }, String(settled.value)));
  }
  // The build's markup: rendered, then copied into fresh elements Preact knows nothing of.
  render(h(Island, { n: 4 }), document.body);
  const markup = document.body.innerHTML;
  render(null, document.body);
  const island = document.createElement('div');
  island.innerHTML = markup;
  document.body.append(island);
  log.length = 0;
  const button = island.querySelector('button')!;
  button.focus();

  const done = hydrateHeld(() => {
    rendering = true;
    try {
      hydrate(h(Island, { n: 4 }), island);
    } finally {
      rendering = false;
    }
  });
  await tick();
  expect(log).toEqual([]);
  expect(island.innerHTML).toBe(markup);
  button.click();
  expect(clicks).toBe(0);

  while (turns.length > 0) {
    turns.shift()!();
    await tick();
  }
  await done;
  expect(log).toEqual(['stage', 'compute']);
  expect(island.querySelector('button')).toBe(button);
  expect(document.activeElement).toBe(button);
  expect(island.textContent).toBe('40');
  button.click();
  expect(clicks).toBe(1);
  render(null, island);
});

test('useHeldRef: what the held attempt made (and its stages filled) is what the hydrated component keeps', async () => {
  const turns: (() => void)[] = [];
  const queue = createDrawQueue({ post: (task) => turns.push(task), budget: 1e-9 });
  let made = 0;
  let kept: { runs: string[] } | null = null;
  function Island({ n }: { n: number }) {
    const cache = useHeldRef(() => (made++, { runs: [] as string[] }));
    kept = cache;
    const settled = useAfterPaint(() => (cache.runs.push('value'), n), [n], {
      queue,
      stages: () => [() => void cache.runs.push('stage')],
    });
    return h('p', null, String(settled.value));
  }
  render(h(Island, { n: 2 }), document.body);
  const markup = document.body.innerHTML;
  render(null, document.body);
  made = 0;
  const island = document.createElement('div');
  island.innerHTML = markup;
  document.body.append(island);
  const done = hydrateHeld(() => hydrate(h(Island, { n: 2 }), island));
  await tick();
  while (turns.length > 0) {
    turns.shift()!();
    await tick();
  }
  await done;
  expect(made).toBe(1);
  expect(kept!.runs).toEqual(['stage', 'value']);
  // Outside a hydration it is a ref's first value: made once per component.
  render(h(Island, { n: 3 }), island);
  expect(made).toBe(1);
  render(null, island);
});
