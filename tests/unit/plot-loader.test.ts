import { describe, expect, it } from 'vitest';
import { loadPlot, plotReady, whenPlotReady, Plot } from '../../components/widgets/lib/plot.ts';

describe('the lazily loaded Plot binding', () => {
  it('draws once Plot is loaded, skips a cancelled draw, then draws at once', async () => {
    expect(plotReady()).toBe(false);
    const drawn: string[] = [];
    const cancel = whenPlotReady(() => drawn.push('cancelled'));
    whenPlotReady(() => drawn.push('waited'));
    expect(drawn).toEqual([]);
    cancel?.();
    const module = await loadPlot();
    expect(drawn).toEqual(['waited']);
    expect(plotReady()).toBe(true);
    expect(Plot).toBe(module);
    expect(typeof Plot.plot).toBe('function');
    expect(whenPlotReady(() => drawn.push('now'))).toBeUndefined();
    expect(drawn).toEqual(['waited', 'now']);
  });
});
