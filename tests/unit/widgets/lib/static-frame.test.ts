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

  it("draws an axis's ticks and grid lines as one path each, at the same places", () => {
    const svg = figure(
      '<svg><g aria-label="y-axis tick" stroke="currentColor"><path d="M0,0L-6,0" transform="translate(42,427)"/><path d="M0,0L-6,0" transform="translate(42,376.125)"/></g>' +
        '<g aria-label="x-grid" stroke-opacity="0.1"><line x1="40" x2="40" y1="20" y2="360.04"/><line x1="98" x2="98" y2="360"/></g>' +
        '<g aria-label="x-axis tick"><path d="M0,0L0,6" transform="rotate(5)"/><path d="M0,0L0,6"/></g></svg>',
    );
    lightenStaticFrame(svg);
    expect(svg.outerHTML).toBe(
      '<svg><g aria-label="y-axis tick" stroke="currentColor"><path d="M42,427l-6,0M42,376.1l-6,0" /></g>' +
        '<g aria-label="x-grid" stroke-opacity="0.1"><path d="M40,20l0,340M98,0l0,360" /></g>' +
        '<g aria-label="x-axis tick"><path d="M0,0l0,6" transform="rotate(5)" /><path d="M0,0l0,6" /></g></svg>',
    );
  });

  it('sets a paint all the children of a group share once on the group', () => {
    const svg = figure(
      '<svg><g stroke-width="1.5"><circle stroke="red" r="2" /><circle stroke="red" fill="blue" r="2" /></g><g fill="none"><circle fill="red" /><circle fill="red" /></g></svg>',
    );
    lightenStaticFrame(svg);
    expect(svg.outerHTML).toBe(
      '<svg><g stroke="red" stroke-width="1.5"><circle r="2" /><circle fill="blue" r="2" /></g><g fill="none"><circle fill="red" /><circle fill="red" /></g></svg>',
    );
  });

  it("draws a group's dots as one path of circles, each moved to from the last, at the same places", () => {
    const svg = figure(
      '<svg fill="currentColor"><g aria-label="dot" fill="none" stroke="red" stroke-width="1.5">' +
        '<circle cx="10.04" cy="20" r="2" /><circle cx="12.5" cy="19.46" r="2" /><circle cx="12.5" cy="25" r="2" /></g></svg>',
    );
    lightenStaticFrame(svg);
    const arcs = 'a2,2 0 1,0 4,0a2,2 0 1,0 -4,0z';
    expect(svg.outerHTML).toBe(
      '<svg fill="currentColor"><g aria-label="dot" fill="none" stroke="red" stroke-width="1.5">' +
        `<path d="M8,20${arcs}m2.5,-0.5${arcs}m0,5.5${arcs}" /></g></svg>`,
    );
  });

  it('leaves dots as circles where one path would paint them differently', () => {
    const cases = [
      // filled and outlined: one path paints every fill before every outline
      '<g fill="red" stroke="white"><circle cx="1" cy="1" r="2" /><circle cx="2" cy="1" r="2" /></g>',
      // translucent: overlapping circles blend twice, one path once
      '<g fill="red" fill-opacity="0.5"><circle cx="1" cy="1" r="2" /><circle cx="2" cy="1" r="2" /></g>',
      '<g fill="none" stroke="red" stroke-opacity="0.5"><circle cx="1" cy="1" r="2" /><circle cx="2" cy="1" r="2" /></g>',
      // radii that differ, a circle with more attributes or a tooltip, another element
      '<g fill="red"><circle cx="1" cy="1" r="2" /><circle cx="2" cy="1" r="3" /></g>',
      '<g fill="red"><circle cx="1" cy="1" r="2" /><circle cx="2" cy="1" r="2" fill="blue" /></g>',
      '<g fill="red"><circle cx="1" cy="1" r="2"><title>a</title></circle><circle cx="2" cy="1" r="2" /></g>',
      '<g fill="red"><circle cx="1" cy="1" r="2" /><rect x="2" y="1" width="2" height="2" /></g>',
      // inherited fill (SVG's black) and a stroke from the figure
      '<g stroke="red"><circle cx="1" cy="1" r="2" /><circle cx="2" cy="1" r="2" /></g>',
    ];
    for (const markup of cases) {
      const svg = figure(`<svg>${markup}</svg>`);
      lightenStaticFrame(svg);
      expect(svg.querySelectorAll('circle').length, markup).toBeGreaterThan(0);
      expect(svg.querySelector('path'), markup).toBeNull();
    }
  });
});
