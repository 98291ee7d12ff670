import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { lightenStaticFrame } from '../../../../components/widgets/lib/static-frame.ts';

const figure = (markup: string): Element => {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return document.body.firstElementChild!;
};

describe('lightenStaticFrame', () => {
  it('rounds positions to a tenth of a pixel and thins paths, on the figure and inside it', () => {
    const svg = figure(
      '<svg width="640" height="461" viewBox="0 0 640 461"><g transform="translate(42,376.125)"><circle r="1.25" cx="97.50053399594745" cy="-40.51551780320743"/>' +
        '<rect x="3.04" y="1e-7" width="20.96" height="100%"/><text y="0.32em" x="-9.04">a</text></g><path d="M0,0L1,0.1L2,0"/></svg>',
    );
    lightenStaticFrame(svg);
    expect(svg.outerHTML).toBe(
      '<svg width="640" height="461" viewBox="0 0 640 461"><g transform="translate(42,376.1)"><circle r="1.25" cx="97.5" cy="-40.5" />' +
        '<rect x="3" y="0" width="21" height="100%" /><text y="0.32em" x="-9">a</text></g><path d="M0,0l2,0" /></svg>',
    );
  });

  it('leaves transforms other than a translation, and curved paths, as they are', () => {
    const svg = figure('<svg><g transform="rotate(-90.123)"><path d="M0,4.5A4.5,4.5,0,1,1,0,-4.5Z"/></g></svg>');
    const before = svg.outerHTML;
    lightenStaticFrame(svg);
    expect(svg.outerHTML).toBe(before);
  });
});
