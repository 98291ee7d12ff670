import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../../../components/widgets/lib/slices.ts';
import { manual } from '../helpers.ts';

describe('runInSlices', () => {
  it('runs every item in order, as many per slice as fit in the budget, never splitting one', () => {
    const clock = manual();
    const seen: number[] = [];
    const slices: [number, number][] = [];
    let done = 0;
    const job = runInSlices(
      10,
      (i) => {
        seen.push(i);
        clock.advance(3);
      },
      {
        budget: 8,
        schedule: clock.schedule,
        now: clock.now,
        onSlice: (n, start, end) => slices.push([n, end - start]),
        onDone: () => done++,
      },
    );
    // Nothing runs in the caller's task.
    expect(seen).toEqual([]);
    while (clock.tick());
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // 3 ms per item, 8 ms budget: three items per slice (the third ends past the budget), then one.
    expect(slices).toEqual([
      [3, 9],
      [6, 9],
      [9, 9],
      [10, 3],
    ]);
    expect(done).toBe(1);
    expect(job.done).toBe(true);
  });

  it('an item longer than the budget runs alone in its slice', () => {
    const clock = manual();
    const perSlice: number[] = [];
    runInSlices(3, () => clock.advance(40), {
      budget: 8,
      schedule: clock.schedule,
      now: clock.now,
      onSlice: (n) => perSlice.push(n),
      onDone: () => undefined,
    });
    while (clock.tick());
    expect(perSlice).toEqual([1, 2, 3]);
  });

  it('cancel stops between items and onDone never comes', () => {
    const clock = manual();
    const seen: number[] = [];
    let done = false;
    const job = runInSlices(
      10,
      (i) => {
        seen.push(i);
        clock.advance(5);
      },
      { budget: 8, schedule: clock.schedule, now: clock.now, onDone: () => (done = true) },
    );
    clock.tick();
    expect(seen).toEqual([0, 1]);
    job.cancel();
    expect(clock.pending()).toBe(0);
    while (clock.tick());
    expect(seen).toEqual([0, 1]);
    expect(done).toBe(false);
    expect(job.done).toBe(false);
    job.cancel();
  });

  it('cancel from inside an item stops at once', () => {
    const clock = manual();
    const seen: number[] = [];
    const job = runInSlices(
      10,
      (i) => {
        seen.push(i);
        if (i === 1) job.cancel();
      },
      { budget: 100, schedule: clock.schedule, now: clock.now, onDone: () => expect.unreachable() },
    );
    while (clock.tick());
    expect(seen).toEqual([0, 1]);
  });

  it('no items: done after one scheduled turn', () => {
    const clock = manual();
    let done = false;
    runInSlices(0, () => expect.unreachable(), {
      schedule: clock.schedule,
      now: clock.now,
      onDone: () => (done = true),
    });
    expect(done).toBe(false);
    clock.tick();
    expect(done).toBe(true);
  });

  it('uses timers when there is no requestAnimationFrame (Node)', async () => {
    const seen: number[] = [];
    await new Promise<void>((resolve) => runInSlices(5, (i) => seen.push(i), { budget: 0, onDone: resolve }));
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });
});
