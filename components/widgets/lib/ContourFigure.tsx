import type * as PlotTypes from '@observablehq/plot';
import { Plot } from './plot.ts';
import type { Grid } from '../../../src/engine/sim/index.ts';
import { contourMarks, surfaceAxes, type ContourMarkOptions } from './contour.ts';
import { PlotFigure, type DrawContext } from './PlotFigure.tsx';
import { basePlotOptions, xAxisRoom, yTitleRoom } from './plot-theme.ts';

type Interval = readonly [number, number];

interface Props {
  grid: Grid;
  /** Levels and colours of the map (see `contourMarks`). */
  contours: ContourMarkOptions;
  domain: { readonly x: Interval; readonly y: Interval };
  axisLabels?: { x: string; y: string };
  /** Height / width of the figure. */
  aspect: number;
  /** Accessible name and description of the whole figure (map and overlay). */
  label: string;
  description: string;
  /** Marks drawn on top of the map: paths, minima, the current point (see `pathMarks`, `minimaMarks`). */
  overlay: (context: DrawContext) => PlotTypes.Markish[];
  /** Redraw the overlay when these change; the map itself is drawn once per size. */
  deps: readonly unknown[];
}

const margins = { marginTop: yTitleRoom, marginRight: 12, marginBottom: xAxisRoom, marginLeft: 42 } as const;

/**
 * A contour map with an overlay: the map (with its axes) is one Plot drawn once per size; the
 * paths are a second, transparent Plot with the same scales and margins stacked on top, so
 * stepping through a run redraws only a few marks, never the contours.
 */
export function ContourFigure({ grid, contours, domain, axisLabels, aspect, label, description, overlay, deps }: Props) {
  const axes = surfaceAxes(domain, axisLabels);
  return (
    <div class="contour-figure" style={{ position: 'relative' }}>
      <PlotFigure
        aspect={aspect}
        label={label}
        deps={[grid]}
        draw={(context) =>
          Plot.plot({
            ...basePlotOptions(context, label, description),
            ...margins,
            ...axes,
            // Kept by grid and size (kept-mark.ts): a grid shown before is not traced again.
            marks: contourMarks(grid, contours, context),
          })
        }
      />
      <div style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }} aria-hidden="true">
        <PlotFigure
          aspect={aspect}
          label={label}
          class="contour-figure__overlay"
          deps={deps}
          draw={(context) =>
            Plot.plot({
              ...basePlotOptions(context, label, description),
              ...margins,
              x: { ...axes.x, axis: null },
              y: { ...axes.y, axis: null },
              clip: true,
              marks: overlay(context),
            })
          }
        />
      </div>
    </div>
  );
}
