import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pointX } from '../../../../components/widgets/DecayCompare/figures.tsx';

// The dots sit on an overlay drawn before (and apart from) the Plot under it: each column's x must
// be the pixel where Plot's point scale puts that column's tick.
const { document } = parseHTML('<!doctype html><html><body></body></html>');
const columns = ['×10', '×1', '×0.1', '×0.01'];

describe('pointX', () => {
  for (const [width, left] of [
    [640, 40],
    [360, 56],
    [527, 40],
    [294, 56],
  ] as const) {
    it(`puts each column where Plot does (${width} px wide, left margin ${left})`, () => {
      const figure = Plot.plot({
        document,
        width,
        height: 200,
        marginLeft: left,
        marginRight: 20,
        x: { domain: columns, padding: 0.3 },
        marks: [Plot.frame()],
      }) as unknown as { scale(name: string): { apply(v: string): number } };
      const x = figure.scale('x');
      columns.forEach((c, i) => expect(pointX(i, columns.length, left, width - 20)).toBe(x.apply(c)));
    });
  }
});
