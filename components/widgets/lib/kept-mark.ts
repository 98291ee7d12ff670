/**
 * A costly mark (a contour map) drawn once per figure size, then reused in the figure's later
 * draws as a copy of the SVG it made, so a redraw for a moved path does not compute it again.
 *
 * ```ts
 * marks: [
 *   keptMark(grid, `${levels.join()}`, context, (render) => gridContour(values, { ...options, render })),
 *   ...pathMarks(path, { stroke }),
 * ]
 * ```
 *
 * Why: a widget that draws its map and its paths in one Plot (AdaptiveSteps, AdamInternals)
 * redrew the whole map on every step of a slider, and contouring the grid was most of that draw
 * (30–37 ms of CPU at full speed per key press on the Adagrad chapter, measured with
 * bench/profile.ts). The figure stays one SVG, exactly as drawn before: the copy is the node
 * Plot made, after PlotFigure made it lighter and accessible, with its clip path copied too.
 *
 * The kept node is found by `owner` (an object, e.g. the grid: when it changes, so does the map),
 * `key` (a string naming the mark's other inputs) and the figure's document, width and height.
 * Everything else the node depends on (the figure's margins and scale domains) must follow from
 * those.
 */
import type * as PlotTypes from '@observablehq/plot';
import type { DrawContext } from './PlotFigure.tsx';

interface Kept {
  node: SVGElement;
  /** The <clipPath> the node refers to (Plot puts it at the root of the figure's SVG), if any. */
  clip: Element | null;
}

/** At most this many sizes are kept per owner: a window resized back and forth. */
const keptPerOwner = 4;
const kept = new WeakMap<object, Map<string, Kept>>();
let clipIds = 0;

export function keptMark(
  owner: object,
  key: string,
  context: DrawContext,
  make: (render: PlotTypes.RenderFunction) => PlotTypes.Markish,
): PlotTypes.Markish {
  // Not at build time: there every page draws from fresh state, and the frames drawn are thinned
  // afterwards (static-frame.ts), which a kept copy would get a second time.
  if (context.document === globalThis.__descentServerDocument) return make(next);
  const full = `${context.width}x${context.height} ${key}`;
  let byKey = kept.get(owner);
  if (!byKey) kept.set(owner, (byKey = new Map<string, Kept>()));
  const found = byKey.get(full);
  if (found && found.node.ownerDocument === context.document) return copyOf(found);
  const table = byKey;
  return make(function (this: PlotTypes.Mark, index, scales, values, dimensions, plotContext, next) {
    const node = next!(index, scales, values, dimensions, plotContext);
    if (node) {
      table.delete(full);
      table.set(full, { node, clip: clipOf(node, plotContext.ownerSVGElement) });
      if (table.size > keptPerOwner) table.delete(table.keys().next().value!);
    }
    return node;
  });
}

/** A function mark that puts a copy of the kept node (and of its clip path) into the new figure. */
/** A render transform that only renders. */
const next: PlotTypes.RenderFunction = function (
  this: PlotTypes.Mark,
  index,
  scales,
  values,
  dimensions,
  context,
  render,
) {
  return render!(index, scales, values, dimensions, context);
};

function copyOf({ node, clip }: Kept): PlotTypes.RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const copy = node.cloneNode(true) as SVGElement;
    if (clip) {
      const clipCopy = clip.cloneNode(true) as Element;
      clipCopy.id = `kept-clip-${++clipIds}`;
      context.ownerSVGElement.append(clipCopy);
      copy.setAttribute('clip-path', `url(#${clipCopy.id})`);
    }
    return copy;
  };
}

function clipOf(node: SVGElement, svg: SVGSVGElement): Element | null {
  const id = /^url\(#(.+)\)$/.exec(node.getAttribute('clip-path') ?? '')?.[1];
  if (id === undefined) return null;
  return [...svg.querySelectorAll('clipPath')].find((element) => element.id === id) ?? null;
}
