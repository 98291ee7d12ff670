/**
 * A straight arrow in pixels, as Observable Plot's arrow mark draws it (`marks/arrow.js` with
 * `bend: 0`, no insets, `headAngle` 60°): the shaft, then the two wings meeting at the tip. For an
 * overlay (OverlayFigure) that draws an arrow in place instead of rebuilding a Plot to move it.
 */
import { px } from './overlay-layers.ts';

/** Plot's arrow defaults: a 1.5 px stroke with round caps, wings 8 px long at that width. */
export const arrowDefaults = Object.freeze({ strokeWidth: 1.5, headLength: 8, headAngle: 60 });

export interface ArrowOptions {
  /** Default 1.5. The wings grow with it, as Plot's do (headLength / 1.5 × strokeWidth). */
  strokeWidth?: number;
  /** Default 8. */
  headLength?: number;
  /** Degrees between the two wings. Default 60. */
  headAngle?: number;
}

/** The path from (x1, y1) to (x2, y2), pixels; '' when the two ends meet or one is not finite. */
export function arrowPath(x1: number, y1: number, x2: number, y2: number, options: ArrowOptions = {}): string {
  const { strokeWidth, headLength, headAngle } = { ...arrowDefaults, ...options };
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (!(length > 0)) return '';
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const wing = (headAngle * Math.PI) / 360;
  // Plot keeps the wings within a third of the shaft.
  const h = Math.min((headLength / 1.5) * strokeWidth, length / 3);
  const x3 = x2 - h * Math.cos(angle + wing);
  const y3 = y2 - h * Math.sin(angle + wing);
  const x4 = x2 - h * Math.cos(angle - wing);
  const y4 = y2 - h * Math.sin(angle - wing);
  return `M${px(x1)},${px(y1)}L${px(x2)},${px(y2)}M${px(x3)},${px(y3)}L${px(x2)},${px(y2)}L${px(x4)},${px(y4)}`;
}
