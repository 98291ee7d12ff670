import { drawLogLossBase, logLossMargins as margins, type LogLossBase } from './log-loss-base.ts';
import { OverlayFigure } from './OverlayFigure.tsx';
import type { OverlayLayer } from './overlay-layers.ts';
import { sharedFigures } from './shared-figures.ts';
import { positiveExtent, steppedLogDomain } from './stepped-domain.ts';

type Row = Record<string, number>;

/** One line of the chart, drawn in the order given (the last one on top). */
export interface LossLine {
  data: readonly Row[];
  stroke: string;
  strokeWidth?: number;
  strokeOpacity?: number;
}

interface Props {
  aspect: number;
  label: string;
  description: string;
  /** The time axis: the field to read, its fixed domain (the whole run, so it does not rescale as a run plays) and its label. */
  x: { key: string; domain: readonly [number, number]; label: string };
  /** The loss axis (logarithmic): the field to read and its label. */
  y: { key: string; label: string };
  lines: readonly LossLine[];
  /** A ring on the point the widget is showing. */
  marker?: { data: readonly Row[]; stroke: string };
}

/** The loss axis of a chart with nothing to draw (Plot's own default for a log scale). */
const emptyDomain = [1, 10] as const;

/**
 * Loss (or the gap to the best loss) against steps on a log scale, for the widgets that show how a
 * run converges. The loss axis holds every plotted value, rounded out to 1, 2 or 5 × 10^k
 * (stepped-domain.ts), so that most slider steps and played frames leave it as it is: the axes
 * are a Plot drawn only when that domain changes, and the lines and the marker an overlay updated
 * in place (OverlayFigure). The axes are drawn in the shared figure worker (figure-client.ts).
 */
export function LogLossChart({ aspect, label, description, x, y, lines, marker }: Props) {
  const data = positiveExtent(lines.flatMap((line) => line.data.map((d) => d[y.key]!)));
  const domain = data ? steppedLogDomain(data) : emptyDomain;
  const base: LogLossBase = {
    label,
    description,
    x: { domain: x.domain, label: x.label },
    y: { domain, label: y.label },
  };
  const pointsOf = (rows: readonly Row[]) => rows.map((d) => ({ x: d[x.key]!, y: d[y.key]! }));
  // A point with no drawn neighbour (a run's first step) is drawn by the line as a dot, as Plot does (polylinePath).
  const layers: OverlayLayer[] = lines.map(({ data, ...style }): OverlayLayer => ({
    kind: 'line',
    points: pointsOf(data),
    ...style,
  }));
  if (marker) layers.push({ kind: 'dots', points: pointsOf(marker.data), r: 5, stroke: marker.stroke, strokeWidth: 2 });
  return (
    <OverlayFigure
      aspect={aspect}
      label={label}
      description={description}
      deps={[x.domain[0], x.domain[1], x.label, domain[0], domain[1], y.label]}
      scales={{ x: x.domain, y: domain, kindY: 'log', margins }}
      clip={false}
      layers={layers}
      draw={(context) => drawLogLossBase(base, context)}
      offThread={{ client: sharedFigures, figure: 'log-loss', input: base }}
    />
  );
}
