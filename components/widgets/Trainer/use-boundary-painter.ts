import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SideBySide, Trainer } from '../../../src/engine/sim/index.ts';
import { cssVariable } from '../lib/download.ts';
import { drawQueue, type DrawQueue } from '../lib/draw-queue.ts';
import { onThemeChange } from '../lib/theme-watch.ts';
import { gridSize, inputGrid, rgbOf } from './boundaries.ts';
import { shadeProbabilities } from './model.ts';

const cssValue = (name: string, fallback: string) => cssVariable(name) || fallback;

/**
 * Paints each network's decision boundary (its probability of class 1 on a grid) on its panel's
 * small canvas. Returns the canvases to fill in (`canvases.current[i]`), `paintPanel(i)` (at once:
 * the training frames paint their snapshots with it), `queuePanels()` and `cancelQueued()`, and
 * `theme`, which changes when the page's theme does (every panel is then painted again).
 *
 * `queuePanels()` paints every panel after the paint, one panel per turn of the page's draw queue
 * (lib/draw-queue.ts): the repaint that follows a reader's input (a new configuration, one epoch,
 * reset, the theme) is not done in the animation frame that answers the input. Painted there, as
 * the training frames do, the panels (an MLP's prediction over the grid each, and putImageData)
 * made that frame 13 ms of script at 1x CPU on the momentum page, and the canvases' raster another
 * 12 ms, before a key pressed meanwhile was answered. A panel queued again before its turn keeps its
 * place and paints the latest network.
 */
export function useBoundaryPainter(
  sideBySide: SideBySide,
  domain: readonly [readonly [number, number], readonly [number, number]],
  queue: DrawQueue = drawQueue,
) {
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const grid = useMemo(() => ({ X: inputGrid(domain), out: new Float64Array(gridSize * gridSize) }), [domain]);
  // Theme colours as RGB, read once (reading CSS variables forces a style recalculation) and again
  // when the theme changes.
  const palette = useRef<{ c0: number[]; c1: number[]; bg: number[] } | null>(null);
  const [theme, setTheme] = useState(0);
  useEffect(
    () =>
      onThemeChange(() => {
        palette.current = null;
        setTheme((t) => t + 1);
      }),
    [],
  );
  const paintPanel = (index: number) => {
    const trainer: Trainer | undefined = sideBySide.trainers[index];
    const context = canvases.current[index]?.getContext('2d');
    if (!trainer || !context) return;
    palette.current ??= {
      c0: rgbOf(context, cssValue('--class-0', '#8c919b')),
      c1: rgbOf(context, cssValue('--class-1', '#2b2f38')),
      bg: rgbOf(context, cssValue('--bg-raised', '#ffffff')),
    };
    const { c0, c1, bg } = palette.current;
    trainer.mlp.predict(trainer.params, grid.X, grid.out);
    const image = context.createImageData(gridSize, gridSize);
    shadeProbabilities(grid.out, c0, c1, bg, image.data);
    context.putImageData(image, 0, 0);
  };

  // One key per panel (its index), so a panel queued again keeps its place in the queue; the
  // cancel functions of the panels waiting.
  const keys = useRef<object[]>([]);
  const queued = useRef<(() => void)[]>([]);
  const cancelQueued = (from = 0) => {
    for (const cancel of queued.current.splice(from)) cancel();
  };
  const queuePanels = () => {
    const count = sideBySide.trainers.length;
    cancelQueued(count);
    for (let i = 0; i < count; i++) queued.current[i] = queue.schedule((keys.current[i] ??= {}), () => paintPanel(i));
  };
  useEffect(() => () => cancelQueued(), []);
  return { canvases, paintPanel, queuePanels, cancelQueued: () => cancelQueued(), theme };
}
