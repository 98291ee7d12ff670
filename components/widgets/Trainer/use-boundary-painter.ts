import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SideBySide, Trainer } from '../../../src/engine/sim/index.ts';
import { cssVariable } from '../lib/download.ts';
import { onThemeChange } from '../lib/theme-watch.ts';
import { gridSize, inputGrid, rgbOf } from './boundaries.ts';
import { shadeProbabilities } from './model.ts';

const cssValue = (name: string, fallback: string) => cssVariable(name) || fallback;

/**
 * Paints each network's decision boundary (its probability of class 1 on a grid) on its panel's
 * small canvas. Returns the canvases to fill in (`canvases.current[i]`), `paintPanel(i)`, and
 * `theme`, which changes when the page's theme does (every panel is then painted again).
 */
export function useBoundaryPainter(
  sideBySide: SideBySide,
  domain: readonly [readonly [number, number], readonly [number, number]],
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
  return { canvases, paintPanel, theme };
}
