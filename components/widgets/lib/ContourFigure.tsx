import type * as PlotTypes from '@observablehq/plot';
import { Plot } from './plot.ts';
import type { Grid } from '../../../src/engine/sim/index.ts';
import { contourMarks, surfaceAxes, type ContourMarkOptions } from './contour.ts';
import { PlotFigure, type DrawContext } from './PlotFigure.tsx';
import { basePlotOptions } from './plot-theme.ts';
import { contourMargins, drawContourBase, type ContourBase } from './contour-base.ts';
import { sharedFigures } from './shared-figures.ts';
import { OverlayFigure } from './OverlayFigure.tsx';
import type { OverlayLayer } from './overlay-layers.ts';

type Interval = readonly [number, number];

interface Props {
  grid: Grid;
  /** Levels and colours of the map (see `contourMarks`). */
  contours: ContourMarkOptions;
  domain: { readonly x: Interval; readonly y: Interval };
  axisLabels?: { x: string; y: string };
  /** Height / width of the figure. */
  aspect: number;
  /** The figure's right margin (px). Default 12. */
  marginRight?: number;
  /** Accessible name and description of the whole figure (map and overlay). */
  label: string;
  description: string;
  /**
   * What is drawn on the map: paths, minima, the current point (see `pathLayers`, `minimaLayers`),
   * on a light SVG overlay updated in place. Prefer it to `overlay`.
   */
  layers?: readonly OverlayLayer[];
  /**
   * The older way: Plot marks drawn on top of the map in a second, transparent Plot, rebuilt when
   * `deps` change (see `pathMarks`, `minimaMarks`). Used when `layers` is not given.
   */
  overlay?: (context: DrawContext) => PlotTypes.Markish[];
  /** With `overlay`: redraw it when these change. Not needed with `layers`. */
  deps?: readonly unknown[];
}

const margins = contourMargins;

/**
 * A contour map with an overlay: the map (with its axes) is one Plot drawn once per grid and size.
 * With `layers`, what moves is an SVG overlay positioned with the map's scales (OverlayFigure):
 * stepping through a run changes a few paths in place, with no Plot rebuilt, and the map is drawn
 * in the shared figure worker (figure-client.ts). With `overlay`, it is
 * a second, transparent Plot with the same scales and margins, rebuilt when `deps` change.
 */
export function ContourFigure(props: Props) {
  const {
    grid,
    contours,
    domain,
    axisLabels,
    aspect,
    marginRight = margins.marginRight,
    label,
    description,
    layers,
    overlay,
    deps = [],
  } = props;
  const axes = surfaceAxes(domain, axisLabels);
  const base: ContourBase = { label, description, grid, contours, domain, axisLabels, marginRight };
  if (layers || !overlay)
    return (
      <OverlayFigure
        class="contour-figure"
        aspect={aspect}
        label={label}
        description={description}
        deps={[grid, domain.x[0], domain.x[1], domain.y[0], domain.y[1], marginRight]}
        scales={{
          x: domain.x,
          y: domain.y,
          margins: {
            top: margins.marginTop,
            right: marginRight,
            bottom: margins.marginBottom,
            left: margins.marginLeft,
          },
        }}
        layers={layers ?? []}
        draw={(context) => drawContourBase(base, context)}
        offThread={{ client: sharedFigures, figure: 'contour-map', input: base }}
      />
    );
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
