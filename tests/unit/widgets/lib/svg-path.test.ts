import { describe, expect, it } from 'vitest';
import { polylinePath, roundPath, simplifyPath } from '../../../../components/widgets/lib/svg-path.ts';

describe('simplifyPath', () => {
  it('drops points on a straight run, keeping the corners and the text of each coordinate', () => {
    expect(simplifyPath('M628,22.9L628,28.7L628,34.5L620.5,34.5L612,34.5L612,22.9Z')).toBe('M628,22.9L628,34.5L612,34.5L612,22.9Z');
  });

  it('handles several subpaths and diagonal runs', () => {
    expect(simplifyPath('M0,0L1,1L2,2L3,0ZM10,10L10,11L10,12')).toBe('M0,0L2,2L3,0ZM10,10L10,12');
  });

  it('keeps a point where the path turns back on itself (a spike is part of the shape)', () => {
    expect(simplifyPath('M0,0L5,0L3,0L3,4')).toBe('M0,0L5,0L3,0L3,4');
  });

  it('keeps points that are only nearly on a line', () => {
    expect(simplifyPath('M0,0L1,0.1L2,0')).toBe('M0,0L1,0.1L2,0');
  });

  it('leaves paths it does not fully understand unchanged', () => {
    for (const d of ['M0,0C1,1,2,2,3,3', 'M0,0l1,1', 'M0,0H5V5Z', 'L0,0M1,1', 'M0,0LNaN,1', '']) expect(simplifyPath(d)).toBe(d);
  });

  it('draws the same thing: every dropped point lies on the kept polyline', () => {
    // A staircase of cells along the border, as marching squares emits it.
    const pts = [...Array.from({ length: 50 }, (_, i) => [600, 20 + i * 5.8]), [540, 304.2], [540, 20]];
    const d = `M${pts.map(([x, y]) => `${x},${Math.round(y! * 10) / 10}`).join('L')}Z`;
    const simple = simplifyPath(d);
    expect(simple.length).toBeLessThan(d.length / 5);
    expect(simple).toBe('M600,20L600,304.2L540,304.2L540,20Z');
  });
});

describe('roundPath', () => {
  it('keeps tenths of a pixel, moving no point by more than 0.05 px', () => {
    const d = 'M624.744,542L45.256,542L42,539.1L-0.04,22.95Z';
    expect(roundPath(d)).toBe('M624.7,542L45.3,542L42,539.1L0,23Z');
    const before = d.match(/-?[\d.]+/g)!.map(Number);
    const after = roundPath(d).match(/-?[\d.]+/g)!.map(Number);
    expect(after).toHaveLength(before.length);
    for (let i = 0; i < before.length; i++) expect(Math.abs(after[i]! - before[i]!)).toBeLessThanOrEqual(0.05 + 1e-9);
  });

  it('leaves curves, arcs and relative commands unchanged', () => {
    for (const d of ['M0,0C1.234,1,2,2,3,3', 'M0.123,0l1.111,1', 'M0,4.5A4.5,4.5,0,1,1,0,-4.5Z', 'm1.25,1.25', '']) expect(roundPath(d)).toBe(d);
  });
});

describe('polylinePath', () => {
  it('joins the points to a tenth of a pixel', () => {
    expect(polylinePath([[0, 1], [2.04, 3.96]])).toBe('M0.0,1.0L2.0,4.0');
  });

  it('leaves out a point that is not a finite number and starts the line again after it', () => {
    const d = polylinePath([[0, 0], [1, NaN], [2, 2], [3, 3], [Infinity, 4], [5, 5]]);
    expect(d).toBe('M0.0,0.0M2.0,2.0L3.0,3.0M5.0,5.0');
    expect(polylinePath([[NaN, NaN]])).toBe('');
  });
});
