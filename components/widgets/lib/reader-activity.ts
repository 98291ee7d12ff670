/**
 * When the page last saw the reader at work: a key or pointer press, or a frame of a widget that
 * plays or trains. Background work that can wait (plot-warm.ts's warm-up figures) waits for a
 * quiet moment after it. A module of its own, so that the widgets' animation loops (hooks.ts,
 * frame-scheduler.ts) note their frames without loading the warm-up code with them.
 */

let lastActivity = -Infinity;
for (const type of ['keydown', 'pointerdown'] as const)
  globalThis.addEventListener?.(type, () => void (lastActivity = performance.now()), { capture: true, passive: true });

/** Called on each frame of a widget that plays or trains (hooks.ts's useAnimationFrame, frame-scheduler.ts). */
export function noteAnimationFrame(): void {
  lastActivity = performance.now();
}

/** Milliseconds since the last key or pointer press or played frame (Infinity before any). */
export const sinceActivity = (): number => performance.now() - lastActivity;
