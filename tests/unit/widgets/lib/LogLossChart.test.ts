import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import '../../../../components/widgets/lib/ssr-dom.ts';
import { LogLossChart } from '../../../../components/widgets/lib/LogLossChart.tsx';

const historyOf = (rate: number) => Array.from({ length: 31 }, (_, k) => ({ k, loss: 10 * rate ** k }));
const history = historyOf(0.7);

const chart = (marker: boolean, data = history) =>
  render(
    h(LogLossChart, {
      aspect: 0.4,
      label: 'Loss by step',
      description: 'The loss falls.',
      x: { key: 'k', domain: [0, 30], label: 'step' },
      y: { key: 'loss', label: 'loss (log)' },
      lines: [
        { data, stroke: 'grey', strokeOpacity: 0.6 },
        { data: data.slice(0, 11), stroke: 'red', strokeWidth: 2 },
      ],
      ...(marker ? { marker: { data: data.slice(10, 11), stroke: 'red' } } : {}),
    }),
  );

/** The base figure's inputs, as the build wrote them (PlotFigure's data-frame). */
const baseOf = (html: string) => html.match(/data-frame="([^"]*)"/)?.[1];

describe('LogLossChart', () => {
  it('draws the static frame: the lines in order over the axes, the marker ring, decade ticks', () => {
    const html = chart(true);
    expect(html).toContain('Loss by step');
    // The lines and the ring are the overlay, one per build frame (wide and narrow).
    expect(html.match(/data-layer="line"/g)).toHaveLength(4);
    expect(html.match(/data-layer="dots"/g)).toHaveLength(2);
    expect(html.indexOf('stroke="grey"')).toBeLessThan(html.indexOf('stroke="red"'));
    // Losses span 10 down to 10·0.7³⁰ ≈ 2.3e-4 (the axis from 2e-4): decade ticks only, plain numbers.
    for (const tick of ['0.001', '0.01', '0.1', '1', '10']) expect(html).toContain(`>${tick}<`);
    expect(html).not.toContain('>0.5<');
  });

  it('draws a point with no drawn neighbour as a dot, as Plot does (the first step of a run)', () => {
    const html = chart(false, [
      { k: 0, loss: 2.25 },
      { k: 1, loss: 0 },
      { k: 2, loss: 0 },
    ]);
    // Each line (grey and red, in both build frames) is the dot alone: a move to itself, drawn by the round cap.
    const lines = html.match(/data-layer="line" d="[^"]*"/g) ?? [];
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/d="M[\d.]+,[\d.]+l0,0"/);
    expect(html).toContain('stroke-linecap="round"');
  });

  it('has no marker unless asked', () => {
    expect(chart(false)).not.toContain('data-layer="dots"');
  });

  it('keeps its axes while the losses stay inside the same rounded range, and moves them when they leave it', () => {
    // 0.7³⁰·10 ≈ 2.3e-4 and 0.71³⁰·10 ≈ 3.5e-4 share the axis from 2e-4 to 10; 0.68³⁰·10 ≈ 9.6e-5 does not.
    const base = baseOf(chart(true));
    expect(base).toBeDefined();
    expect(baseOf(chart(true, historyOf(0.71)))).toBe(base);
    expect(baseOf(chart(true, historyOf(0.68)))).not.toBe(base);
  });
});
