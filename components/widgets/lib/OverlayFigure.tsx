import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { keepBuildMarkup, sameDeps, useHydratedBuild } from './after-paint.ts';
import { colors } from './plot-theme.ts';
import { frameWidths, PlotFigure, type DrawContext, type OffThread } from './PlotFigure.tsx';
import { dotsPath, linePath, paintOf, rulePath, type OverlayLayer, type PlotArea } from './overlay-layers.ts';
import { facetBands, fallbackScales, plotOffset, type FacetRows, type ScaleKind, type Scales } from './scales.ts';
import './overlay-figure.css';

type Interval = readonly [number, number];
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The base figure's scales: its domains, scale kinds and margins (the Plot must use exactly these). */
export interface OverlayScales {
  x: Interval;
  y: Interval;
  kindX?: ScaleKind;
  kindY?: ScaleKind;
  margins: Margins;
  /**
   * Facet rows (Plot's `fy` with `padding`, `axis: null`, the base's margins as facet margins):
   * `x` and `y` are then each row's scales, and the overlay is drawn once per row, moved to it.
   */
  fy?: FacetRows;
}

interface Props {
  /** The base figure (a Plot with the margins and domains of `scales`): drawn when `deps`, `aspect`, `scales` or the width change. */
  draw: (context: DrawContext) => Element;
  deps: readonly unknown[];
  aspect: number;
  /** The accessible name of the whole figure (base and overlay: one image). */
  label: string;
  /** Its description, kept up to date without a redraw of the base (the base's draw should pass the same). */
  description?: string;
  scales: OverlayScales;
  /**
   * The scales of a frame `width` px wide, where `scales`' domains cannot say where a value goes
   * (a point scale: DecayCompare's columns); `scales.margins` still bound the plot area.
   */
  scalesAt?: (width: number) => Scales;
  /** What changes with every step: drawn over the base, updated in place. */
  layers?: readonly OverlayLayer[];
  /**
   * What `layers` cannot describe: SVG children drawn with the base's scales, over the layers. With
   * `scales.fy`, called for each facet row (its name the second argument), as `layers` are drawn in each.
   */
  overlay?: (scales: Scales, facet?: string) => ComponentChildren;
  /** Clip the overlay to the plot area (as Plot's `clip: true`). */
  clip?: boolean;
  /** Draw the base in a Web Worker (PlotFigure's `offThread`). */
  offThread?: OffThread;
  class?: string;
}

const frameKinds = Object.keys(frameWidths) as (keyof typeof frameWidths)[];

/** What the overlay's scales are made of: the base is drawn with the same. */
interface Geometry {
  aspect: number;
  scales: OverlayScales;
  scalesAt: ((width: number) => Scales) | undefined;
}
/** The base on screen: its width, the inputs it was drawn for, and the geometry it was drawn with. */
interface Shown extends Geometry {
  width: number;
  deps: readonly unknown[];
}

/**
 * The base's inputs: the widget's `deps`, and what places its marks (facet rows, aspect, domains,
 * scale kinds, margins), as plain values, so that a change of any of them redraws it and an equal one does not.
 */
export function baseDeps(deps: readonly unknown[], aspect: number, scales: OverlayScales): unknown[] {
  const { x, y, kindX, kindY, margins, fy } = scales;
  return [
    ...deps,
    ...(fy ? [fy.padding, ...fy.domain] : []),
    aspect,
    x[0],
    x[1],
    y[0],
    y[1],
    kindX,
    kindY,
    margins.top,
    margins.right,
    margins.bottom,
    margins.left,
  ];
}

/**
 * A figure in two layers: the base (a Plot: axes, contours, whatever changes rarely), drawn by
 * PlotFigure when its own `deps` change (in a task after the paint, draw-queue.ts), and an SVG
 * overlay of `layers` (overlay-layers.ts) and of whatever `overlay` renders (SVG children, for what
 * layers do not describe), drawn with the base's scales (scales.ts, computed from the same margins
 * and domains, or by `scalesAt`) and updated in place by Preact: a slider step or a played frame
 * changes a few `d` attributes, with no Plot rebuilt. At build time the markup carries one overlay
 * per static frame (the page shows the pair its width calls for), so a reader without JavaScript
 * sees the figure whole; once the widget runs, one overlay follows the figure on screen
 * (PlotFigure's `onShown`). The overlay is hidden from assistive technology: the base carries the
 * figure's one name and description.
 */
export function OverlayFigure({
  draw,
  deps,
  aspect,
  label,
  description,
  scales,
  scalesAt,
  layers = [],
  overlay,
  clip = true,
  offThread,
  class: className,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const ids = useId().replace(/[^\w-]/g, '');
  const inputs = baseDeps(deps, aspect, scales);
  // null: one overlay per build frame (the build's markup, and the render that hydrates it).
  const [shown, setShown] = useState<Shown | null>(null);
  const hydrated = useHydratedBuild();
  // The overlay is drawn with the geometry of the base on screen: until the base is drawn for new
  // inputs (in a later task: draw-queue.ts), with the one it was drawn with. Drawn with the new
  // one over the old base, the runs of a new surface were placed for a map not yet drawn.
  const geometry: Geometry = shown && !sameDeps(shown.deps, inputs) ? shown : { aspect, scales, scalesAt };
  // A facet row's margins: the plot area ends where the first row does; the others are moved down.
  const facetsAt = (width: number, { aspect, scales }: Geometry): { margins: Margins; rows: Row[] } => {
    if (!scales.fy) return { margins: scales.margins, rows: [{ name: undefined, dy: 0 }] };
    const height = Math.round(width * aspect);
    const { offsets, bandwidth } = facetBands(scales.fy, height, scales.margins);
    const margins = { ...scales.margins, bottom: height - scales.margins.top - bandwidth };
    return { margins, rows: scales.fy.domain.map((name, i) => ({ name, dy: offsets[i]! - scales.margins.top })) };
  };
  const at = (width: number, margins: Margins, { aspect, scales, scalesAt }: Geometry) =>
    scalesAt?.(width) ?? fallbackScales(scales.x, scales.y, aspect, margins, scales.kindX, scales.kindY, width);
  // Told by PlotFigure right after it has drawn (or kept) a base, from this render's props: the
  // base's inputs and geometry are this render's.
  const onShown = (width: number) =>
    setShown((old) =>
      old?.width === width && sameDeps(old.deps, inputs) ? old : { width, deps: inputs, aspect, scales, scalesAt },
    );

  useLayoutEffect(() => {
    if (description === undefined) return;
    const paragraph = ref.current?.querySelector(':scope > .plot-figure > p.visually-hidden');
    if (!paragraph || paragraph.textContent === description) return;
    // The paragraph's one text node is changed in place: `textContent` put a new node in the old
    // one's place, at every played frame of a widget whose description counts the steps, and the
    // page's `:has()` rules then restyled every ancestor of the figure (a trace's invalidation
    // tracking, AdamInternals playing: three nodes removed and inserted per frame).
    const text = paragraph.firstChild;
    if (text?.nodeType === Node.TEXT_NODE && text === paragraph.lastChild) (text as Text).data = description;
    else paragraph.textContent = description;
  }, [description]);

  const svg = (width: number, drawnWith: Geometry = geometry) => {
    const { margins, rows } = facetsAt(width, drawnWith);
    return (
      <OverlaySvg
        layers={layers}
        overlay={overlay}
        scales={at(width, margins, drawnWith)}
        margins={margins}
        rows={rows}
        clipId={clip ? `${ids}-clip-${width}` : null}
      />
    );
  };
  return (
    <div ref={ref} class={`overlay-figure ${className ?? ''}`.trim()}>
      <PlotFigure
        aspect={aspect}
        label={label}
        deps={inputs}
        draw={draw}
        onShown={onShown}
        offThread={offThread}
      />
      {shown === null ? (
        frameKinds.map((kind) =>
          // Hydrated: the build's overlays stay as they are (Preact would set none of their
          // attributes), and their paths are not computed again (the Race's six runs, simplified
          // for two widths: 60-240 ms of its hydration at 4x CPU), in the render that hydrates
          // and in those before PlotFigure's `onShown`, which replaces them with the live overlay.
          hydrated ? (
            <div
              key={kind}
              class={`overlay-figure__overlay overlay-figure__overlay--${kind}`}
              aria-hidden="true"
              dangerouslySetInnerHTML={keepBuildMarkup}
            />
          ) : (
            <div key={kind} class={`overlay-figure__overlay overlay-figure__overlay--${kind}`} aria-hidden="true">
              {svg(frameWidths[kind], { aspect, scales, scalesAt })}
            </div>
          ),
        )
      ) : (
        <div key="live" class="overlay-figure__overlay" aria-hidden="true">
          {svg(shown.width)}
        </div>
      )}
    </div>
  );
}

/** A facet row (or the one plot area, `name` undefined) and how far down it is moved. */
interface Row {
  name: string | undefined;
  dy: number;
}

interface OverlaySvgProps {
  layers: readonly OverlayLayer[];
  overlay: ((scales: Scales, facet?: string) => ComponentChildren) | undefined;
  scales: Scales;
  margins: Margins;
  rows: readonly Row[];
  clipId: string | null;
}

/** The layers as SVG, in a box the size of the base figure (so both scale alike with the page). */
function OverlaySvg({ layers, overlay, scales, margins, rows, clipId }: OverlaySvgProps) {
  const area: PlotArea = {
    left: margins.left,
    top: margins.top,
    right: scales.width - margins.right,
    bottom: scales.height - margins.bottom,
  };
  // The base's font (basePlotOptions), for labels.
  const offset = plotOffset();
  const style = { color: colors.fg, fontFamily: 'var(--font-ui)', fontSize: scales.width < 420 ? '11px' : '12px' };
  return (
    <svg viewBox={`0 0 ${scales.width} ${scales.height}`} width="100%" height="100%" style={style}>
      {clipId !== null && (
        <defs>
          <clipPath id={clipId}>
            <rect
              x={area.left}
              y={area.top}
              width={Math.max(0, area.right - area.left)}
              height={Math.max(0, area.bottom - area.top)}
            />
          </clipPath>
        </defs>
      )}
      {rows.map((row) => (
        <g
          key={row.name ?? ''}
          {...(row.dy !== 0 || offset !== 0 ? { transform: `translate(${offset},${row.dy + offset})` } : {})}
          {...(clipId !== null ? { 'clip-path': `url(#${clipId})` } : {})}
        >
          {layers.map((layer, i) =>
            layer.kind === 'text' ? (
              <text
                key={i}
                x={scales.x(layer.x) + (layer.dx ?? 0)}
                y={scales.y(layer.y) + (layer.dy ?? 0)}
                dy="0.32em"
                {...paintOf(layer)}
              >
                {layer.text}
              </text>
            ) : (
              <path
                key={i}
                data-layer={layer.kind}
                d={
                  layer.kind === 'line'
                    ? linePath(layer.points, scales)
                    : layer.kind === 'dots'
                      ? dotsPath(layer, scales)
                      : rulePath(layer, scales, area)
                }
                {...paintOf(layer)}
              />
            ),
          )}
          {overlay?.(scales, row.name)}
        </g>
      ))}
    </svg>
  );
}
