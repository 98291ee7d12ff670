import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { fingerprint } from './fingerprint.ts';
import { warmPlot, whenPlotReady } from './plot.ts';
import { keepStaticFrame, toAccessibleFigure, useContainerWidth, type DrawContext } from './PlotFigure.tsx';

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
  /** Drawn on top of the figure, in an absolutely positioned layer of the same size (an SVG overlay). */
  overlay?: ComponentChildren;
  class?: string;
}

/** Width of the figure printed at build time (the same as PlotFigure's). */
export const ssrWidth = 640;

/**
 * Like `PlotFigure` (static first frame at build time, redraw on `deps` or width change), but it
 * draws synchronously in a layout effect, so the redraw happens in the same task as the input
 * change (and can be timed with performance marks), and it hands each drawn figure to `onDrawn`
 * so an overlay can be positioned with the figure's own scales. The overlay is for what moves
 * every frame; the Plot itself is only rebuilt when its inputs change.
 */
export function ScaledPlot({ draw, aspect, label, deps, onDrawn, overlay, class: className }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(ref);
  const descriptionId = `${useId()}-description`;

  const settled = useRef(false);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || width === 0) return;
    if (!settled.current) {
      settled.current = true;
      // The build's frame still fits (a laptop's width, no link parameters): keep it; the overlay
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
  let html = '';
  if (typeof document === 'undefined') {
    const serverDocument = globalThis.__descentServerDocument;
    if (serverDocument) {
      const figure = draw({ document: serverDocument, width: ssrWidth, height: Math.round(ssrWidth * aspect) });
      const [frame, description] = toAccessibleFigure(figure, descriptionId);
      frame!.setAttribute('class', `${frame!.getAttribute('class') ?? ''} plot-frame`.trim());
      html = frame!.outerHTML + description!.outerHTML;
    }
  }
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
      {overlay && <div class="scaled-plot__overlay">{overlay}</div>}
    </div>
  );
}
