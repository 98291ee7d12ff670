import type { RefObject } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fingerprint } from './fingerprint.ts';
import { afterNextPaint, drawIsDue, drawQueue } from './draw-queue.ts';
import { warmPlot, whenPlotReady, whenReaderInterested } from './plot.ts';
import { quietAfterInput } from './plot-warm.ts';
import { sinceActivity, whenQuiet } from './reader-activity.ts';
import { toAccessibleFigure } from './accessible-figure.ts';
import type { FigureClient } from './figure-client.ts';
import { buildNodes, type FigureNode } from './figure-tree.ts';

export interface DrawContext {
  document: Document;
  width: number;
  height: number;
}

interface Props {
  /** Builds the figure (usually `Plot.plot({...})`) for a document and a size. Pure: no side effects. */
  draw: (context: DrawContext) => Element;
  /** Height divided by width; fixed, so the static frame and the live one take the same space. */
  aspect: number;
  /** What the figure shows, for screen readers (also set on the SVG by the draw function). */
  label: string;
  /** Redraws when any of these (or the width, or `aspect`) change. */
  deps: readonly unknown[];
  /**
   * Told the width of the figure on screen: at hydration, the build's frame shown (640 or 360,
   * whether kept or still waiting for its redraw), then the width of each figure drawn. An overlay
   * drawn over the figure (OverlayFigure) takes its scales at that width.
   */
  onShown?: (width: number) => void;
  /**
   * Draw in a Web Worker (figure-client.ts): the worker's name for `draw`, and `draw`'s input as
   * plain data. `draw` must be that figure's function applied to that input; it still draws the
   * build's frames, and draws on the main thread if the worker cannot.
   */
  offThread?: OffThread | undefined;
  class?: string;
}

export interface OffThread {
  client: FigureClient;
  figure: string;
  input: unknown;
}

/**
 * The widths of the two static frames drawn at build time, a laptop's and a phone's; a screen
 * narrower than 600 px shows the phone's (src/site/styles/widgets.css).
 */
export const frameWidths = { wide: 640, narrow: 360 } as const;
/** A static frame is kept while it is drawn at 0.8–1.25 × its size (10 px text shows at 8–12.5 px). */
export const keepScale = { min: 0.8, max: 1.25 } as const;
/** A kept frame shown within 2 % of its size counts as drawn at its real width (never redrawn for its scale). */
const rescaleTolerance = 0.02;
/** A render within this many ms of a key or pointer press is the reader's change (reader-activity.ts). */
const readerChangeWindow = 1000;

/** The width of `ref`'s element in whole pixels, kept up to date; 0 until measured (and at build time). */
export function useContainerWidth(ref: RefObject<HTMLElement>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth((old) => (Math.abs(old - next) > 1 ? next : old));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
const keepServerMarkup = { __html: '' };

/**
 * A figure drawn with Observable Plot (or any DOM builder). At build time it renders into the
 * server document (components/widgets/lib/ssr-dom.ts) two static first frames, one for laptops and
 * one for phones, so the page has a figure without JavaScript. In the browser it keeps the frame it
 * was given while that frame fits (`keepStaticFrame`), and otherwise redraws at the container's
 * real width whenever `deps` or the width change, loading Plot the first time (plot.ts).
 */
export function PlotFigure({ draw, aspect, label, deps, onShown, offThread, class: className }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(ref);
  const descriptionId = `${useId()}-description`;
  const settled = useRef(false);
  // What a waiting draw draws: the latest render's figure, even when it was queued by an earlier
  // render's effect (the reader's input re-renders the widget before Preact runs that effect's
  // cleanup). `version` counts changes of the inputs, so that the state drawn is not drawn twice.
  // The aspect is one of them, and is read from the latest render too: a draw queued by an earlier
  // render (the idle-time redraw of a scaled build frame, below) drew the new surface's figure at
  // the old surface's height, shown letterboxed in the new box (MomentumRavine at 360 px).
  const version = useChangeCount([width, aspect, ...deps]);
  const latest = useRef({ draw, width, aspect, version, onShown, offThread });
  latest.current = { draw, width, aspect, version, onShown, offThread };
  const drawn = useRef(-1);
  // Since when the figure on screen has been behind its inputs (null: it is up to date).
  const behindSince = useRef<number | null>(null);
  // The build's frame kept, shown at another scale than its own (a 360 px frame in a 294 px column).
  const scaledFrame = useRef(false);

  /** Draws the latest inputs into `element` at once, if the state queued for (`version`) is still due. */
  const redraw = (element: HTMLElement, version: number) => {
    const { draw, width, aspect, version: newest, onShown } = latest.current;
    if (!drawIsDue(version, newest, behindSince.current ?? 0, performance.now())) return;
    drawn.current = newest;
    behindSince.current = null;
    element.replaceChildren(
      ...toAccessibleFigure(draw({ document, width, height: Math.round(width * aspect) }), descriptionId),
    );
    onShown?.(width);
  };

  /** Shows the figure drawn in the worker for `version` at `width` (its nodes), if that state is still due. */
  const show = (element: HTMLElement, version: number, nodes: FigureNode[], width: number) => {
    const { version: newest, onShown } = latest.current;
    if (version <= drawn.current || !drawIsDue(version, newest, behindSince.current ?? 0, performance.now())) return;
    drawn.current = version;
    behindSince.current = version === newest ? null : performance.now();
    element.replaceChildren(...buildNodes(nodes, document));
    onShown?.(width);
  };

  /**
   * Draws the latest inputs after the input's paint: in the worker (`offThread`), then shown in a
   * turn of the draw queue, or on the main thread (loading Plot first if need be). Returns a cancel.
   *
   * The worker is asked after that paint too. Asked at once, its draw ran while the browser made
   * the input's frame, and took CPU from it: a curvature key on DescentCurve answered in 31 ms on
   * average against 23 ms asked after the paint (Event Timing at 1x, bench/input-breakdown.ts, six
   * rounds of six keys on this two-core machine). The figure comes a frame later.
   *
   * A figure the worker has drawn is shown even when newer inputs have come meanwhile, if the
   * figure has been behind for long enough (`show`, `drawIsDue`): a reader holding a key down sees
   * the figure follow every `maxBehind` ms, as with drawing on the page. So the cancel only stops
   * a fallback to the page; the newer inputs' own request replaces any still waiting (figure-client.ts).
   */
  const drawLater = (element: HTMLElement, version: number): (() => void) => {
    let cancelDraw: (() => void) | undefined;
    let cancelWait: (() => void) | undefined;
    const onMainThread = () => {
      cancelWait = whenPlotReady(() => {
        cancelDraw = drawQueue.schedule(element, () => redraw(element, version));
      });
    };
    const { offThread: worker, width, aspect } = latest.current;
    if (worker && !worker.client.failed) {
      let current = true;
      const request = {
        figure: worker.figure,
        input: worker.input,
        width,
        height: Math.round(width * aspect),
        descriptionId,
      };
      afterNextPaint(
        () =>
          void worker.client.draw(element, request).then((result) => {
            if (result.kind === 'drawn') drawQueue.schedule(element, () => show(element, version, result.nodes, width));
            else if (result.kind === 'failed' && current) onMainThread();
          }),
      );
      cancelWait = () => {
        current = false;
      };
    } else onMainThread();
    return () => {
      cancelWait?.();
      cancelDraw?.();
    };
  };

  // A layout effect, not a passive one: the draw is queued as the render commits. Queued from a
  // passive effect (which Preact runs after the next paint), it waited for yet another paint, one
  // empty frame later; and the figures redrawn by a value computed after the paint (after-paint.ts)
  // came a frame after that value instead of in its frame.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || width === 0) return;
    if (!settled.current) {
      settled.current = true;
      if (element.querySelector(':scope > .plot-frame')) onShown?.(frameWidths[shownFrameKind(element)]);
      if (keepStaticFrame(element, width, fingerprint(deps))) {
        scaledFrame.current = Math.abs(width / frameWidths[shownFrameKind(element)] - 1) > rescaleTolerance;
        if (offThread && !offThread.client.failed) whenReaderInterested(element, () => offThread.client.start());
        else warmPlot(element);
        return;
      }
    }
    if (drawn.current === version) return;
    // Drawn in a later task (draw-queue.ts), so the input that changed `deps` is painted first.
    behindSince.current ??= performance.now();
    return drawLater(element, version);
  }, [width, aspect, ...deps]);

  // A kept build frame shown scaled (its axis text 18 % smaller at 294 px) is drawn once at the
  // real width when the reader first changes the widget, in idle time once the reader pauses: a
  // change that leaves this figure's `deps` alone (an α key under a curve drawn for λ) kept it
  // scaled for good.
  const rescale = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !scaledFrame.current || rescale.current || drawn.current !== -1) return;
    if (!(sinceActivity() < readerChangeWindow)) return;
    let cancelDraw: (() => void) | undefined;
    const cancelIdle = whenQuiet(quietAfterInput, () => {
      // Unless a change of its inputs has drawn it meanwhile.
      if (drawn.current === -1) cancelDraw = drawLater(element, latest.current.version);
    });
    rescale.current = () => {
      cancelIdle();
      cancelDraw?.();
    };
  });
  useLayoutEffect(() => () => rescale.current?.(), []);

  const style = { aspectRatio: `${1 / aspect}` };
  if (typeof document === 'undefined') {
    return (
      <div
        ref={ref}
        class={`plot-figure ${className ?? ''}`}
        style={style}
        role="img"
        aria-label={label}
        aria-describedby={descriptionId}
        data-frame={fingerprint(deps)}
        dangerouslySetInnerHTML={{ __html: serverFrames(draw, aspect, descriptionId) }}
      />
    );
  }
  return (
    <div
      ref={ref}
      class={`plot-figure ${className ?? ''}`}
      style={style}
      role="img"
      aria-label={label}
      aria-describedby={descriptionId}
      dangerouslySetInnerHTML={keepServerMarkup}
    />
  );
}

/** How many times `values` has changed (any element, by `Object.is`) since the first render. */
function useChangeCount(values: readonly unknown[]): number {
  const last = useRef(values);
  const count = useRef(0);
  if (values.length !== last.current.length || values.some((value, i) => !Object.is(value, last.current[i])))
    count.current++;
  last.current = values;
  return count.current;
}

/**
 * What makes a build's frame lighter (static-frame.ts's lightenStaticFrame), given by ssr-dom.ts
 * with the server's document: build-time code that browsers never run stays out of their bundle
 * (about 1 KB gzipped on every page with a figure).
 */
let lightenFrame: ((figure: Element) => void) | undefined;
export function provideFrameLightener(lighten: (figure: Element) => void): void {
  lightenFrame = lighten;
}

/** Both static frames (wide and narrow, lightened: static-frame.ts) and the description, as HTML; empty without a server document. */
export function serverFrames(draw: Props['draw'], aspect: number, descriptionId: string): string {
  const serverDocument = globalThis.__descentServerDocument;
  if (!serverDocument) return '';
  let description = '';
  const frames = (Object.keys(frameWidths) as (keyof typeof frameWidths)[]).map((kind) => {
    const width = frameWidths[kind];
    const drawn = draw({ document: serverDocument, width, height: Math.round(width * aspect) });
    // Only the build's frames are thinned and rounded (static-frame.ts): they
    // were most of a chapter's bytes (a figure drawn in the browser is never sent).
    lightenFrame?.(drawn);
    const [figure, paragraph] = toAccessibleFigure(drawn, descriptionId);
    figure!.setAttribute('class', `${figure!.getAttribute('class') ?? ''} plot-frame plot-frame--${kind}`.trim());
    description = paragraph!.outerHTML;
    return figure!.outerHTML;
  });
  return frames.join('') + description;
}

/**
 * At hydration: keeps the static frames (the page shows one, by its width) when they were drawn from
 * the same inputs (`key`, the fingerprint of `deps`; a link's parameters change them) and its
 * scale suits `width`. Then nothing is drawn, and Plot is not even loaded, until something changes.
 */
export function keepStaticFrame(element: HTMLElement, width: number, key: string): boolean {
  if (element.dataset['frame'] !== key) return false;
  const shown = shownFrame(element);
  if (!shown) return false;
  const scale = width / frameWidths[kindOf(shown)];
  return scale >= keepScale.min && scale <= keepScale.max;
}

const shownFrame = (element: HTMLElement) =>
  [...element.querySelectorAll<SVGElement | HTMLElement>(':scope > .plot-frame')].find(
    (frame) => frame.getClientRects().length > 0,
  );
const kindOf = (frame: Element | undefined): keyof typeof frameWidths =>
  frame?.classList.contains('plot-frame--narrow') ? 'narrow' : 'wide';

/** Which of the build's frames the page shows (by its width, widgets.css); `wide` when none is. */
export const shownFrameKind = (element: HTMLElement): keyof typeof frameWidths => kindOf(shownFrame(element));
