import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { MutableRef } from 'preact/hooks';
import { fingerprint } from './fingerprint.ts';
import { plotReady, warmPlot, whenPlotReady } from './plot.ts';
import { keepBuildMarkup, sameDeps, useHydratedBuild } from './after-paint.ts';
import { createRecentMemo } from './recent-memo.ts';
import { whenNearView } from './near-view.ts';
import { toAccessibleFigure } from './accessible-figure.ts';
import {
  frameWidths,
  keepStaticFrame,
  serverFrames,
  shownFrameKind,

  useContainerWidth,
  type DrawContext,
} from './PlotFigure.tsx';

interface Props {
  /** Builds the figure (usually `Plot.plot({...})`). Pure: no side effects. */
  draw: (context: DrawContext) => Element;
  /** Height divided by width; fixed, so the static frame and the live one take the same space. */
  aspect: number;
  label: string;
  /** Redraws when any of these (or the width, or `aspect`) change. */
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
  /**
   * Keep the last `keep` drawn figures, by `deps` and width, and show a kept one again instead of
   * drawing it (a reader going back to a surface already shown). Default: none kept.
   */
  keep?: number;
  /**
   * Set to a function that draws the figure for other `deps` off screen, into the figures kept
   * (`keep`), so that a later render with those deps only shows it: a widget draws its next figure
   * in a task of its own, before the render that shows it. Does nothing before Plot is loaded.
   */
  prepare?: MutableRef<PrepareFigure | null>;
  /**
   * With `keep`: the build's frame, once replaced, is kept too, and shown again when `deps` come
   * back to the build's; then this is called (in place of `onDrawn`: that frame has no scales to read).
   */
  onBuildFrame?: () => void;
  class?: string;
}

/**
 * Draws the figure for `deps` with `draw` off screen, to be shown later (ScaledPlot's `prepare`).
 * Returns that figure (drawn now or kept) and its size, so that a widget can read its scales
 * before it is shown; null when nothing was drawn (Plot not loaded yet, no width, the build's frame).
 */
export type PrepareFigure = (
  deps: readonly unknown[],
  draw: (context: DrawContext) => Element,
) => { figure: Element; width: number; height: number } | null;

type Drawn = { figure: Element; nodes: Element[] };

/**
 * Like `PlotFigure` (two static frames drawn at build time, a laptop's and a phone's; redraw on
 * `deps` or width change), but it draws synchronously in a layout effect, so the redraw happens in
 * the same task as the input change (and can be timed with performance marks), and it hands each
 * drawn figure to `onDrawn` so an overlay can be positioned with the figure's own scales. The
 * overlay is for what moves every frame; the Plot itself is only rebuilt when its inputs change.
 * The build's markup carries an overlay for each frame, drawn with that frame's scales, so the
 * page (with or without JavaScript) shows a matching pair at any width.
 */
export function ScaledPlot({
  draw,
  aspect,
  label,
  deps,
  onDrawn,
  onFrame,
  overlay,
  keep,
  prepare,
  onBuildFrame,
  class: className,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(ref);
  const descriptionId = `${useId()}-description`;
  const kept = useRef<ReturnType<typeof createRecentMemo<Drawn>> | null>(null);
  // The build's frame and the deps it shows, kept (with `keep`) from hydration on.
  const buildFrame = useRef<{ deps: readonly unknown[]; width: number; aspect: number; nodes: ChildNode[] } | null>(
    null,
  );
  if (keep !== undefined && kept.current === null) kept.current = createRecentMemo<Drawn>(keep);
  const figureFor = (drawWith: (context: DrawContext) => Element, drawDeps: readonly unknown[]): Drawn => {
    const make = () => {
      const figure = drawWith({ document, width, height: Math.round(width * aspect) });
      return { figure, nodes: toAccessibleFigure(figure, descriptionId) };
    };
    return kept.current ? kept.current(make, [...drawDeps, width, aspect]) : make();
  };
  if (prepare)
    prepare.current = (drawDeps, drawWith) => {
      // The build's frame for these deps is kept already: nothing to draw.
      const built = buildFrame.current;
      if (built?.width === width && built.aspect === aspect && sameDeps(built.deps, drawDeps)) return null;
      if (!(width > 0 && plotReady() && kept.current)) return null;
      return { figure: figureFor(drawWith, drawDeps).figure, width, height: Math.round(width * aspect) };
    };
  // One overlay per build frame (the build's markup, and the first render, which hydrates it),
  // until the frame on screen is known. Hydrated, they stay as the build drew them until then.
  const [perFrame, setPerFrame] = useState(true);
  const hydrated = useHydratedBuild();

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
        if (kept.current) buildFrame.current = { deps, width, aspect, nodes: [...element.childNodes] };
        warmPlot(element);
        return;
      }
    }
    const built = buildFrame.current;
    if (built?.width === width && built.aspect === aspect && sameDeps(built.deps, deps)) {
      element.replaceChildren(...built.nodes);
      onBuildFrame?.();
      return;
    }
    const redraw = () => {
      const { figure, nodes } = figureFor(draw, deps);
      element.replaceChildren(...nodes);
      onDrawn?.(figure, width, Math.round(width * aspect));
    };
    // Before Plot is loaded, a figure off screen waits until it comes near the screen: loading
    // Plot and a cold draw are the dearest work of a page that is still loading (near-view.ts).
    return plotReady() ? whenPlotReady(redraw) : whenNearView(element, () => whenPlotReady(redraw));
    // The aspect too: a figure drawn at another aspect is shown letterboxed in this one's box.
  }, [width, aspect, ...deps]);

  const style = { aspectRatio: `${1 / aspect}` };
  const html = typeof document === 'undefined' ? serverFrames(draw, aspect, descriptionId) : '';
  const overlays = !overlay ? null : perFrame ? (
    (Object.keys(frameWidths) as (keyof typeof frameWidths)[]).map((kind) =>
      hydrated ? (
        <div
          key={kind}
          class={`scaled-plot__overlay scaled-plot__overlay--${kind}`}
          dangerouslySetInnerHTML={keepBuildMarkup}
        />
      ) : (
        <div key={kind} class={`scaled-plot__overlay scaled-plot__overlay--${kind}`}>
          {overlay(frameWidths[kind])}
        </div>
      ),
    )
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
