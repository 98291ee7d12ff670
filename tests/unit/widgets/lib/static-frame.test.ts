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
});
