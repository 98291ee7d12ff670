// @vitest-environment happy-dom
/**
 * PlotFigure drawing in a figure worker (`offThread`), with the worker faked (figure-client.ts): a
 * figure the worker drew for inputs already replaced is shown only once the figure has been behind
 * for `maxBehind` ms, so a reader holding a key sees it follow, and the newest inputs' figure
 * follows it.
 */
import { h, render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { maxBehind } from '../../../../components/widgets/lib/draw-queue.ts';
import {
  createFigureClient,
  type DrawRequest,
  type WorkerLike,
} from '../../../../components/widgets/lib/figure-client.ts';
import type { FigureNode } from '../../../../components/widgets/lib/figure-tree.ts';
import { PlotFigure } from '../../../../components/widgets/lib/PlotFigure.tsx';

/** Long enough for the draw queue's frame and task to run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));
let now = 1000;
let island: HTMLElement | undefined;

beforeEach(() => {
  now = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  // happy-dom lays nothing out: the container reports a width of 400 px once observed.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe() {
        queueMicrotask(() => this.callback([{ contentRect: { width: 400 } } as ResizeObserverEntry], this as never));
      }
      disconnect() {}
    },
  );
});
afterEach(() => {
  if (island) render(null, island);
  island?.remove();
  island = undefined;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A worker that records the requests and answers when the test says, with a figure naming its input. */
function fakeWorker() {
  const sent: (DrawRequest & { id: number })[] = [];
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    // The screen's pixel ratio comes first (figure-client.ts); the draws are recorded.
    postMessage: (message) => {
      if ('figure' in (message as object)) sent.push(structuredClone(message) as DrawRequest & { id: number });
    },
    terminate() {},
  };
  const figure = (n: number): FigureNode[] => [
    { tag: 'svg', attributes: [['data-n', String(n)]], children: [] },
    { tag: 'p', attributes: [['id', 'd']], children: [`figure ${n}`] },
  ];
  /** Answers request `index` (0: the first sent) with the figure of its input's n. */
  const answer = (index: number) => {
    const { id, input } = sent[index]!;
    worker.onmessage!({ data: { id, nodes: figure((input as { n: number }).n) } } as MessageEvent);
  };
  return { worker, sent, answer };
}

/** A PlotFigure drawn by `fake`'s worker, on the page: `show(n)` renders it for input n. */
function mountFigure(fake: ReturnType<typeof fakeWorker>) {
  const client = createFigureClient(() => fake.worker);
  const onPage = vi.fn(() => document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
  const root = document.createElement('div');
  island = root;
  document.body.append(root);
  const show = (n: number) =>
    render(
      h(PlotFigure, {
        aspect: 0.5,
        label: 'A figure',
        deps: [n],
        draw: onPage,
        offThread: { client, figure: 'f', input: { n } },
      }),
      root,
    );
  const shown = () => root.querySelector('svg')?.getAttribute('data-n') ?? null;
  return { root, onPage, show, shown };
}

test('a figure drawn for replaced inputs is shown once the figure is maxBehind ms behind, and the newest follows', async () => {
  const fake = fakeWorker();
  const { root, onPage, show, shown } = mountFigure(fake);

  show(1);
  await settle();
  expect(fake.sent.map((r) => r.input)).toEqual([{ n: 1 }]);
  expect(fake.sent[0]).toMatchObject({ width: 400, height: 200 });
  // A key held down: n = 2 and n = 3 come while the worker draws n = 1; n = 3 replaces n = 2.
  show(2);
  await settle();
  show(3);
  await settle();
  // n = 1's figure, answered at once: not shown (the figure is not yet maxBehind ms behind).
  now += maxBehind / 2;
  fake.answer(0);
  await settle();
  expect(shown()).toBe(null);
  // n = 3 is drawn next (n = 2 was superseded); the key is still held: n = 4.
  expect(fake.sent.map((r) => r.input)).toEqual([{ n: 1 }, { n: 3 }]);
  show(4);
  await settle();
  // n = 3's figure comes after maxBehind ms behind: shown, though n = 4 is newer.
  now += maxBehind;
  fake.answer(1);
  await settle();
  expect(shown()).toBe('3');
  expect(root.querySelector('p')?.textContent).toBe('figure 3');
  // Then the newest: n = 4, shown when it comes.
  expect(fake.sent.map((r) => r.input)).toEqual([{ n: 1 }, { n: 3 }, { n: 4 }]);
  fake.answer(2);
  await settle();
  expect(shown()).toBe('4');
  // Never drawn on the page.
  expect(onPage).not.toHaveBeenCalled();
});

test("asks the worker only once the input's frame is painted, so that its draw does not compete with that frame", async () => {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  const fake = fakeWorker();
  const { show, shown } = mountFigure(fake);
  show(1);
  await settle();
  expect(fake.sent).toEqual([]);
  // The frame runs, then the task after it (draw-queue.ts's afterNextPaint): the request goes.
  for (const frame of frames.splice(0)) frame(0);
  await settle();
  expect(fake.sent.map((r) => r.input)).toEqual([{ n: 1 }]);
  fake.answer(0);
  await settle();
  for (const frame of frames.splice(0)) frame(0);
  await settle();
  expect(shown()).toBe('1');
});
