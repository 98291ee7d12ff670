/**
 * client:near's hydrations (src/site/islands/near-directive.ts): each in a task after the one that
 * loaded the island's modules, one island at a time, in the order they came into view, and one that
 * fails does not stop the others.
 */
import { describe, expect, it, vi } from 'vitest';
import { hydrateInTurn } from '../../../../src/site/islands/near-directive.ts';

/** A stand-in for the next task: records when each task boundary is crossed. */
function tasks(log: string[]) {
  return () => {
    log.push('task');
    return new Promise<void>((resolve) => setTimeout(resolve, 0));
  };
}

describe('hydrateInTurn', () => {
  it('hydrates in a task after the modules loaded, never in the task that loaded them', async () => {
    const log: string[] = [];
    let loaded!: (hydrate: () => void) => void;
    const turn = hydrateInTurn(new Promise((resolve) => (loaded = resolve)), tasks(log));
    loaded(() => log.push('hydrate'));
    await Promise.resolve();
    await Promise.resolve();
    expect(log).not.toContain('hydrate');
    await turn;
    expect(log).toEqual(['task', 'hydrate']);
  });

  it('hydrates islands one per task, in the order asked, even when a later one loads first', async () => {
    const log: string[] = [];
    let loadFirst!: (hydrate: () => void) => void;
    const first = hydrateInTurn(new Promise((resolve) => (loadFirst = resolve)), tasks(log));
    const second = hydrateInTurn(
      Promise.resolve(() => void log.push('second')),
      tasks(log),
    );
    const third = hydrateInTurn(
      Promise.resolve(() => void log.push('third')),
      tasks(log),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(log).toEqual([]);
    loadFirst(() => log.push('first'));
    await Promise.all([first, second, third]);
    expect(log).toEqual(['task', 'first', 'task', 'second', 'task', 'third']);
  });

  it('goes on after a hydration that throws', async () => {
    const log: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = hydrateInTurn(
      Promise.resolve(() => {
        throw new Error('broken island');
      }),
      tasks(log),
    );
    const next = hydrateInTurn(
      Promise.resolve(() => void log.push('next')),
      tasks(log),
    );
    await Promise.all([broken, next]);
    expect(log).toEqual(['task', 'task', 'next']);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});
