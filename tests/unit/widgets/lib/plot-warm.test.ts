// @vitest-environment happy-dom
/**
 * warmPlot (components/widgets/lib/plot.ts, plot-warm.ts) with a stand-in for the Plot package
 * that records what is loaded and drawn: nothing while nobody uses the page, the package and the
 * warm-up figures once the reader does (each figure in a task of its own), at once when focus
 * enters the widget, none while the reader keeps pressing keys or a widget plays, and no more warm-up figures once a
 * widget draws for real.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const packagePath = '../../../../components/widgets/lib/plot-package.ts';
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** plot.ts as a page first loads it, over a stand-in package; `log` records its import and draws. */
async function freshPlot() {
  vi.resetModules();
  const log: string[] = [];
  const hooks: { onDraw?: (n: number) => void } = {};
  let draws = 0;
  const mark = () => ({});
  vi.doMock(packagePath, () => {
    log.push('import');
    return {
      plot: () => {
        const n = ++draws;
        log.push(`draw ${n}`);
        hooks.onDraw?.(n);
        // Runs before the next draw unless both draws are in one task.
        queueMicrotask(() => log.push(`after draw ${n}`));
        return document.createElement('figure');
      },
      ...Object.fromEntries(
        ['arrow', 'contour', 'dot', 'frame', 'line', 'rectY', 'ruleX', 'ruleY', 'text'].map((name) => [name, mark]),
      ),
    };
  });
  const plot = await import('../../../../components/widgets/lib/plot.ts');
  const widget = document.createElement('div');
  widget.dataset['widget'] = 'test';
  const figure = widget.appendChild(document.createElement('div'));
  document.body.replaceChildren(widget);
  return { plot, log, hooks, widget, figure };
}

/** Lets the tasks queued so far (and those they queue) run. */
async function settle(tasks = 30) {
  for (let i = 0; i < tasks; i++) await tick();
}

afterEach(() => {
  vi.doUnmock(packagePath);
  document.body.replaceChildren();
});

describe('warmPlot', () => {
  it('loads nothing while nobody uses the page, then Plot and the warm-up figures, one per task', async () => {
    const { plot, log, figure } = await freshPlot();
    plot.warmPlot(figure);
    await settle();
    expect(log, 'a page load with no reader adds no task').toEqual([]);

    window.dispatchEvent(new Event('pointermove'));
    await vi.waitFor(() => expect(log).toContain('draw 6'));
    expect(plot.plotReady()).toBe(true);
    expect(log).toEqual(['import', ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`draw ${n}`, `after draw ${n}`])]);
  });

  it('starts at once when focus enters the widget, before any other use of the page', async () => {
    const { plot, log, widget, figure } = await freshPlot();
    plot.warmPlot(figure);
    widget.querySelector('div')!.dispatchEvent(new Event('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(log).toContain('import'));
  });

  it('draws no warm-up figure while the reader keeps pressing keys', async () => {
    const { plot, log, figure } = await freshPlot();
    plot.warmPlot(figure);
    // The reader's first key starts the warm-up; keys follow every 50 ms for 600 ms: Plot is
    // loaded meanwhile, but no figure may be drawn between them.
    for (let i = 0; i < 12; i++) {
      window.dispatchEvent(new Event('keydown'));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(log).toContain('import');
    expect(
      log.filter((entry) => entry.startsWith('draw ')),
      'drawn between key presses',
    ).toEqual([]);
    await vi.waitFor(() => expect(log).toContain('draw 6'));
  });

  it('draws no warm-up figure while a widget plays', async () => {
    const { plot, log, figure } = await freshPlot();
    const { noteAnimationFrame } = await import('../../../../components/widgets/lib/reader-activity.ts');
    plot.warmPlot(figure);
    // The reader presses Play once; the widget's frames then come every 16 ms for 800 ms.
    window.dispatchEvent(new Event('pointerdown'));
    for (let i = 0; i < 50; i++) {
      noteAnimationFrame();
      await new Promise((resolve) => setTimeout(resolve, 16));
    }
    expect(log).toContain('import');
    expect(
      log.filter((entry) => entry.startsWith('draw ')),
      'drawn while playing',
    ).toEqual([]);
    await vi.waitFor(() => expect(log).toContain('draw 6'));
  });

  it('draws no more warm-up figures once a widget draws for real', async () => {
    const { plot, log, hooks, figure } = await freshPlot();
    // A widget asks for a draw while the first warm-up figure is drawn.
    hooks.onDraw = (n) => void (n === 1 && plot.whenPlotReady(() => log.push('real draw')));
    plot.warmPlot(figure);
    window.dispatchEvent(new Event('keydown'));
    await vi.waitFor(() => expect(log).toContain('real draw'));
    await settle();
    expect(log.filter((entry) => entry.startsWith('draw '))).toEqual(['draw 1']);
    expect(log).toContain('real draw');
  });
});
