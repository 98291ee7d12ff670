import { expect, it } from 'vitest';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { OverlayArrows, type ArrowSegment } from '../../../../components/widgets/lib/OverlayArrows.tsx';
import { arrowPath } from '../../../../components/widgets/lib/arrow-path.ts';
import type { Scales } from '../../../../components/widgets/lib/scales.ts';

// Data to pixels: x doubled, y flipped (as a Plot's y scale is).
const scales = { x: (v: number) => 2 * v, y: (v: number) => 100 - v, width: 200, height: 100 } as unknown as Scales;
const arrows: ArrowSegment[] = [
  { x1: 10, y1: 10, x2: 40, y2: 10 },
  { x1: 40, y1: 20, x2: 60, y2: 50 },
];
const draw = (extra: object = {}) =>
  render(h(OverlayArrows, { arrows, scales, stroke: 'red', strokeWidth: 2, headLength: 6, class: 'sym-v', ...extra }));
const paths = (html: string) => [...html.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1]);
const expected = arrows.map((a) => arrowPath(2 * a.x1, 100 - a.y1, 2 * a.x2, 100 - a.y2, { strokeWidth: 2, headLength: 6 }));

it('draws each arrow as arrowPath does (Plot.arrow), at the scales given', () => {
  expect(paths(draw())).toEqual([expected.join('')]);
  expect(paths(draw({ strokeOpacity: 0.55 }))).toEqual(expected);
});

it('puts the paint and the class on the group, as Plot’s arrow mark does, so that CSS on .sym-* reaches the stroke width', () => {
  const html = draw({ strokeOpacity: 0.55, strokeDasharray: '4 3' });
  const group = html.match(/^<g [^>]*>/)![0];
  for (const attribute of [
    'class="sym-v"',
    'fill="none"',
    'stroke="red"',
    'stroke-width="2"',
    'stroke-linecap="round"',
    'stroke-miterlimit="1"',
    'stroke-opacity="0.55"',
    'stroke-dasharray="4 3"',
  ])
    expect(group).toContain(attribute);
  // The paths carry only their geometry: a stroke-width of their own would win over the group's CSS.
  expect(html.match(/<path [^>]*>/g)!.every((p) => /^<path d="[^"]*"\s*\/?>$/.test(p))).toBe(true);
});

it('draws nothing for no arrows, as the mark drew no group', () => {
  expect(draw({ arrows: [] })).toBe('');
});
