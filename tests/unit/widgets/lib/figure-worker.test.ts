import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../../components/widgets/lib/ssr-dom.ts';
import { toAccessibleFigure } from '../../../../components/widgets/lib/accessible-figure.ts';
import {
  drawTree,
  serveFigures,
  showScreen,
  type FigureDraw,
} from '../../../../components/widgets/lib/figure-worker.ts';
import { buildNodes, type FigureNode } from '../../../../components/widgets/lib/figure-tree.ts';
import type { DrawRequest } from '../../../../components/widgets/lib/figure-client.ts';
import { drawSpeedBase } from '../../../../components/widgets/NesterovCompare/draws.ts';
import type { LogTimeBase } from '../../../../components/widgets/lib/log-time-base.ts';
import type { ComparisonBase } from '../../../../components/widgets/TorchFormCheck/draws.ts';
import { cases, constant, draws, halved, lengths, map, moments, runs, speed } from './figure-bases.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
/** Markup with each element's attributes in name order (linkedom writes them last set first). */
const canonical = (markup: string) =>
  markup.replace(/<([\w-]+)((?:\s+[^\s=>]+="[^"]*")*)(\s*\/?)>/g, (_, tag: string, attributes: string, end: string) => {
    const sorted = attributes.match(/[^\s=>]+="[^"]*"/g)?.sort() ?? [];
    return `<${[tag, ...sorted].join(' ')}${end}>`;
  });
/** The markup of the elements the page builds from what the worker posts (figure-tree.ts). */
const built = (nodes: FigureNode[]) =>
  canonical(
    buildNodes(nodes, document)
      .map((node) => (node as Element).outerHTML)
      .join(''),
  );
/** What the worker draws for `request`, as the page builds it. */
const drawMarkup = (draws: Readonly<Record<string, FigureDraw>>, request: DrawRequest, doc: Document) =>
  built(drawTree(draws, request, doc));

/** The markup the page's own draw makes (PlotFigure on the main thread). */
const onPage = (figure: Element) =>
  canonical(
    toAccessibleFigure(figure, 'd')
      .map((element) => element.outerHTML)
      .join(''),
  );

describe('drawTree', () => {
  it('draws, from an input that went through structured cloning, the figure the page draws', () => {
    for (const [figure, input, draw] of cases) {
      const size = { width: 328, height: 279 };
      const request = { figure, input: structuredClone(input), ...size, descriptionId: 'd' };
      const markup = drawMarkup(draws, request, document);
      const page = onPage((draw as (input: unknown, c: object) => Element)(input, { document, ...size }));
      // The same but for the clip paths' ids, named after the figure (below).
      expect(markup.replace(/d-plot-clip-\d+/g, 'clip')).toBe(page.replace(/plot-clip-\d+/g, 'clip'));
      // The figure and its description, accessible as PlotFigure makes them; Plot's style element dropped.
      expect(markup).toMatch(/^<svg[^>]* aria-hidden="true"/);
      expect(markup).toContain('<p class="visually-hidden" id="d">');
      expect(markup).not.toContain('<style');
    }
    // A linear value axis has its reference rule, a log one none.
    const chart = (input: LogTimeBase) =>
      drawMarkup(draws, { figure: 'log-time', input, width: 328, height: 197, descriptionId: 'd' }, document);
    expect(chart(lengths)).toContain('data-mark="rule"');
    expect(chart(moments)).not.toContain('data-mark="rule"');
    // Where α halves is marked, at a constant α nothing is.
    const comparison = (input: ComparisonBase) =>
      drawMarkup(draws, { figure: 'comparison', input, width: 328, height: 164, descriptionId: 'd' }, document);
    expect(comparison(halved)).toContain('α halved');
    expect(comparison(halved)).toContain('data-mark="rule"');
    expect(comparison(constant)).not.toContain('data-mark="rule"');
    // The map is traced in the worker as on the page: its bands are there.
    const traced = drawMarkup(
      draws,
      { figure: 'contour-map', input: structuredClone(map), width: 328, height: 200, descriptionId: 'd' },
      document,
    );
    expect(traced.match(/<path /g)?.length).toBeGreaterThan(5);
    expect(traced).toContain('data-mark="contour"');
  });

  it("names Plot's numbered ids after the figure, so that they cannot take a figure's on the page", () => {
    const markup = drawMarkup(
      draws,
      { figure: 'runs', input: runs, width: 328, height: 279, descriptionId: 'P3-1-description' },
      document,
    );
    const ids = [...markup.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    const clip = ids.find((id) => id!.includes('clip'))!;
    expect(clip).toMatch(/^P3-1-description-plot-clip-\d+$/);
    // Every reference to it follows (the two facet rows' line and text groups).
    expect(markup.split(`clip-path="url(#${clip})"`).length - 1).toBe(4);
    expect(markup).not.toMatch(/[^-]plot-clip-/);
  });

  it('names the figure it does not have, and those it has', () => {
    expect(() =>
      drawMarkup(draws, { figure: 'map', input: {}, width: 1, height: 1, descriptionId: 'd' }, document),
    ).toThrow(
      'no figure named "map" in this worker (it has runs, speed, log-loss, log-time, contour-map, curve, dot-chart, ravine, lr-strip, quadratic, comparison, chart, adam-loss, adam-map)',
    );
  });
});

describe('serveFigures', () => {
  const scope = globalThis as unknown as { onmessage: unknown; postMessage: unknown };
  afterEach(() => {
    delete scope.onmessage;
    delete scope.postMessage;
    // The screen's message gives this (node) process a window of one number: taken back.
    delete (globalThis as { window?: unknown }).window;
  });

  it('answers each request with its id: the figure, or the error a draw threw', async () => {
    const posted = vi.fn();
    scope.postMessage = posted;
    serveFigures(draws);
    const handle = scope.onmessage as (event: { data: unknown }) => Promise<void>;
    await handle({ data: { id: 7, figure: 'speed', input: speed, width: 328, height: 98, descriptionId: 'd' } });
    await handle({ data: { id: 8, figure: 'map', input: {}, width: 328, height: 98, descriptionId: 'd' } });
    const answer = posted.mock.calls[0]![0] as { id: number; nodes: FigureNode[] };
    expect(answer.id).toBe(7);
    // Posted as plain data (it survives structured cloning), and the page builds the figure from it.
    expect(built(structuredClone(answer.nodes))).toBe(
      onPage(drawSpeedBase(speed, { document, width: 328, height: 98 })),
    );
    const failed = posted.mock.calls[1]![0] as { id: number; error: string };
    expect(failed.id).toBe(8);
    expect(failed.error).toContain('no figure named "map"');
  });

  it('takes the screen first and answers it nothing; the draws after it are answered', async () => {
    const posted = vi.fn();
    scope.postMessage = posted;
    serveFigures(draws);
    const handle = scope.onmessage as (event: { data: unknown }) => Promise<void>;
    await handle({ data: { pixelRatio: 2 } });
    expect(posted).not.toHaveBeenCalled();
    await handle({ data: { id: 9, figure: 'speed', input: speed, width: 328, height: 98, descriptionId: 'd' } });
    expect(posted.mock.calls.map(([reply]) => (reply as { id: number }).id)).toEqual([9]);
  });
});

describe('showScreen', () => {
  it("gives a worker's Plot the page's pixel ratio as a window's, and leaves a real window alone", () => {
    const worker: { window?: { devicePixelRatio: number } } = {};
    showScreen(worker, { pixelRatio: 1 });
    expect(worker.window).toEqual({ devicePixelRatio: 1 });
    const page = { window: { devicePixelRatio: 3 } };
    showScreen(page, { pixelRatio: 1 });
    expect(page.window.devicePixelRatio).toBe(3);
  });
});
