import { arrowPath } from '../lib/arrow-path.ts';
import type { Scales } from '../lib/scales.ts';
import type { Segment } from './model.ts';

interface Props {
  /** The class the linked formula emphasizes (sym-v, sym-mu, sym-alpha: linked-formula.css). */
  class: string;
  segments: readonly Segment[];
  scales: Scales;
  stroke: string;
  strokeWidth: number;
  headLength: number;
  strokeDasharray?: string;
}

/**
 * Arrows for the runs' overlay, as Plot's arrow mark drew them (arrow-path.ts; Plot's defaults: no
 * fill, round caps, miter limit 1), all in one path of a group that carries the linked symbol's
 * class. Nothing is drawn for no arrows, as Plot's mark drew no group.
 */
export function Arrows({
  class: className,
  segments,
  scales,
  stroke,
  strokeWidth,
  headLength,
  strokeDasharray,
}: Props) {
  if (segments.length === 0) return null;
  const d = segments
    .map((s) => arrowPath(scales.x(s.x1), scales.y(s.y1), scales.x(s.x2), scales.y(s.y2), { strokeWidth, headLength }))
    .join('');
  return (
    <g
      class={className}
      fill="none"
      stroke={stroke}
      stroke-width={strokeWidth}
      stroke-linecap="round"
      stroke-miterlimit={1}
      {...(strokeDasharray === undefined ? {} : { 'stroke-dasharray': strokeDasharray })}
    >
      <path d={d} />
    </g>
  );
}
