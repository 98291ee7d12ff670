/**
 * What the build does to a figure before it ships as a static frame (PlotFigure's serverFrames):
 * the same picture in fewer bytes. A chapter ships two frames per figure (a laptop's and a
 * phone's), and Plot writes what a browser needs to draw once, not what a page should carry:
 * every point of a contour band or a loss curve, and coordinates to 15 digits.
 */
import { thinPath } from './svg-path.ts';

/** Attributes that hold one length in pixels (a dot's centre, a rectangle's corner and size, a rule's ends). */
const lengths = ['cx', 'cy', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height'] as const;
const plainNumber = /^-?\d*\.?\d+(?:e-?\d+)?$/;
const number = /-?\d*\.?\d+(?:e-?\d+)?/g;

/** A number of pixels to a tenth (0.05 px at most: no screen shows it), as the shortest text. */
const tenth = (text: string): string => String(Math.round(Number(text) * 10) / 10);

/**
 * Thins every path (thinPath: within a quarter pixel) and rounds every position to a tenth of a
 * pixel: lengths, and the offsets in `translate(...)` transforms. Units other than pixels
 * ("0.32em", "100%") are left as they are.
 */
export function lightenStaticFrame(figure: Element): void {
  for (const group of figure.querySelectorAll('g[aria-label]')) {
    if (axisMarks.has(group.getAttribute('aria-label')!)) mergeSegments(group);
  }
  for (const group of figure.querySelectorAll('g')) hoistPaint(group);
  for (const group of figure.querySelectorAll('g')) mergeDots(group);
  for (const element of [figure, ...figure.querySelectorAll('*')]) {
    const d = element.getAttribute('d');
    if (d !== null) element.setAttribute('d', thinPath(d));
    for (const name of lengths) {
      const value = element.getAttribute(name);
      if (value !== null && plainNumber.test(value)) element.setAttribute(name, tenth(value));
    }
    const transform = element.getAttribute('transform');
    if (transform !== null && /^translate\([^)]*\)$/.test(transform))
      element.setAttribute('transform', transform.replace(number, tenth));
  }
}

/** Plot's axis marks: one short segment (a tick) or one line (a grid line) per value, painted by their group. */
const axisMarks = new Set(['x-axis tick', 'y-axis tick', 'x-grid', 'y-grid']);
const segmentPath = /^M(-?[\d.]+),(-?[\d.]+)L(-?[\d.]+),(-?[\d.]+)$/;
const translation = /^translate\((-?[\d.]+),(-?[\d.]+)\)$/;

/**
 * Draws an axis mark's segments as one path, each a subpath moved by its element's translation:
 * `<path d="M0,0L-6,0" transform="translate(42,376.1)">` nine times becomes one `d`. The group
 * carries the paint, the segments never overlap (one per tick value), so the picture is the same.
 * A group with any other child, or a child with any other attribute, is left as it is.
 */
function mergeSegments(group: Element): void {
  const children = [...group.children];
  const parts: string[] = [];
  for (const child of children) {
    const names = child.getAttributeNames();
    let segment: number[] | undefined;
    if (child.tagName.toLowerCase() === 'path' && names.every((n) => n === 'd' || n === 'transform')) {
      const d = segmentPath.exec(child.getAttribute('d') ?? '');
      const shift = child.hasAttribute('transform')
        ? translation.exec(child.getAttribute('transform')!)
        : ['', '0', '0'];
      if (d && shift) segment = [1, 2, 3, 4].map((i) => Number(d[i]) + Number(shift[i % 2 === 1 ? 1 : 2]));
    } else if (child.tagName.toLowerCase() === 'line' && names.every((n) => ['x1', 'y1', 'x2', 'y2'].includes(n))) {
      segment = ['x1', 'y1', 'x2', 'y2'].map((n) => Number(child.getAttribute(n) ?? 0));
    }
    if (!segment?.every(Number.isFinite)) return;
    parts.push(`M${segment[0]},${segment[1]}L${segment[2]},${segment[3]}`);
  }
  if (parts.length < 2) return;
  const path = group.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', parts.join(''));
  group.replaceChildren(path);
}

/**
 * A paint every child of a group sets alike (Plot writes `stroke="var(--series-2)"` on each of a
 * trajectory's 200 dots) is set once on the group instead: the children inherit it, the same.
 */
function hoistPaint(group: Element): void {
  const children = [...group.children];
  if (children.length < 2) return;
  for (const name of ['stroke', 'fill']) {
    const value = children[0]!.getAttribute(name);
    if (value === null || group.hasAttribute(name) || !children.every((c) => c.getAttribute(name) === value)) continue;
    group.setAttribute(name, value);
    for (const child of children) child.removeAttribute(name);
  }
}

/** Paint attributes a dot group may not carry for its dots to become one path (see mergeDots). */
const blending = ['fill-opacity', 'stroke-opacity', 'mix-blend-mode', 'paint-order'];

/** A paint attribute as the group gets it: its own, or the nearest ancestor's, or SVG's default. */
function inherited(element: Element, name: 'fill' | 'stroke'): string {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const value = e.getAttribute(name);
    if (value !== null) return value;
  }
  return name === 'fill' ? 'black' : 'none';
}

/**
 * Draws a group's dots (Plot's dot mark: `<circle cx cy r>` per point, 200 for a trajectory)
 * as one path: each circle two arcs from its leftmost point, closed, moved to from the last one
 * by a relative step, to a tenth of a pixel as every other position here. A trajectory's dots are
 * close together, so the steps are short numbers that repeat; a chapter's 400 dots were 4.5 KB of
 * cx, cy and r before gzip. Only where the picture is the same: every child a circle with just
 * cx, cy and one shared r, painted only by fill or only by stroke (one path paints all its fills,
 * then all its strokes, where separate circles would cover each other's outlines), with no
 * opacity of its own on fill or stroke and no style (overlapping dots would blend once, not twice).
 */
function mergeDots(group: Element): void {
  const children = [...group.children];
  if (children.length < 2) return;
  const r = children[0]!.getAttribute('r');
  if (r === null || !plainNumber.test(r) || !(Number(r) > 0)) return;
  for (let e: Element | null = group; e; e = e.parentElement) {
    if (blending.some((name) => e.hasAttribute(name)) || /fill|stroke/.test(e.getAttribute('style') ?? '')) return;
  }
  const filled = inherited(group, 'fill') !== 'none';
  const stroked = inherited(group, 'stroke') !== 'none';
  if (filled === stroked) return;
  const centres: [number, number][] = [];
  for (const child of children) {
    const names = child.getAttributeNames();
    if (child.tagName.toLowerCase() !== 'circle' || child.getAttribute('r') !== r || child.children.length) return;
    if (!names.every((n) => n === 'cx' || n === 'cy' || n === 'r')) return;
    const centre = [child.getAttribute('cx') ?? '0', child.getAttribute('cy') ?? '0'].map((v) =>
      plainNumber.test(v) ? Math.round(Number(v) * 10) : NaN,
    );
    if (!centre.every(Number.isFinite)) return;
    centres.push(centre as [number, number]);
  }
  const radius = Math.round(Number(r) * 10);
  const text = (tenths: number): string => String(tenths / 10);
  const arcs = `a${text(radius)},${text(radius)} 0 1,0 ${text(2 * radius)},0a${text(radius)},${text(radius)} 0 1,0 ${text(-2 * radius)},0z`;
  let d = '';
  centres.forEach(([x, y], i) => {
    const [px, py] = i === 0 ? [radius, 0] : centres[i - 1]!;
    d += `${i === 0 ? 'M' : 'm'}${text(x - px)},${text(y - py)}${arcs}`;
  });
  const path = group.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', d);
  group.replaceChildren(path);
}
