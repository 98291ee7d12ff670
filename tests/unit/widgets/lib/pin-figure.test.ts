import { describe, expect, it } from 'vitest';
import { shouldPinFigure } from '../../../../components/widgets/lib/pin-figure.ts';

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
