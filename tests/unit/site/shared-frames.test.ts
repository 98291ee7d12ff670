import { describe, expect, it } from 'vitest';
import { shareRepeatedFrames } from '../../../src/site/shared-frames.ts';

/** A frame as PlotFigure writes it, with Plot's numbered clip path and enough marks to be worth sharing. */
const frame = (kind: string, clip: number, marks = 'M0,0l5,5 '.repeat(300)) =>
  `<svg aria-hidden="true" fill="currentColor" viewBox="0 0 640 461" class="plot-d6 plot-frame plot-frame--${kind}"><clipPath id="plot-clip-${clip}"><rect width="9" /></clipPath><g clip-path="url(#plot-clip-${clip})"><path d="${marks}" /></g></svg>`;

describe('shareRepeatedFrames', () => {
  it('draws each repeated frame once, in a sprite at the end of the page, and every copy with <use>', () => {
    const page = `<html><body><div>${frame('wide', 1)}${frame('narrow', 2, 'M1,1l2,2 '.repeat(300))}</div><div>${frame('wide', 3)}</div></body></html>`;
    const shared = shareRepeatedFrames(page);
    const copy =
      '<svg aria-hidden="true" fill="currentColor" viewBox="0 0 640 461" class="plot-d6 plot-frame plot-frame--wide"><use href="#shared-frame-1"></use></svg>';
    expect(
      shared.startsWith(
        `<html><body><div>${copy}${frame('narrow', 2, 'M1,1l2,2 '.repeat(300))}</div><div>${copy}</div>`,
      ),
    ).toBe(true);
    // The first copy's content (its clip path's id is unique on the page), with the frame's viewBox.
    const content = frame('wide', 1)
      .replace(/^<svg[^>]*>/, '')
      .replace(/<\/svg>$/, '');
    expect(
      shared.endsWith(
        `<svg class="frame-sprite" aria-hidden="true"><symbol id="shared-frame-1" viewBox="0 0 640 461">${content}</symbol></svg></body></html>`,
      ),
    ).toBe(true);
    expect(shared.length).toBeLessThan(page.length * 0.75);
  });

  it('leaves a page without repeats, or with only small repeats, as it is', () => {
    const page = `<html><body>${frame('wide', 1)}${frame('narrow', 2, 'M1,1')}${frame('narrow', 3, 'M1,1')}</body></html>`;
    expect(shareRepeatedFrames(page)).toBe(page);
  });

  it("leaves a ScaledPlot's frames in place (its overlay is aligned with the frame's own plot area)", () => {
    const scaled = `<div class="scaled-plot " style="aspect-ratio:1;"><div class="plot-figure" role="img">${frame('wide', 1)}</div></div>`;
    const page = `<html><body>${scaled}${scaled.replace('plot-clip-1', 'plot-clip-2')}</body></html>`;
    expect(shareRepeatedFrames(page)).toBe(page);
  });
});
