// @vitest-environment happy-dom
/**
 * runStages: one stage per task, then done, and nothing after a cancel. useStagedAfterPaint in a
 * simulated DOM: the first render computes at once; a change renders first with the value held,
 * the stages run after the frame, one per task, then the value; a newer change drops the stages left.
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { runStages, useStagedAfterPaint } from '../../../../components/widgets/lib/staged-after-paint.ts';
import type { TaskScheduler } from '../../../../components/widgets/lib/staged-after-paint.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A scheduler whose tasks run when the test says so. */
function manual() {
  const queue: (() => void)[] = [];
  const schedule: TaskScheduler = (run) => {
    queue.push(run);
    return () => queue.splice(queue.indexOf(run), 1);
  };
  return { schedule, queue, next: () => queue.shift()?.() };
}

describe('runStages', () => {
  it('runs the first stage at once and each later one in a task of its own, then done', () => {
    const log: string[] = [];
    const tasks = manual();
    runStages([() => log.push('a'), () => log.push('b')], () => log.push('done'), tasks.schedule);
    expect(log).toEqual(['a']);
    tasks.next();
    expect(log).toEqual(['a', 'b']);
    tasks.next();
    expect(log).toEqual(['a', 'b', 'done']);
    expect(tasks.queue).toHaveLength(0);
  });

  it('runs nothing more once cancelled', () => {
    const log: string[] = [];
    const tasks = manual();
    const cancel = runStages([() => log.push('a'), () => log.push('b')], () => log.push('done'), tasks.schedule);
    cancel();
    expect(tasks.queue).toHaveLength(0);
    expect(log).toEqual(['a']);
  });

  it('stops when no longer alive', () => {
    const log: string[] = [];
    const tasks = manual();
    let alive = true;
    runStages(
      [() => log.push('a'), () => log.push('b')],
      () => log.push('done'),
      tasks.schedule,
      () => alive,
    );
    alive = false;
    tasks.next();
    expect(log).toEqual(['a']);
    expect(tasks.queue).toHaveLength(0);
  });

  it('with no stages, is done at once', () => {
    const log: string[] = [];
    runStages([], () => log.push('done'), manual().schedule);
    expect(log).toEqual(['done']);
  });
});

describe('useStagedAfterPaint', () => {
  afterEach(() => render(null, document.body));

  it('shows the held value until its stages and computation have run after the paint', async () => {
    const log: string[] = [];
    let flush: (() => number) | null = null;
    function Probe({ n, other }: { n: number; other: number }) {
      const settled = useStagedAfterPaint(
        () => [() => log.push(`stage1 ${n}`), () => log.push(`stage2 ${n}`)],
        () => (log.push(`compute ${n}`), n * 10),
        [n],
      );
      flush = settled.flush;
      return h('p', null, `${settled.value} ${other}${settled.pending ? ' pending' : ''}`);
    }
    render(h(Probe, { n: 1, other: 0 }), document.body);
    expect(log).toEqual(['compute 1']);
    expect(document.body.textContent).toBe('10 0');

    render(h(Probe, { n: 2, other: 0 }), document.body);
    expect(document.body.textContent).toBe('10 0 pending');
    await wait(150);
    expect(log).toEqual(['compute 1', 'stage1 2', 'stage2 2', 'compute 2']);
    expect(document.body.textContent).toBe('20 0');

    // Inputs that did not change: no stage, no computation.
    render(h(Probe, { n: 2, other: 1 }), document.body);
    await wait(150);
    expect(log).toHaveLength(4);
    expect(document.body.textContent).toBe('20 1');

    // flush gives the latest value at once.
    render(h(Probe, { n: 3, other: 1 }), document.body);
    expect(flush!()).toBe(30);
  });

  it('drops the stages of a change that a newer change replaced', async () => {
    const log: string[] = [];
    function Probe({ n }: { n: number }) {
      const settled = useStagedAfterPaint(
        () => [
          () => {
            log.push(`stage1 ${n}`);
            // A reader's newer change arrives while the stages of 2 are running (before the next task).
            if (n === 2) queueMicrotask(() => render(h(Probe, { n: 3 }), document.body));
          },
          () => log.push(`stage2 ${n}`),
        ],
        () => (log.push(`compute ${n}`), n),
        [n],
      );
      return h('p', null, String(settled.value));
    }
    render(h(Probe, { n: 1 }), document.body);
    render(h(Probe, { n: 2 }), document.body);
    await wait(200);
    expect(log).toEqual(['compute 1', 'stage1 2', 'stage1 3', 'stage2 3', 'compute 3']);
    expect(document.body.textContent).toBe('3');
  });
});
