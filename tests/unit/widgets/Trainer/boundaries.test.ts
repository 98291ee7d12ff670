import { describe, expect, it } from 'vitest';
import { circlesPath, inputGrid, rgbOf, toPanel } from '../../../../components/widgets/Trainer/boundaries.ts';

describe('the decision-boundary grid', () => {
  it('samples pixel centres, row 0 at the top', () => {
    const X = inputGrid(
      [
        [0, 4],
        [-2, 2],
      ],
      2,
    );
    // Pixels (i, j): (0, 0) top left ... (1, 1) bottom right.
    expect(Array.from(X)).toEqual([1, 1, 3, 1, 1, -1, 3, -1]);
  });

  it('places a point on the 100-unit panel with y down', () => {
    const domain = [
      [0, 4],
      [-2, 2],
    ] as const;
    expect(toPanel(domain, 0, 2)).toEqual([0, 0]);
    expect(toPanel(domain, 4, -2)).toEqual([100, 100]);
    expect(toPanel(domain, 1, 0)).toEqual([25, 50]);
  });

  it('reads a colour back as RGB from what the context reports', () => {
    const context = (reported: string) => {
      let value = '';
      return {
        get fillStyle() {
          return value === '#000' ? value : reported;
        },
        set fillStyle(v: string) {
          value = v;
        },
      };
    };
    expect(rgbOf(context('#1f5fbf'), 'var(--x)')).toEqual([31, 95, 191]);
    expect(rgbOf(context('rgba(10, 20, 30, 0.5)'), 'var(--x)')).toEqual([10, 20, 30]);
    expect(rgbOf(context('oops'), 'var(--x)')).toEqual([128, 128, 128]);
  });
});

describe('the data points as one path', () => {
  it('draws each point as a closed circle of radius 1.5 from its leftmost point, placed to 0.1', () => {
    expect(circlesPath([[10.04, 20.06]])).toBe('M8.5 20.1a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0 -3 0z');
  });

  it('writes one circle per point, left to right, each moved to from the last, and nothing for no points', () => {
    const d = circlesPath([
      [100, 100],
      [0, 0],
      [50.25, 49.95],
      [50.25, 40],
    ]);
    expect(d.match(/[Mm][^a]*/g)).toEqual(['M-1.5 0', 'm50.3 40', 'm0 10', 'm49.7 50']);
    expect(circlesPath([])).toBe('');
  });
});
