import { linePath, paintOf, type LineLayer } from './overlay-layers.ts';
import type { Scales } from './scales.ts';

/**
 * A line layer drawn among an OverlayFigure's `overlay` children: the same path and paint (Plot's
 * line: round joins and caps, miterlimit 1) as OverlayFigure gives its `layers`, for a figure whose
 * lines must sit between other SVG elements (ScheduleView's Adam chart: each series' dots over its
 * own line and under the next series' line), where `layers`, drawn first, cannot go.
 */
export function OverlayLine({ layer, scales }: { layer: Omit<LineLayer, 'kind'>; scales: Scales }) {
  return <path data-layer="line" d={linePath(layer.points, scales)} {...paintOf({ ...layer, kind: 'line' })} />;
}
