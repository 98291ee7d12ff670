import { describe, expect, it } from 'vitest';
import { createFrameScheduler, createPlayClock } from '../../../../components/widgets/lib/frame-scheduler.ts';
import { maxDeferred } from '../../../../components/widgets/lib/reader-activity.ts';

/** A fake browser: frames run when `flush` is called, and the clock moves only when told. */
function fakeFrames() {
  let time = 0;
  let next = 1;
  const queue = new Map<number, (time: number) => void>();
  return {
    now: () => time,
    advanceTime: (ms: number) => (time += ms),
    request: (callback: (time: number) => void) => {
      queue.set(next, callback);
      return next++;
    },
    cancel: (handle: number) => queue.delete(handle),
    get waiting() {
      return queue.size;
    },
    flush() {
      const callbacks = [...queue.values()];
      queue.clear();
      for (const callback of callbacks) callback(time);
    },
  };
}

describe('createFrameScheduler', () => {
  it('calls the work once per frame while it returns true, and stops when it returns false', () => {
    const frames = fakeFrames();
    let calls = 0;
    const scheduler = createFrameScheduler(() => ++calls < 3, frames);
    expect(scheduler.scheduled).toBe(false);
    scheduler.wake();
    scheduler.wake(); // a second wake does not schedule a second frame
    expect(frames.waiting).toBe(1);
    for (let k = 0; k < 5; k++) frames.flush();
    expect(calls).toBe(3);
    expect(scheduler.scheduled).toBe(false);
    scheduler.wake();
    frames.flush();
    expect(calls).toBe(4);
  });

  it('gives each frame its start time and a budget measured from it', () => {
    const frames = fakeFrames();
    const units: number[] = [];
    const scheduler = createFrameScheduler(
      ({ now, within }) => {
        expect(now).toBe(frames.now());
        let done = 0;
        while (within()) {
          frames.advanceTime(3); // each unit of work takes 3 ms
          done++;
        }
        units.push(done);
        return false;
      },
      { ...frames, budget: 8 },
    );
    scheduler.wake();
    frames.flush();
    // 0, 3 and 6 ms are within 8 ms; at 9 ms the frame ends.
    expect(units).toEqual([3]);
  });

  it('stop cancels the scheduled frame', () => {
    const frames = fakeFrames();
    let calls = 0;
    const scheduler = createFrameScheduler(() => (calls++, true), frames);
    scheduler.wake();
    scheduler.stop();
    frames.flush();
    expect(calls).toBe(0);
    expect(scheduler.scheduled).toBe(false);
  });

  it("leaves the frame that answers a reader's input to it, for at most maxDeferred ms in a row", () => {
    const frames = fakeFrames();
    let answering = true;
    let calls = 0;
    const scheduler = createFrameScheduler(() => ++calls < 100, { ...frames, answersInput: () => answering });
    scheduler.wake();
    frames.flush();
    expect(calls).toBe(0);
    expect(scheduler.scheduled).toBe(true); // the work waits for the next frame
    answering = false;
    frames.flush();
    expect(calls).toBe(1);
    // A key held down: every frame answers one, and the work still goes on every maxDeferred ms.
    answering = true;
    frames.flush();
    frames.advanceTime(maxDeferred - 1);
    frames.flush();
    expect(calls).toBe(1);
    frames.advanceTime(1);
    frames.flush();
    expect(calls).toBe(2);
    frames.flush();
    expect(calls).toBe(2);
  });

  it('refuses a budget that is not positive', () => {
    expect(() => createFrameScheduler(() => false, { budget: 0 })).toThrow(RangeError);
  });
});

describe('createPlayClock', () => {
  it('turns elapsed time into whole steps at a speed, carrying the fraction', () => {
    const clock = createPlayClock();
    expect(clock.advance(1000, 30)).toBe(0); // starts the clock
    expect(clock.advance(1016, 30)).toBe(0); // 0.48 steps
    expect(clock.advance(1032, 30)).toBe(0); // 0.96
    expect(clock.advance(1048, 30)).toBe(1); // 1.44: one step, 0.44 carried
    expect(clock.advance(1148, 30)).toBe(3); // 0.44 + 3
  });

  it('counts a long gap as at most maxGap seconds, and forgets everything on reset', () => {
    const clock = createPlayClock(0.25);
    clock.advance(1000, 100);
    expect(clock.advance(10_000, 100)).toBe(25);
    clock.advance(10_005, 100); // 0.5 carried
    clock.reset();
    expect(clock.advance(20_000, 100)).toBe(0);
    expect(clock.advance(20_010, 100)).toBe(1);
  });
});
