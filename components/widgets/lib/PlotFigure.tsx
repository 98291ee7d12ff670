import type { RefObject } from 'preact';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { simplifyPath } from './svg-path.ts';

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
  /** Redraws when any of these change. */
  deps: readonly unknown[];
  class?: string;
}

const ssrWidth = 640;

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
 * Makes a drawn figure one accessible image: the container (role="img") carries the name, and a
 * hidden paragraph the description, both taken from the chart's own aria-label/aria-description
 * (see basePlotOptions). Plot's per-mark aria-labels on <g> elements become data-mark: a <g> has
 * no role that allows a name, so axe reports them, and inside an image they are never read anyway.
 */
export function toAccessibleFigure(figure: Element, descriptionId: string): Element[] {
  const description = figure.getAttribute('aria-description') ?? '';
  lightenFigure(figure);
  for (const element of [figure, ...figure.querySelectorAll('[aria-label], [aria-description], [aria-hidden]')]) {
    // Keep the mark's kind ("line", "dot", "contour") as a plain data attribute for styles and tests.
    const mark = element.getAttribute('aria-label');
    if (mark !== null && element !== figure) element.setAttribute('data-mark', mark);
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
    element.removeAttribute('aria-hidden');
  }
  figure.setAttribute('aria-hidden', 'true');
  const paragraph = figure.ownerDocument.createElement('p');
  paragraph.id = descriptionId;
  paragraph.className = 'visually-hidden';
  paragraph.textContent = description;
  return [figure, paragraph];
}

/**
 * Makes a drawn figure lighter without changing a pixel: contour bands lose the points that lie on
 * straight runs (svg-path.ts; about half the bytes of a contour map), and Plot's own <style>
 * element goes (its rules are in widgets.css: inserting a style element with each redraw made the
 * browser restyle the whole page).
 */
function lightenFigure(figure: Element): void {
  for (const style of figure.querySelectorAll('style')) style.remove();
  for (const path of figure.querySelectorAll('[aria-label="contour"] path[d]')) path.setAttribute('d', simplifyPath(path.getAttribute('d')!));
}

/**
 * A figure drawn with Observable Plot (or any DOM builder). At build time it renders into the
 * server document (components/widgets/lib/ssr-dom.ts) so the page ships a static first frame; in
 * the browser it redraws at the container's real width whenever `deps` or the width change.
 */
export function PlotFigure({ draw, aspect, label, deps, class: className }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(ref);
  const descriptionId = `${useId()}-description`;

  useEffect(() => {
    const element = ref.current;
    if (!element || width === 0) return;
    element.replaceChildren(...toAccessibleFigure(draw({ document, width, height: Math.round(width * aspect) }), descriptionId));
  }, [width, ...deps]);

  const style = { aspectRatio: `${1 / aspect}` };
  if (typeof document === 'undefined') {
    const serverDocument = globalThis.__descentServerDocument;
    const html = serverDocument
      ? toAccessibleFigure(draw({ document: serverDocument, width: ssrWidth, height: Math.round(ssrWidth * aspect) }), descriptionId)
          .map((node) => node.outerHTML)
          .join('')
      : '';
    return <div ref={ref} class={`plot-figure ${className ?? ''}`} style={style} role="img" aria-label={label} aria-describedby={descriptionId} dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return <div ref={ref} class={`plot-figure ${className ?? ''}`} style={style} role="img" aria-label={label} aria-describedby={descriptionId} dangerouslySetInnerHTML={keepServerMarkup} />;
}
