import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { drawQueue } from './draw-queue.ts';
import { fingerprint } from './fingerprint.ts';
import { warmPlot, whenPlotReady } from './plot.ts';
import {
  frameWidths,
  keepStaticFrame,
  serverFrames,
  shownFrameKind,
  toAccessibleFigure,
  useContainerWidth,
  type DrawContext,
} from './PlotFigure.tsx';
import { scalesOf, type Scales } from './scales.ts';

interface Props {
  /** Builds what stays put (axes, grid, contours), usually `Plot.plot({...})`. Pure. */
  draw: (context: DrawContext) => Element;
  /** Height divided by width, fixed. */
  aspect: number;
  /** The figure's accessible name. */
  label: string;
  /** Its description: read from this prop at every render, so it follows the overlay without a redraw. */
  description: string;
  /** The base is redrawn when any of these change (or the width does). */
  deps: readonly unknown[];
  /** The scales of a base drawn `width` px wide (the same margins and domains as `draw`'s Plot). */
  scalesAt: (width: number) => Scales;
  /** What moves (a run's path, a marker): SVG children drawn with the base's scales. */
  overlay: (scales: Scales) => ComponentChildren;
  /** Clips the overlay to the plot's frame inside these margins (px), as Plot's `clip: true` does. */
  clip?: { top: number; right: number; bottom: number; left: number };
  class?: string;
}

/**
 * A Plot figure in two layers: a base drawn with Plot only when `deps` or the width change, and an
 * overlay of plain SVG elements, re-rendered by Preact with every state (a played frame, a step),
 * positioned with the base's scales. Why: rebuilding a whole Plot (axes, grid, a contour map) for
 * each played frame made tasks of 100–350 ms on a phone-class CPU and repainted the whole figure
 * (bench/interactions.ts); moving a path costs a path's attribute.
 *
 * Like PlotFigure, the build prints two static frames (a laptop's and a phone's), each with its
 * overlay, so the page shows the figure without JavaScript; a running page keeps the build's frame
 * while it fits and draws the base in a later task (draw-queue.ts). The accessible name and
 * description sit on the outer element (role="img"), the layers are hidden from assistive tech.
 */
export function LayeredFigure({
  draw,
  aspect,
  label,
  description,
  deps,
  scalesAt,
  overlay,
  clip,
  class: className,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(ref);
  const id = useId();
  const descriptionId = `${id}-description`;
  // The width the base on screen was drawn at (a build frame's, until the browser draws), and its
  // scales; `null` while both build frames may show (build markup, hydration).
  const [drawn, setDrawn] = useState<{ width: number; scales: Scales } | null>(null);
  const settled = useRef(false);
  const latest = useRef({ draw, width });
  latest.current = { draw, width };

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || width === 0) return;
    if (!settled.current) {
      settled.current = true;
      const frame = frameWidths[shownFrameKind(element)];
      if (keepStaticFrame(element, width, fingerprint(deps))) {
        setDrawn({ width: frame, scales: scalesAt(frame) });
        warmPlot(element);
        return;
      }
    }
    const redraw = () => {
      const { draw, width } = latest.current;
      const height = Math.round(width * aspect);
      const figure = draw({ document, width, height });
      // The base's own description paragraph is left out: the outer element carries the live one.
      element.replaceChildren(toAccessibleFigure(figure, `${id}-base`)[0]!);
      setDrawn({ width, scales: scalesOf(figure, width, height) ?? scalesAt(width) });
    };
    let cancelDraw: (() => void) | undefined;
    const cancelWait = whenPlotReady(() => {
      cancelDraw = drawQueue.schedule(element, redraw);
    });
    return () => {
      cancelWait?.();
      cancelDraw?.();
    };
  }, [width, ...deps]);

  // The first client render must match the build's markup (both frames' overlays) to hydrate.
  const layer = (scales: Scales, kind?: keyof typeof frameWidths) => {
    const clipId = `${id}-clip-${kind ?? 'live'}`.replace(/[^\w-]/g, '');
    return (
      <div key={kind ?? 'live'} class={`scaled-plot__overlay${kind ? ` scaled-plot__overlay--${kind}` : ''}`}>
        <svg viewBox={`0 0 ${scales.width} ${scales.height}`} width="100%" height="100%" aria-hidden="true">
          {clip ? (
            <>
              <defs>
                <clipPath id={clipId}>
                  <rect
                    x={clip.left}
                    y={clip.top}
                    width={Math.max(0, scales.width - clip.left - clip.right)}
                    height={Math.max(0, scales.height - clip.top - clip.bottom)}
                  />
                </clipPath>
              </defs>
              <g clip-path={`url(#${clipId})`}>{overlay(scales)}</g>
            </>
          ) : (
            overlay(scales)
          )}
        </svg>
      </div>
    );
  };
  const style = { aspectRatio: `${1 / aspect}` };
  const server = typeof document === 'undefined';
  return (
    <div
      class={`scaled-plot layered-figure ${className ?? ''}`}
      style={style}
      role="img"
      aria-label={label}
      aria-describedby={descriptionId}
    >
      <div
        ref={ref}
        class="plot-figure"
        style={style}
        {...(server ? { 'data-frame': fingerprint(deps) } : {})}
        dangerouslySetInnerHTML={{ __html: server ? withoutDescription(serverFrames(draw, aspect, `${id}-base`)) : '' }}
      />
      {drawn
        ? layer(drawn.scales)
        : (Object.keys(frameWidths) as (keyof typeof frameWidths)[]).map((kind) =>
            layer(scalesAt(frameWidths[kind]), kind),
          )}
      <p id={descriptionId} class="visually-hidden">
        {description}
      </p>
    </div>
  );
}

/** The build's frames without the description paragraph serverFrames appends (the outer element has it). */
export const withoutDescription = (html: string): string => html.replace(/<p [^>]*>[^<]*<\/p>$/, '');
