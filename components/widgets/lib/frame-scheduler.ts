/**
 * Work done once per animation frame, within a time budget, for widgets that animate or compute
 * while the reader watches (the Race's playback, the Trainer's live training).
 *
 * ```ts
 * const scheduler = createFrameScheduler(({ now, within }) => {
 *   while (within()) doSomeWork();
 *   return moreToDo; // false: no further frame is requested until wake()
 * });
 * scheduler.wake();
 * ```
 *
 * The budget leaves the rest of each frame to the browser (style, layout, paint) so that a page
 * stays responsive however much work is waiting. `createPlayClock` turns the frames' times into
 * whole steps at a given speed, so playback runs at the same pace on a 60 Hz and a 144 Hz screen.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { createInputYield } from './reader-activity.ts';

export interface FrameContext {
  /** The frame's start time (ms, `performance.now()`). */
  readonly now: number;
  /** True while the frame's work has taken less than the budget. */
  within: () => boolean;
}

export interface FrameSchedulerOptions {
  /** Milliseconds of work per frame. Default 8 (half a 60 Hz frame). */
  budget?: number;
  /** The clock (ms). Default `performance.now`. */
  now?: () => number;
  /** Schedules a frame; the callback gets the frame's time. Default `requestAnimationFrame`. */
  request?: (callback: (time: number) => void) => number;
  /** Cancels a scheduled frame. Default `cancelAnimationFrame`. */
  cancel?: (handle: number) => void;
  /**
   * Whether the frame of `time` answers a reader's input (its work then waits for the next frame,
   * for at most `maxDeferred` ms in a row: reader-activity.ts's `createInputYield`). Default:
   * `inputAwaitingFrame`.
   */
  answersInput?: (time: number) => boolean;
}

export interface FrameScheduler {
  /** Requests a frame unless one is already scheduled. */
  wake(): void;
  /** Cancels the scheduled frame, if any. */
  stop(): void;
  /** True while a frame is scheduled. */
  readonly scheduled: boolean;
}

export const frameSchedulerDefaults = Object.freeze({ budget: 8 });

/** Calls `work` once per frame while it returns true; `wake()` starts it again after it returned false. */
export function createFrameScheduler(
  work: (frame: FrameContext) => boolean,
  options: FrameSchedulerOptions = {},
): FrameScheduler {
  const budget = options.budget ?? frameSchedulerDefaults.budget;
  if (!(budget > 0)) throw new RangeError(`budget must be > 0 ms, got ${budget}`);
  const now = options.now ?? (() => performance.now());
  const request = options.request ?? ((callback: (time: number) => void) => requestAnimationFrame(callback));
  const cancel = options.cancel ?? ((handle: number) => cancelAnimationFrame(handle));
  const yieldToInput = createInputYield(options.answersInput);
  // 0 means no frame is scheduled (requestAnimationFrame's handles start at 1).
  let handle = 0;
  const frame = (time: number) => {
    handle = 0;
    const begin = now();
    // The frame that paints a reader's key press or tap: its work (a network's decision boundary,
    // training steps, the Race's playback) would make that frame late. It waits for the next one.
    if (yieldToInput(time, begin)) {
      handle = request(frame);
      return;
    }
    const again = work({ now: begin, within: () => now() - begin < budget });
    if (again && handle === 0) handle = request(frame);
  };
  return {
    wake() {
      if (handle === 0) handle = request(frame);
    },
    stop() {
      if (handle !== 0) cancel(handle);
      handle = 0;
    },
    get scheduled() {
      return handle !== 0;
    },
  };
}

/**
 * A scheduler for a component: `work` is the latest render's (so it sees the current state), and
 * the scheduled frame is cancelled when the component unmounts.
 */
export function useFrameScheduler(
  work: (frame: FrameContext) => boolean,
  budget: number = frameSchedulerDefaults.budget,
): FrameScheduler {
  const workRef = useRef(work);
  workRef.current = work;
  const scheduler = useMemo(() => createFrameScheduler((frame) => workRef.current(frame), { budget }), [budget]);
  useEffect(() => () => scheduler.stop(), [scheduler]);
  return scheduler;
}

export interface PlayClock {
  /**
   * Whole steps due at time `now` (ms) at `speed` steps per second since the previous call; the
   * fraction left over carries to the next. The first call after a reset is due nothing (it only
   * starts the clock), and a gap longer than `maxGap` seconds (a background tab) counts as `maxGap`.
   */
  advance(now: number, speed: number): number;
  /** Forgets the last time and the carried fraction (before playback starts). */
  reset(): void;
}

export function createPlayClock(maxGap = 0.25): PlayClock {
  let last = 0;
  let carry = 0;
  return {
    advance(now, speed) {
      const dt = last ? (now - last) / 1000 : 0;
      last = now;
      carry += Math.min(dt, maxGap) * speed;
      const due = Math.floor(carry);
      carry -= due;
      return due;
    },
    reset() {
      last = 0;
      carry = 0;
    },
  };
}
