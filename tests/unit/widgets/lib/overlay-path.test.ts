import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { linePath } from '../../../../components/widgets/lib/overlay-path.ts';
import { fallbackScales } from '../../../../components/widgets/lib/scales.ts';
import { thinPath } from '../../../../components/widgets/lib/svg-path.ts';

const margins = { top: 24, right: 16, bottom: 40, left: 52 };
// A curve on log/log axes (a straight one would thin to its two ends).
const rows = Array.from({ length: 200 }, (_, i) => ({ t: i + 1, value: Math.exp(-(i + 1) / 40) + 0.01 }));
type Row = { t: number; value: number };
const byT = (r: Row) => r.t;
const byValue = (r: Row) => r.value;

describe('linePath', () => {
  it('draws the line Plot draws on the same scales (log/log), thinned as the build thins a static frame', () => {
    const S = fallbackScales([1, 200], [1e-3, 2], 0.6, margins, 'log', 'log');
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const figure = Plot.plot({
      document,
      width: S.width,
      height: S.height,
      marginTop: margins.top,
      marginRight: margins.right,
      marginBottom: margins.bottom,
      marginLeft: margins.left,
      x: { type: 'log', domain: [1, 200] },
      y: { type: 'log', domain: [1e-3, 2] },
      marks: [Plot.line(rows, { x: 't', y: 'value' })],
    });
    const plotted = figure.querySelector('[aria-label="line"] path')!.getAttribute('d')!;
    const ours = linePath(rows, byT, byValue, S);
    expect(ours).toBe(thinPath(plotted));
    expect(ours.length).toBeLessThan(plotted.length / 4);
  });

  it('starts with M, joins with L and breaks the line at a point off the scale', () => {
    const S = fallbackScales([0, 10], [1e-2, 1], 0.5, margins, 'linear', 'log');
    const d = linePath(
      [
        { t: 0, value: 1 },
        { t: 1, value: 0.1 },
        { t: 2, value: 0 },
        { t: 3, value: 0.1 },
        { t: 4, value: 0.01 },
      ],
      byT,
      byValue,
      S,
    );
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(linePath([], byT, byValue, S)).toBe('');
  });
});
