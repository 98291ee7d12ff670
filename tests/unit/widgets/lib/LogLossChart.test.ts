import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import '../../../../components/widgets/lib/ssr-dom.ts';
import { LogLossChart } from '../../../../components/widgets/lib/LogLossChart.tsx';

const history = Array.from({ length: 31 }, (_, k) => ({ k, loss: 10 * 0.7 ** k }));

const chart = (marker: boolean) =>
  render(
    h(LogLossChart, {
      aspect: 0.4,
      label: 'Loss by step',
      description: 'The loss falls.',
      deps: [],
      x: { key: 'k', domain: [0, 30], label: 'step' },
      y: { key: 'loss', label: 'loss (log)' },
      lines: [
        { data: history, stroke: 'grey', strokeOpacity: 0.6 },
        { data: history.slice(0, 11), stroke: 'red', strokeWidth: 2 },
      ],
      ...(marker ? { marker: { data: history.slice(10, 11), stroke: 'red' } } : {}),
    }),
  );

describe('LogLossChart', () => {
  it('draws the static frame: the lines in order, the marker ring, decade ticks', () => {
    const html = chart(true);
    expect(html).toContain('Loss by step');
    expect(html.match(/data-mark="line"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(html).toContain('data-mark="dot"');
    expect(html.indexOf('stroke="grey"')).toBeLessThan(html.indexOf('stroke="red"'));
    // Losses span 10 down to 10·0.7³⁰ ≈ 2e-4: decade ticks only, plain numbers.
    for (const tick of ['0.001', '0.01', '0.1', '1', '10']) expect(html).toContain(`>${tick}<`);
    expect(html).not.toContain('>0.5<');
  });

  it('has no marker unless asked', () => {
    expect(chart(false)).not.toContain('data-mark="dot"');
  });
});
