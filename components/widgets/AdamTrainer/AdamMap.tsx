import type { Data } from '../../../src/engine/data/index.ts';
import type { MLP } from '../../../src/engine/nn/index.ts';
import { gridContour } from '../lib/contour.ts';
import { keptMark } from '../lib/kept-mark.ts';
import { Plot } from '../lib/plot.ts';
import { basePlotOptions, classColors, colors } from '../lib/plot-theme.ts';
import { PlotFigure } from '../lib/PlotFigure.tsx';
import type { inputGrid } from './model.ts';

export interface AdamMapProps {
  mlp: MLP;
  /** The shown network's weights (they change in place while it trains). */
  params: Float64Array;
  train: Data;
  /** The input grid over the data set's domain (model.ts's inputGrid, `size` × `size`). */
  grid: ReturnType<typeof inputGrid>;
  size: number;
  /** Redraws when any of these change (the race, the steps taken, the network shown). */
  deps: readonly unknown[];
  label: string;
  description: string;
}

/** The shown network's decision regions (its 0.5 contour) under the training points. */
export function AdamMap({ mlp, params, train, grid, size, deps, label, description }: AdamMapProps) {
  return (
    <PlotFigure
      aspect={0.6}
      label={label}
      deps={deps}
      draw={(context) => {
        // Predicted when the map is drawn, not at every render of the widget.
        const probs = new Float64Array(size * size);
        mlp.predict(params, grid.X, probs);
        const points = Array.from({ length: train.n }, (_, i) => ({
          x: train.X[2 * i]!,
          y: train.X[2 * i + 1]!,
          label: train.Y[i]! > 0.5 ? 1 : 0,
        }));
        return Plot.plot({
          ...basePlotOptions(context, label, description),
          marginLeft: 42,
          marginBottom: 30,
          x: { domain: grid.x, label: null },
          y: { domain: grid.y, label: null },
          marks: [
            Plot.frame({ fill: classColors[0], fillOpacity: 0.12 }),
            gridContour(probs, {
              width: size,
              height: size,
              x1: grid.x[0],
              x2: grid.x[1],
              y1: grid.y[0],
              y2: grid.y[1],
              thresholds: [0.5],
              fill: classColors[1],
              fillOpacity: 0.16,
              stroke: colors.fg,
              strokeWidth: 2,
            }),
            // The points do not move while training: drawn once per data set and size (kept-mark.ts).
            ...([0, 1] as const).map((which) =>
              keptMark(train, `dots ${which}`, context, (render) =>
                Plot.dot(
                  points.filter((d) => d.label === which),
                  { x: 'x', y: 'y', r: 3.5, fill: classColors[which], stroke: 'var(--bg)', strokeWidth: 0.8, render },
                ),
              ),
            ),
          ],
        });
      }}
    />
  );
}
