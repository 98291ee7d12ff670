import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
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

interface Props {
  /** Builds the figure (usually `Plot.plot({...})`). Pure: no side effects. */
  draw: (context: DrawContext) => Element;
  /** Height divided by width; fixed, so the static frame and the live one take the same space. */
  aspect: number;
  label: string;
  /** Redraws when any of these change. */
  deps: readonly unknown[];
  /** Called with each freshly drawn figure (to read its scales with `plot.scale('x')`) and its size. */
  onDrawn?: (figure: Element, width: number, height: number) => void;
  /**
   * Drawn on top of the figure, in an absolutely positioned layer of the same size (an SVG overlay),
   * with the scales of what is shown under it. Called with the width of a build frame (640 or 360)
   * for the build's markup, which carries one overlay per frame (the page shows the pair its width
   * calls for); once the widget runs, with `undefined`: the overlay then follows the figure shown,
   * the frame reported by `onFrame` until the first draw, then the drawn figure (`onDrawn`).
   */
  overlay?: (frameWidth: number | undefined) => ComponentChildren;
  /** Called at hydration with the width of the build's frame on screen (640 or 360), kept or not yet replaced. */
  onFrame?: (frameWidth: number) => void;
  class?: string;
}

/**
 * Like `PlotFigure` (two static frames drawn at build time, a laptop's and a phone's; redraw on
 * `deps` or width change), but it draws synchronously in a layout effect, so the redraw happens in
 * the same task as the input change (and can be timed with performance marks), and it hands each
 * drawn figure to `onDrawn` so an overlay can be positioned with the figure's own scales. The
 * overlay is for what moves every frame; the Plot itself is only rebuilt when its inputs change.
 * The build's markup carries an overlay for each frame, drawn with that frame's scales, so the
 * page (with or without JavaScript) shows a matching pair at any width.
 */
export function ScaledPlot({ draw, aspect, label, deps, onDrawn, onFrame, overlay, class: className }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(ref);
  const descriptionId = `${useId()}-description`;
  // One overlay per build frame (the build's markup, and the first render, which hydrates it),
  // until the frame on screen is known.
  const [perFrame, setPerFrame] = useState(true);

  const settled = useRef(false);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || width === 0) return;
    if (!settled.current) {
      settled.current = true;
      onFrame?.(frameWidths[shownFrameKind(element)]);
      setPerFrame(false);
      // The build's frame fits (no link parameters, a width near the frame's): keep it; the overlay
      // goes on using the fallback scales it was drawn with.
      if (keepStaticFrame(element, width, fingerprint(deps))) {
        warmPlot(element);
        return;
      }
    }
    const redraw = () => {
      const height = Math.round(width * aspect);
      const figure = draw({ document, width, height });
      element.replaceChildren(...toAccessibleFigure(figure, descriptionId));
      onDrawn?.(figure, width, height);
    };
    return whenPlotReady(redraw);
  }, [width, ...deps]);

  const style = { aspectRatio: `${1 / aspect}` };
  const html = typeof document === 'undefined' ? serverFrames(draw, aspect, descriptionId) : '';
  const overlays = !overlay ? null : perFrame ? (
    (Object.keys(frameWidths) as (keyof typeof frameWidths)[]).map((kind) => (
      <div key={kind} class={`scaled-plot__overlay scaled-plot__overlay--${kind}`}>
        {overlay(frameWidths[kind])}
      </div>
    ))
  ) : (
    <div key="wide" class="scaled-plot__overlay">
      {overlay(undefined)}
    </div>
  );
  return (
    <div class={`scaled-plot ${className ?? ''}`} style={style}>
      <div
        ref={ref}
        class="plot-figure"
        style={style}
        role="img"
        aria-label={label}
        aria-describedby={descriptionId}
        {...(typeof document === 'undefined' ? { 'data-frame': fingerprint(deps) } : {})}
        dangerouslySetInnerHTML={{ __html: html }}
      />
      {overlays}
    </div>
  );
}
