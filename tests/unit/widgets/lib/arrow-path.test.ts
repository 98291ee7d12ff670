import { describe, expect, it } from 'vitest';
import { arrowDefaults, arrowPath } from '../../../../components/widgets/lib/arrow-path.ts';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** The `d` of the arrow Plot itself draws from (x1, y) to (x2, y) on identity scales. */
function plotArrow(x1: number, x2: number, y: number, options: { strokeWidth?: number; headLength?: number }): string {
  const figure = Plot.plot({
    document,
    width: 200,
    height: 100,
    margin: 0,
    x: { type: 'identity' },
    y: { type: 'identity' },
    marks: [Plot.arrow([{ x1, x2, y }], { x1: 'x1', x2: 'x2', y1: 'y', y2: 'y', ...options })],
  });
  return figure.querySelector('[aria-label="arrow"] path')!.getAttribute('d')!;
}

/** The numbers of a path, rounded to tenths. */
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map((n) => Math.round(Number(n) * 10) / 10);

describe('arrowPath', () => {
  it('draws what Plot.arrow draws, long and short, either way, thick and thin', () => {
    for (const [x1, x2, y, options] of [
      [20, 150, 40, { strokeWidth: 3, headLength: 10 }],
      [150, 20, 40, { strokeWidth: 3, headLength: 10 }],
      [50, 62, 10, { strokeWidth: 2 }],
      [80, 30, 70, {}],
    ] as const) {
      expect(numbers(arrowPath(x1, y, x2, y, options))).toEqual(numbers(plotArrow(x1, x2, y, options)));
    }
  });
  it('keeps Plot defaults', () => {
    expect(arrowDefaults).toEqual({ strokeWidth: 1.5, headLength: 8, headAngle: 60 });
  });
  it('draws nothing for an arrow of no length', () => {
    expect(arrowPath(5, 5, 5, 5)).toBe('');
    expect(arrowPath(5, 5, Number.NaN, 5)).toBe('');
  });
});
