// @vitest-environment happy-dom
/**
 * reader-activity.ts's `inputAwaitingFrame`, and the work that gives the frame answering a reader's
 * input to that input: draw-queue.ts's turns, after-paint.ts's render task (`renderAfterInput`) and
 * hooks.ts's useAnimationFrame (frame-scheduler.test.ts tests the frame scheduler's).
 * Animation frames are a stand-in that runs when told, with the time it is given.
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** The modules as a page first loads them, with animation frames run by `frame(time)`. */
async function fresh() {
  vi.resetModules();
  let callbacks: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => callbacks.push(callback));
  const activity = await import('../../../../components/widgets/lib/reader-activity.ts');
  const queue = await import('../../../../components/widgets/lib/draw-queue.ts');
  return {
    ...activity,
    ...queue,
    get requested() {
      return callbacks.length;
    },
    frame(time: number) {
      const now = callbacks;
      callbacks = [];
      for (const callback of now) callback(time);
    },
  };
}
const press = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp' }));
/** A task after the ones already posted (postTask's MessageChannel messages are such tasks). */
const tasks = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('inputAwaitingFrame', () => {
  it('holds from an input until its frame, and in every callback of that frame, whichever runs first', async () => {
    const page = await fresh();
    expect(page.inputAwaitingFrame()).toBe(false);
    // A callback asked for before the key press (a widget's frame scheduler) runs first in the frame.
    const seen: boolean[] = [];
    requestAnimationFrame((time) => seen.push(page.inputAwaitingFrame(time)));
    press();
    // One frame asked for the inputs, however many come before it (other copies of the module
    // that earlier test files loaded in this worker listen too, so count what more inputs add).
    const requested = page.requested;
    window.dispatchEvent(new Event('input'));
    press();
    expect(page.inputAwaitingFrame()).toBe(true);
    expect(page.requested).toBe(requested);
    requestAnimationFrame((time) => seen.push(page.inputAwaitingFrame(time)));
    page.frame(100);
    expect(seen).toEqual([true, true]);
    // After that frame: a task sees no input waiting, nor does the next frame.
    expect(page.inputAwaitingFrame()).toBe(false);
    expect(page.inputAwaitingFrame(116.7)).toBe(false);
    expect(page.requested).toBe(0);
  });

  it("makes the draw queue's default turn wait for the input's frame", async () => {
    const page = await fresh();
    let posted: (() => void)[] = [];
    const queue = page.createDrawQueue({ now: () => 0, post: (task) => void posted.push(task) });
    const run = () => {
      const now = posted;
      posted = [];
      for (const task of now) task();
    };
    const drawn: string[] = [];
    queue.schedule({}, () => drawn.push('map'));
    press(); // a key handled before the map's turn, its frame not yet begun
    run();
    expect(drawn).toEqual([]);
    page.frame(100);
    run();
    expect(drawn).toEqual(['map']);
  });

  it("renderAfterInput renders in the next task, or after the input's frame when one is awaited", async () => {
    const page = await fresh();
    const rendered: string[] = [];
    page.renderAfterInput(() => rendered.push('plain'));
    await tasks();
    expect(rendered).toEqual(['plain']);
    page.renderAfterInput(() => rendered.push('after the key'));
    press();
    await tasks();
    expect(rendered).toEqual(['plain']);
    page.frame(100);
    await tasks();
    expect(rendered).toEqual(['plain', 'after the key']);
  });

  it('createInputYield defers the frames that answer inputs, for at most maxDeferred ms in a row, and notes each frame', async () => {
    const page = await fresh();
    let answering = false;
    const yieldToInput = page.createInputYield(() => answering);
    expect(page.sinceActivity()).toBe(Infinity);
    expect(yieldToInput(16, 1000)).toBe(false);
    expect(page.sinceActivity()).toBeLessThan(Infinity); // a played frame is the reader's activity
    answering = true;
    // A key held down: its frames are left to it until maxDeferred ms have passed since the first.
    expect(yieldToInput(32, 1000)).toBe(true);
    expect(yieldToInput(48, 1000 + page.maxDeferred - 1)).toBe(true);
    expect(yieldToInput(64, 1000 + page.maxDeferred)).toBe(false);
    // That frame did its work: the count starts again.
    expect(yieldToInput(80, 1000 + page.maxDeferred + 1)).toBe(true);
    answering = false;
    expect(yieldToInput(96, 2000)).toBe(false);
    answering = true;
    expect(yieldToInput(112, 2001)).toBe(true);
    // By default, the frame that answers the latest input (inputAwaitingFrame).
    const byDefault = page.createInputYield();
    press();
    page.frame(200);
    expect(byDefault(200, 3000)).toBe(true);
    expect(byDefault(216.7, 3016)).toBe(false);
  });

  it("useAnimationFrame's tick waits for the frame after the one that answers an input", async () => {
    const page = await fresh();
    const { useAnimationFrame } = await import('../../../../components/widgets/lib/hooks.ts');
    let ticks = 0;
    function Player() {
      useAnimationFrame(
        true,
        () => ++ticks > 0,
        () => {},
      );
      return null;
    }
    const root = document.createElement('div');
    render(h(Player, null), root);
    page.frame(50); // Preact runs the effects after a frame and a task
    await tasks();
    page.frame(66.7);
    expect(ticks).toBe(1);
    press();
    page.frame(83.3);
    expect(ticks).toBe(1);
    page.frame(100);
    expect(ticks).toBe(2);
    render(null, root);
  });

  it('whenQuiet waits for idle time a quiet spell after the last input or played frame', async () => {
    const page = await fresh();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const ran: string[] = [];
      page.noteAnimationFrame();
      page.whenQuiet(400, () => ran.push('quiet'));
      const cancelled = page.whenQuiet(400, () => ran.push('cancelled'));
      await vi.advanceTimersByTimeAsync(100);
      page.noteAnimationFrame(); // a widget still plays
      cancelled();
      await vi.advanceTimersByTimeAsync(350);
      expect(ran).toEqual([]);
      await vi.advanceTimersByTimeAsync(100);
      expect(ran).toEqual(['quiet']);
    } finally {
      vi.useRealTimers();
    }
  });
});
