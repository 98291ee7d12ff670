import { describe, expect, it } from 'vitest';
import {
  afterNextPaint,
  createDrawQueue,
  drawIsDue,
  maxBehind,
} from '../../../../components/widgets/lib/draw-queue.ts';

/** A fake event loop: posted tasks run when `task()` is called, and the clock moves only when told. */
function fakeTasks() {
  let time = 0;
  const tasks: (() => void)[] = [];
  return {
    now: () => time,
    advance: (ms: number) => (time += ms),
    post: (task: () => void) => void tasks.push(task),
    get posted() {
      return tasks.length;
    },
    /** Runs the oldest posted task. */
    task() {
      tasks.shift()?.();
    },
  };
}

describe('createDrawQueue', () => {
  it('draws nothing in the scheduling task, then one slow figure per task, in order', () => {
    const loop = fakeTasks();
    const queue = createDrawQueue(loop);
    const drawn: string[] = [];
    const slow = (name: string) => () => {
      drawn.push(name);
      loop.advance(30);
    };
    queue.schedule({}, slow('map'));
    queue.schedule({}, slow('chart'));
    expect(drawn).toEqual([]);
    expect(loop.posted).toBe(1);
    loop.task();
    expect(drawn).toEqual(['map']);
    expect(queue.pending).toBe(1);
    loop.task();
    expect(drawn).toEqual(['map', 'chart']);
    expect(queue.pending).toBe(0);
    expect(loop.posted).toBe(0);
  });

  it('draws cheap figures together, up to the budget', () => {
    const loop = fakeTasks();
    const queue = createDrawQueue({ ...loop, budget: 8 });
    let drawn = 0;
    for (let i = 0; i < 5; i++)
      queue.schedule({}, () => {
        drawn++;
        loop.advance(3);
      });
    loop.task();
    expect(drawn).toBe(3); // 3 + 3 + 3 ms: the third passes the budget
    loop.task();
    expect(drawn).toBe(5);
  });

  it('draws only the latest state of a figure scheduled again, in its first place', () => {
    const loop = fakeTasks();
    const queue = createDrawQueue(loop);
    const [map, chart] = [{}, {}];
    const drawn: string[] = [];
    queue.schedule(map, () => drawn.push('map 1'));
    queue.schedule(chart, () => drawn.push('chart 1'));
    queue.schedule(map, () => drawn.push('map 2'));
    loop.task();
    expect(drawn).toEqual(['map 2', 'chart 1']);
  });

  it('forgets a cancelled draw, but not the draw that replaced it', () => {
    const loop = fakeTasks();
    const queue = createDrawQueue(loop);
    const figure = {};
    const drawn: number[] = [];
    const cancelFirst = queue.schedule(figure, () => drawn.push(1));
    const cancelSecond = queue.schedule(figure, () => drawn.push(2));
    cancelFirst();
    loop.task();
    expect(drawn).toEqual([2]);
    queue.schedule(figure, () => drawn.push(3))();
    cancelSecond();
    loop.task();
    expect(drawn).toEqual([2]);
  });

  it('goes on with the other figures after a draw that throws', () => {
    const loop = fakeTasks();
    const queue = createDrawQueue(loop);
    const drawn: string[] = [];
    queue.schedule({}, () => {
      throw new Error('bad figure');
    });
    queue.schedule({}, () => drawn.push('good'));
    expect(() => loop.task()).toThrow('bad figure');
    loop.task();
    expect(drawn).toEqual(['good']);
  });

  it('rejects a budget that is not positive', () => {
    expect(() => createDrawQueue({ budget: 0 })).toThrow(RangeError);
  });

  it('waits for the next paint before the first figure, then goes on in plain tasks', () => {
    const paint = fakeTasks();
    const tasks = fakeTasks();
    const queue = createDrawQueue({ now: tasks.now, post: paint.post, postTask: tasks.post });
    const drawn: string[] = [];
    const slow = (name: string) => () => {
      drawn.push(name);
      tasks.advance(30);
    };
    queue.schedule({}, slow('map'));
    queue.schedule({}, slow('chart'));
    expect([paint.posted, tasks.posted]).toEqual([1, 0]);
    paint.task();
    expect(drawn).toEqual(['map']);
    expect([paint.posted, tasks.posted]).toEqual([0, 1]);
    tasks.task();
    expect(drawn).toEqual(['map', 'chart']);
    // Idle again: the next input's figure waits for a paint once more.
    queue.schedule({}, slow('map'));
    expect([paint.posted, tasks.posted]).toEqual([1, 0]);
  });

  it('gives a draw scheduled by a draw (a next stage) a plain task, or the same one within the budget', () => {
    const paint = fakeTasks();
    const tasks = fakeTasks();
    const queue = createDrawQueue({ now: tasks.now, post: paint.post, postTask: tasks.post });
    const drawn: string[] = [];
    const stage = (name: string, ms: number, then?: () => void) => () => {
      drawn.push(name);
      tasks.advance(ms);
      then?.();
    };
    const key = {};
    queue.schedule(
      key,
      stage('1', 30, () =>
        queue.schedule(
          key,
          stage('2', 1, () => queue.schedule(key, stage('3', 1))),
        ),
      ),
    );
    paint.task();
    expect(drawn).toEqual(['1']);
    // Not the next paint: the input was answered before the first stage ran.
    expect([paint.posted, tasks.posted]).toEqual([0, 1]);
    tasks.task();
    expect(drawn).toEqual(['1', '2', '3']);
    expect(queue.pending).toBe(0);
  });

  it("gives way to the reader's waiting input: the figures left wait for that input's paint", () => {
    const paint = fakeTasks();
    const tasks = fakeTasks();
    let input = false;
    const queue = createDrawQueue({
      now: tasks.now,
      post: paint.post,
      postTask: tasks.post,
      inputPending: () => input,
    });
    const drawn: string[] = [];
    const draw = (name: string) => () => {
      drawn.push(name);
      tasks.advance(1);
      input = name === 'map'; // a key is pressed while the map is drawn
    };
    queue.schedule({}, draw('map'));
    queue.schedule({}, draw('chart'));
    paint.task();
    expect(drawn).toEqual(['map']);
    // Not a plain task, which would run before the key's frame is painted: after that paint.
    expect([paint.posted, tasks.posted]).toEqual([1, 0]);
    input = false;
    paint.task();
    expect(drawn).toEqual(['map', 'chart']);
    expect(queue.pending).toBe(0);
  });

  it('draws anyway once it has given way for maxBehind ms in a row (a key held down)', () => {
    const paint = fakeTasks();
    const queue = createDrawQueue({ now: paint.now, post: paint.post, inputPending: () => true });
    let drawn = 0;
    queue.schedule({}, () => drawn++);
    paint.task();
    expect(drawn).toBe(0);
    paint.advance(maxBehind - 1);
    paint.task();
    expect(drawn).toBe(0);
    paint.advance(1);
    paint.task();
    expect(drawn).toBe(1);
  });
});

describe('createDrawQueue and the paint a figure waits for', () => {
  /** The default `post`: an animation frame (where the paint is counted), then a task. */
  function framed() {
    const frames = fakeTasks();
    const tasks = fakeTasks();
    const queue = createDrawQueue({ now: tasks.now, frame: frames.post, postTask: tasks.post });
    return { frames, tasks, queue };
  }

  it('keeps a figure scheduled after the frame but before its turn (a key pressed between them) for its own paint', () => {
    const { frames, tasks, queue } = framed();
    const drawn: string[] = [];
    queue.schedule({}, () => drawn.push('first key'));
    frames.task(); // the first key's frame: painted
    queue.schedule({}, () => drawn.push('second key')); // rendered, not painted yet
    tasks.task();
    expect(drawn).toEqual(['first key']);
    expect([frames.posted, tasks.posted]).toEqual([1, 0]);
    frames.task();
    tasks.task();
    expect(drawn).toEqual(['first key', 'second key']);
  });

  it('afterPaint: what a render of after-paint work schedules follows in a plain task, not after another paint', async () => {
    const { frames, tasks, queue } = framed();
    const drawn: string[] = [];
    // As Preact does: the render of the new value runs in a microtask after the state is set.
    queue.afterPaint(() => queueMicrotask(() => queue.schedule({}, () => drawn.push('chart'))));
    await Promise.resolve();
    await Promise.resolve();
    expect([frames.posted, tasks.posted]).toEqual([0, 1]);
    tasks.task();
    expect(drawn).toEqual(['chart']);
    // Outside it (a reader's input), a figure waits for the paint again.
    queue.schedule({}, () => drawn.push('map'));
    expect([frames.posted, tasks.posted]).toEqual([1, 0]);
  });
});

describe('afterNextPaint', () => {
  it('runs the task in a task posted from the animation frame, not in the frame itself', () => {
    const frames = fakeTasks();
    const tasks = fakeTasks();
    let ran = 0;
    afterNextPaint(() => ran++, frames.post, tasks.post);
    expect([frames.posted, tasks.posted, ran]).toEqual([1, 0, 0]);
    frames.task(); // the frame callback, before the paint
    expect([tasks.posted, ran]).toEqual([1, 0]);
    tasks.task(); // after the paint
    expect(ran).toBe(1);
  });
});

describe('drawIsDue', () => {
  it('draws the state it was queued for', () => {
    expect(drawIsDue(3, 3, 0, 10)).toBe(true);
  });
  it('skips a draw that a newer, unpainted render has replaced', () => {
    expect(drawIsDue(3, 4, 100, 100 + maxBehind - 1)).toBe(false);
  });
  it('draws anyway once the figure has been behind for maxBehind ms (a held key)', () => {
    expect(drawIsDue(3, 5, 100, 100 + maxBehind)).toBe(true);
  });
});
