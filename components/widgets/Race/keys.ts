/**
 * Moving the shared start point on the map: arrow keys move it by 1/50 of the domain (5/50 with
 * Shift), a click puts it under the pointer.
 */
import type { Surface } from '../../../src/engine/problems/index.ts';
import type { Scales } from '../lib/scales.ts';

const moves: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/** The start after a key press, or null when the key does not move it (the event is then left alone). */
export function startAfterKey(
  key: string,
  shift: boolean,
  start: readonly number[],
  domain: Surface['domain'],
): [number, number] | null {
  const move = Object.hasOwn(moves, key) ? moves[key] : undefined;
  if (!move) return null;
  const dx = (domain.x[1] - domain.x[0]) / 50;
  const dy = (domain.y[1] - domain.y[0]) / 50;
  const k = shift ? 5 : 1;
  return [start[0]! + move[0] * dx * k, start[1]! + move[1] * dy * k];
}

/** The point under a click at (clientX, clientY) on a map drawn in `rect` with scales `S`; null if the map has no size. */
export function pointAtClick(
  rect: { left: number; top: number; width: number; height: number },
  clientX: number,
  clientY: number,
  S: Pick<Scales, 'invertX' | 'invertY' | 'width' | 'height'>,
): [number, number] | null {
  if (rect.width === 0) return null;
  const px = ((clientX - rect.left) * S.width) / rect.width;
  const py = ((clientY - rect.top) * S.height) / rect.height;
  return [S.invertX(px), S.invertY(py)];
}
