import { describe, expect, it } from 'vitest';
import { pointAtClick, startAfterKey } from '../../../../components/widgets/Race/keys.ts';

const domain = { x: [-2, 2], y: [0, 10] } as const;

describe('moving the start', () => {
  it('moves by 1/50 of the domain per arrow key, 5/50 with Shift', () => {
    expect(startAfterKey('ArrowRight', false, [0, 5], domain)).toEqual([0.08, 5]);
    expect(startAfterKey('ArrowLeft', true, [0, 5], domain)).toEqual([-0.4, 5]);
    expect(startAfterKey('ArrowUp', false, [0, 5], domain)).toEqual([0, 5.2]);
    expect(startAfterKey('ArrowDown', true, [0, 5], domain)![1]).toBeCloseTo(4);
  });

  it('leaves other keys alone', () => {
    expect(startAfterKey('Enter', false, [0, 5], domain)).toBeNull();
    expect(startAfterKey('toString', false, [0, 5], domain)).toBeNull();
  });

  it('puts the start under a click, scaling from the element to the figure', () => {
    const S = { width: 200, height: 100, invertX: (px: number) => px / 100, invertY: (py: number) => py / 10 };
    // The element is drawn at half the figure's size, 10 px from the left.
    expect(pointAtClick({ left: 10, top: 0, width: 100, height: 50 }, 60, 25, S)).toEqual([1, 5]);
    expect(pointAtClick({ left: 0, top: 0, width: 0, height: 0 }, 1, 1, S)).toBeNull();
  });
});
