import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import '../../../../components/widgets/lib/ssr-dom.ts';
import { Plot } from '../../../../components/widgets/lib/plot.ts';
import { OverlayFigure } from '../../../../components/widgets/lib/OverlayFigure.tsx';
import { fallbackScales, plotMargins } from '../../../../components/widgets/lib/scales.ts';

// ssr-dom.ts gives Plot its document on the server.
const document = globalThis.__descentServerDocument!;

const margins = { top: 24, right: 12, bottom: 40, left: 42 };
const figure = () =>
  render(
    h(OverlayFigure, {
      aspect: 0.5,
      label: 'A map',
      description: 'Contours and a path.',
      deps: [],
      scales: { x: [0, 10], y: [0, 5], margins },
      layers: [
        {
          kind: 'line',
          points: [
            { x: 1, y: 1 },
            { x: 9, y: 4 },
          ],
          stroke: 'red',
        },
        { kind: 'dots', points: [{ x: 9, y: 4 }], r: 5, fill: 'red' },
      ],
      draw: (context) =>
        Plot.plot({
          document: context.document,
          width: context.width,
          height: context.height,
          marginTop: margins.top,
          marginRight: margins.right,
          marginBottom: margins.bottom,
          marginLeft: margins.left,
          ariaLabel: 'A map',
          ariaDescription: 'Contours and a path.',
          x: { domain: [0, 10] },
          y: { domain: [0, 5] },
          marks: [Plot.frame()],
        }),
    }),
  );

describe('OverlayFigure at build time', () => {
  const html = figure();

  it('ships both static frames of the base and an overlay for each, drawn with that frame’s scales', () => {
    expect(html.match(/plot-frame--(wide|narrow)/g)).toEqual(['plot-frame--wide', 'plot-frame--narrow']);
    expect(html).toContain('overlay-figure__overlay--wide');
    expect(html).toContain('overlay-figure__overlay--narrow');
    expect(html).toContain('viewBox="0 0 640 320"');
    expect(html).toContain('viewBox="0 0 360 180"');
    for (const width of [640, 360]) {
      const s = fallbackScales([0, 10], [0, 5], 0.5, margins, 'linear', 'linear', width);
      const start = `M${Math.round(s.x(1) * 10) / 10},${Math.round(s.y(1) * 10) / 10}`;
      expect(html).toContain(`d="${start}`);
    }
  });

  it('is one image: the base carries the name and description, the overlays are hidden', () => {
    expect(html.match(/role="img"/g)).toHaveLength(1);
    expect(html).toContain('aria-label="A map"');
    expect(html).toContain('Contours and a path.');
    expect(html.match(/class="overlay-figure__overlay[^"]*" aria-hidden="true"/g)).toHaveLength(2);
  });
});

// An overlay given as a render function (the charts' paths and dots), beside or instead of layers.
const dotFigure = (
  x: number,
  options: { clip?: boolean; scalesAt?: (width: number) => ReturnType<typeof fallbackScales> },
) =>
  render(
    h(OverlayFigure, {
      aspect: 0.5,
      label: 'A dot on a line',
      description: `The dot is at ${x}.`,
      deps: [],
      scales: { x: [0, 10], y: [0, 1], margins },
      ...options,
      overlay: (S) => h('circle', { cx: S.x(x), cy: S.y(0.5), r: 3, 'data-dot': '' }),
      draw: (context) =>
        Plot.plot({
          document: context.document,
          width: context.width,
          height: context.height,
          marginTop: margins.top,
          marginRight: margins.right,
          marginBottom: margins.bottom,
          marginLeft: margins.left,
          ariaLabel: 'A dot on a line',
          ariaDescription: `The dot is at ${x}.`,
          x: { domain: [0, 10] },
          y: { domain: [0, 1] },
          marks: [Plot.ruleY([0.5])],
        }),
    }),
  );

describe('OverlayFigure with an overlay function', () => {
  it('draws it on each build frame’s scales, clipped to the plot area unless told not to', () => {
    const html = dotFigure(5, {});
    // x = 5 on [42, 640 - 12] and on [42, 360 - 12].
    expect(html).toContain('cx="335"');
    expect(html).toContain('cx="195"');
    expect(html.match(/<clipPath/g)).toHaveLength(2);
    expect(html.match(/role="img"/g)).toHaveLength(1);
    expect(html).toContain('The dot is at 5.');
    expect(dotFigure(5, { clip: false })).not.toContain('<clipPath');
  });

  it('takes its scales from `scalesAt` where declared domains do not fit (a point scale)', () => {
    const scalesAt = (width: number) => ({
      ...fallbackScales([0, 10], [0, 1], 0.5, margins, 'linear', 'linear', width),
      x: (v: number) => v * 100 + (width === 640 ? 1 : 2),
    });
    const html = dotFigure(2, { scalesAt });
    expect(html).toContain('cx="201"');
    expect(html).toContain('cx="202"');
  });
});

describe('OverlayFigure with facet rows (fy)', () => {
  const m = { top: 24, right: 30, bottom: 40, left: 40 };
  const rows = ['Momentum', 'Nesterov (NAG)'];
  const options = (width: number) => ({
    document,
    width,
    height: Math.round(width * 0.85),
    ...plotMargins(m),
    x: { domain: [-2, 2] },
    y: { domain: [0, 4] },
    fy: { domain: rows, axis: null, padding: 0.12 },
    marks: [Plot.dot(rows, { fy: (d: string) => d, x: () => 1, y: () => 3 })],
  });
  const html = render(
    h(OverlayFigure, {
      aspect: 0.85,
      label: 'Two runs',
      deps: [],
      scales: { x: [-2, 2], y: [0, 4], margins: m, fy: { domain: rows, padding: 0.12 } },
      overlay: (S, facet) => h('circle', { cx: S.x(1), cy: S.y(3), r: 3, 'data-facet': facet }),
      draw: (context) => Plot.plot({ ...options(context.width), document: context.document }),
    }),
  );

  it("draws the overlay once per row, moved to the row where Plot's fy puts it, on the row's own y scale", () => {
    for (const width of [640, 360]) {
      const plot = Plot.plot(options(width)) as unknown as { scale(name: string): { apply(v: unknown): number } };
      const [x, y] = [plot.scale('x').apply(1), plot.scale('y').apply(3)];
      for (const row of rows) {
        const dy = plot.scale('fy').apply(row) - m.top;
        const at = dy === 0 ? '' : ` transform="translate\\(0,${dy}\\)"`;
        expect(html).toMatch(
          new RegExp(
            `<g${at} clip-path="url\\(#[^"]*-clip-${width}\\)"><circle cx="${x}" cy="${y}" r="3" data-facet="${row.replace(/[()]/g, '\\$&')}"`,
          ),
        );
      }
    }
    expect(html.match(/data-facet=/g)).toHaveLength(4);
  });

  it("clips each row to its own plot area (the row's height, not the figure's)", () => {
    // 640 × 544: rows of 224 px from y = 24 (Plot's fy bandwidth), as in the row's own coordinates.
    expect(html).toContain('<rect x="40" y="24" width="570" height="224"');
  });
});
