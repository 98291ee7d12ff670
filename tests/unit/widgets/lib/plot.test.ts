import { describe, expect, it, vi } from 'vitest';

/** The module as a page first loads it: Plot not yet loaded (the unit tests share modules between files). */
async function freshBinding() {
  vi.resetModules();
  return import('../../../../components/widgets/lib/plot.ts');
}

describe('the lazily loaded Plot binding', () => {
  it('draws once Plot is loaded, skips a cancelled draw, then draws at once', async () => {
    const binding = await freshBinding();
    const { loadPlot, plotReady, whenPlotReady } = binding;
    expect(plotReady()).toBe(false);
    const drawn: string[] = [];
    const cancel = whenPlotReady(() => drawn.push('cancelled'));
    whenPlotReady(() => drawn.push('waited'));
    expect(drawn).toEqual([]);
    cancel?.();
    const module = await loadPlot();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(drawn).toEqual(['waited']);
    expect(plotReady()).toBe(true);
    expect(binding.Plot).toBe(module);
    expect(typeof binding.Plot.plot).toBe('function');
    expect(whenPlotReady(() => drawn.push('now'))).toBeUndefined();
    expect(drawn).toEqual(['waited', 'now']);
  });

  it('runs the draws that waited in tasks of their own, in order, not all in the loading task', async () => {
    const fresh = await freshBinding();
    expect(fresh.plotReady()).toBe(false);
    const order: string[] = [];
    fresh.whenPlotReady(() => {
      order.push('first');
      // A microtask queued by the first draw runs before the second draw: they are not one task.
      queueMicrotask(() => order.push('after first'));
    });
    fresh.whenPlotReady(() => order.push('second'));
    await fresh.loadPlot();
    expect(order, 'nothing is drawn in the task that loaded Plot').toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual(['first', 'after first', 'second']);
  });
});
