import { arrowPath } from './arrow-path.ts';
import type { Scales } from './scales.ts';

/** An arrow in data coordinates, from (x1, y1) to (x2, y2). */
export interface ArrowSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface Props {
  arrows: readonly ArrowSegment[];
  scales: Scales;
  stroke: string;
  strokeWidth: number;
  headLength: number;
  strokeOpacity?: number;
  strokeDasharray?: string;
  /** The class of the group (a linked formula's `sym-*`: linked-formula.css). */
  class?: string;
}

/**
 * Arrows among an OverlayFigure's `overlay` children, as Plot's arrow mark draws them (arrow-path.ts;
 * Plot's defaults: no fill, round caps, miter limit 1): a group that carries the paint and the
 * class, as the mark's group did, so that a linked formula's emphasis (a `stroke-width` on
 * `.sym-*`) thickens them as it thickened the mark's. Translucent arrows are one path each, as
 * Plot draws them (where two overlap, the stroke is darker); opaque ones share one path (the same
 * pixels, fewer nodes for a long run). Nothing is drawn for no arrows, as the mark drew no group.
 */
export function OverlayArrows({
  arrows,
  scales,
  stroke,
  strokeWidth,
  headLength,
  strokeOpacity,
  strokeDasharray,
  class: className,
}: Props) {
  if (arrows.length === 0) return null;
  const pathOf = (a: ArrowSegment) =>
    arrowPath(scales.x(a.x1), scales.y(a.y1), scales.x(a.x2), scales.y(a.y2), { strokeWidth, headLength });
  const translucent = strokeOpacity !== undefined && strokeOpacity < 1;
  return (
    <g
      {...(className === undefined ? {} : { class: className })}
      fill="none"
      stroke={stroke}
      stroke-width={strokeWidth}
      stroke-linecap="round"
      stroke-miterlimit={1}
      {...(strokeOpacity === undefined ? {} : { 'stroke-opacity': strokeOpacity })}
      {...(strokeDasharray === undefined ? {} : { 'stroke-dasharray': strokeDasharray })}
    >
      {translucent ? arrows.map((a, i) => <path key={i} d={pathOf(a)} />) : <path d={arrows.map(pathOf).join('')} />}
    </g>
  );
}
