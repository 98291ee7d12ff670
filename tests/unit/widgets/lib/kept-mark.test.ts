import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import '../../../../components/widgets/lib/ssr-dom.ts';
import { contourMarks } from '../../../../components/widgets/lib/contour.ts';
import type { DrawContext } from '../../../../components/widgets/lib/PlotFigure.tsx';
import { axisValley } from '../../../../src/engine/problems/index.ts';
import { contourLevels, sampleGrid, type Grid } from '../../../../src/engine/sim/index.ts';

// A browser's document (the build's server document keeps nothing: see keptMark).
const document = parseHTML('<!doctype html><html><body></body></html>').document;
const { domain } = axisValley;

/** A map with a path on it, drawn as AdaptiveSteps draws it (one Plot, clipped), its contours kept. */
function draw(grid: Grid, levels: number[], width: number, path: { x: number; y: number }[], keep = true) {
  const context: DrawContext = { document, width, height: Math.round(width / 2) };
  return Plot.plot({
    document,
    width: context.width,
    height: context.height,
    x: { domain: domain.x },
    y: { domain: domain.y },
    clip: true,
    marks: [
      ...contourMarks(grid, { levels, shade: null }, keep ? context : undefined),
      Plot.line(path, { x: 'x', y: 'y', stroke: 'red' }),
    ],
  });
}

/**
 * The figure's markup without its clip paths and their ids (each draw numbers its own, and a copied
 * map brings its own clip path, the same rectangle, where Plot's marks share one).
 */
const markup = (svg: Element) =>
  svg.outerHTML.replace(/<clipPath[^>]*>.*?<\/clipPath>/g, '').replace(/(?:plot|kept)-clip-\d+/g, 'clip');
/** The rectangle a mark is clipped to, as markup. */
const clipOf = (svg: Element, mark: string) => {
  const id = /url\(#(.+)\)/.exec(svg.querySelector(`[aria-label="${mark}"]`)!.getAttribute('clip-path')!)![1];
  return [...svg.querySelectorAll('clipPath')].find((c) => c.id === id)?.innerHTML;
};

describe('keptMark (through contourMarks with a context)', () => {
  const fresh = () => {
    const grid = sampleGrid(axisValley.f, domain, { nx: 45, ny: 20 });
    return { grid, levels: contourLevels(grid, { count: 8, scale: 'quadratic' }) };
  };
  const pathA = [
    { x: -4, y: 1.5 },
    { x: -3, y: 1 },
  ];
  const pathB = [...pathA, { x: -2, y: 0.5 }];

  it('draws the next figure exactly as a full draw would, with the map copied and clipped in the new SVG', () => {
    const { grid, levels } = fresh();
    draw(grid, levels, 333, pathA);
    const second = draw(grid, levels, 333, pathB);
    const full = Plot.plot({
      document,
      width: 333,
      height: 167,
      x: { domain: domain.x },
      y: { domain: domain.y },
      clip: true,
      marks: [...contourMarks(grid, { levels, shade: null }), Plot.line(pathB, { x: 'x', y: 'y', stroke: 'red' })],
    });
    expect(markup(second)).toBe(markup(full));
    // The copy is clipped to the frame by a clip path in its own SVG.
    expect(clipOf(second, 'contour')).toContain('<rect');
    expect(clipOf(second, 'contour')).toBe(clipOf(full, 'contour'));
  });

  it('does not contour the grid again for the same grid, levels and size, and does for another size', () => {
    const { grid, levels } = fresh();
    const first = markup(draw(grid, levels, 360, pathA));
    // The map is kept by the grid object: a change of its values that the figure cannot know of
    // shows that the second draw did not contour again.
    grid.values.fill(0);
    expect(markup(draw(grid, levels, 360, pathA))).toBe(first);
    // Another size: contoured again, from the values the grid has now.
    expect(markup(draw(grid, levels, 400, pathA))).toBe(markup(draw({ ...grid }, levels, 400, pathA, false)));
    expect(markup(draw(grid, levels, 400, pathA))).not.toBe(markup(draw(fresh().grid, levels, 400, pathA, false)));
    // Other levels: another map.
    expect(markup(draw(grid, [1, 2], 360, pathA))).not.toBe(first);
  });

  it('keeps nothing at build time, where the frames are thinned after drawing', () => {
    const { grid, levels } = fresh();
    const server = globalThis.__descentServerDocument!;
    const context: DrawContext = { document: server, width: 300, height: 150 };
    const svg = () =>
      Plot.plot({ document: server, width: 300, height: 150, marks: contourMarks(grid, { levels }, context) })
        .outerHTML;
    const first = svg();
    grid.values.fill(0);
    expect(svg()).not.toBe(first);
  });
});
