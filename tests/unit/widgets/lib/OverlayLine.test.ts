import { expect, it } from 'vitest';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import '../../../../components/widgets/lib/ssr-dom.ts';
import { Plot } from '../../../../components/widgets/lib/plot.ts';
import { OverlayFigure } from '../../../../components/widgets/lib/OverlayFigure.tsx';
import { OverlayLine } from '../../../../components/widgets/lib/OverlayLine.tsx';
import type { LineLayer } from '../../../../components/widgets/lib/overlay-layers.ts';

const margins = { top: 24, right: 12, bottom: 40, left: 42 };
const line: LineLayer = {
  kind: 'line',
  points: [
    { x: 1, y: 1 },
    { x: 4, y: 3 },
    { x: 9, y: 4 },
  ],
  stroke: 'red',
  strokeWidth: 2.5,
  strokeDasharray: '5 3',
};
const figure = (extra: object) =>
  render(
    h(OverlayFigure, {
      aspect: 0.5,
      label: 'A chart',
      deps: [],
      scales: { x: [0, 10], y: [0, 5], margins },
      draw: (context) =>
        Plot.plot({ document: context.document, width: context.width, height: context.height, marks: [] }),
      ...extra,
    }),
  );
const paths = (html: string) => html.match(/<path data-layer="line"[^>]*>/g) ?? [];

it('draws a line in an overlay exactly as OverlayFigure draws the same line layer, in every build frame', () => {
  const asLayer = paths(figure({ layers: [line] }));
  const inOverlay = paths(figure({ overlay: (S: never) => h(OverlayLine, { layer: line, scales: S }) }));
  expect(asLayer.length).toBeGreaterThan(1);
  expect(inOverlay).toEqual(asLayer);
  expect(asLayer[0]).toContain('stroke-linejoin="round"');
  expect(asLayer[0]).toContain('stroke-dasharray="5 3"');
});
