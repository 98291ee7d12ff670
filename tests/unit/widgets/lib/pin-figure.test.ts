import { describe, expect, it } from 'vitest';
import { shouldPinFigure, shouldPinOnTop } from '../../../../components/widgets/lib/pin-figure.ts';

// A 1280×900 screen: the figure sticks 64 px down, the status line pinned at the bottom is 59 px.
const screen = { viewport: 900, top: 64, foot: 59 };

describe('shouldPinFigure', () => {
  it('pins a figure that fits above the status line beside a taller controls column (the Trainer)', () => {
    expect(shouldPinFigure({ ...screen, figure: 582, controls: 980 })).toBe(true);
    expect(shouldPinFigure({ ...screen, figure: 777, controls: 980 })).toBe(true);
  });
  it('leaves a figure taller than the band in the flow: pinned, its lower part would stay hidden', () => {
    expect(shouldPinFigure({ ...screen, figure: 778, controls: 2000 })).toBe(false);
    expect(shouldPinFigure({ ...screen, figure: 1270, controls: 1220 })).toBe(false);
  });
  it('does not pin when the controls column is not the taller one (nothing scrolls beside the figure)', () => {
    expect(shouldPinFigure({ ...screen, figure: 500, controls: 500 })).toBe(false);
    expect(shouldPinFigure({ ...screen, figure: 500, controls: 300 })).toBe(false);
  });
  it('does not pin a figure not laid out yet', () => {
    expect(shouldPinFigure({ ...screen, figure: 0, controls: 300 })).toBe(false);
  });
});

// A 360×780 phone: the figure sticks under the 57.6 px header, the pinned status line is 30 px.
const phone = { viewport: 780, top: 57.6, foot: 30 };

describe('shouldPinOnTop', () => {
  it('pins a figure that leaves 40 % of the screen to the list after it (the Race’s map, the Trainer’s panels)', () => {
    expect(shouldPinOnTop({ ...phone, pinned: 382, after: 900 })).toBe(true);
    expect(shouldPinOnTop({ ...phone, pinned: 415, after: 900 })).toBe(true);
  });
  it('leaves a taller figure in the flow: the control being moved would have no room under it', () => {
    expect(shouldPinOnTop({ ...phone, pinned: 416, after: 900 })).toBe(false);
    expect(shouldPinOnTop({ ...phone, pinned: 978, after: 900 })).toBe(false);
  });
  it('does not pin when nothing follows the figure, or before it is laid out', () => {
    expect(shouldPinOnTop({ ...phone, pinned: 300, after: 0 })).toBe(false);
    expect(shouldPinOnTop({ ...phone, pinned: 0, after: 900 })).toBe(false);
  });
});
