/**
 * client:near's hydrations (src/site/islands/near-directive.ts): each in a task after the one that
 * loaded the island's modules, one island at a time, in the order they came into view, and one that
 * fails does not stop the others.
 */
import { describe, expect, it, vi } from 'vitest';
import { hydrateHeld, hydrateInTurn, hydratingKey } from '../../../../src/site/islands/near-directive.ts';

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

  it('hydrates again once a promise the hydration threw settles; the page knows the island only during each call', async () => {
    const page = globalThis as Record<string, unknown>;
    const log: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const hydrate = () => {
      log.push(page[hydratingKey] === hydrate ? 'attempt, island known' : 'attempt, island unknown');
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- a held hydration throws a promise
      if (log.length === 1) throw held;
    };
    const done = hydrateHeld(hydrate);
    expect(page[hydratingKey]).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(log).toEqual(['attempt, island known']);
    release();
    await done;
    expect(log).toEqual(['attempt, island known', 'attempt, island known']);
    expect(page[hydratingKey]).toBeUndefined();
    // Any other failure ends it.
    await expect(
      hydrateHeld(() => {
        throw new Error('broken');
      }),
    ).rejects.toThrow('broken');
  });
});
