import { dotsPath, paintOf, type DotsLayer } from './overlay-layers.ts';
import type { Scales } from './scales.ts';

/**
 * A dots layer drawn among an OverlayFigure's `overlay` children: the same one path and paint as
 * OverlayFigure gives its `layers`, for dots that must sit between other SVG elements (a run's
 * dots under its velocity arrows, rings over both), with an optional class (a linked formula's
 * `sym-*`: linked-formula.css).
 */
export function OverlayDots({ layer, scales, class: className }: { layer: Omit<DotsLayer, 'kind'>; scales: Scales; class?: string }) {
  const dots: DotsLayer = { ...layer, kind: 'dots' };
  return <path data-layer="dots" {...(className === undefined ? {} : { class: className })} d={dotsPath(dots, scales)} {...paintOf(dots)} />;
}
