import { Plot } from './plot.ts';
import { fmt } from './format.ts';
import { PlotFigure } from './PlotFigure.tsx';
import { basePlotOptions } from './plot-theme.ts';
import { decadeTicks } from './ticks.ts';

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
  deps: readonly unknown[];
  /** The time axis: the field to read, its fixed domain (the whole run, so it does not rescale as a run plays) and its label. */
  x: { key: string; domain: readonly [number, number]; label: string };
  /** The loss axis (logarithmic): the field to read and its label. */
  y: { key: string; label: string };
  lines: readonly LossLine[];
  /** A ring on the point the widget is showing. */
  marker?: { data: readonly Row[]; stroke: string };
}

/**
 * Loss (or the gap to the best loss) against steps on a log scale, for the widgets that show how a
 * run converges. Ticks are whole decades of the plotted values, fewer on a narrow figure, printed
 * as plain numbers; the left margin fits "0.0001".
 */
export function LogLossChart({ aspect, label, description, deps, x, y, lines, marker }: Props) {
  return (
    <PlotFigure
      aspect={aspect}
      label={label}
      deps={deps}
      draw={(context) =>
        Plot.plot({
          ...basePlotOptions(context, label, description),
          x: { domain: [x.domain[0], x.domain[1]], label: x.label },
          marginLeft: 56,
          y: {
            type: 'log',
            label: y.label,
            grid: true,
            tickFormat: (v: number) => fmt(v),
            ticks: decadeTicks(
              lines.flatMap((line) => line.data.map((d) => d[y.key]!)),
              context.width < 420 ? 3 : 5,
            ),
          },
          marks: [
            ...lines.map(({ data, ...style }) => Plot.line(data, { x: x.key, y: y.key, ...style })),
            marker ? Plot.dot(marker.data, { x: x.key, y: y.key, r: 5, stroke: marker.stroke, strokeWidth: 2 }) : null,
          ],
        })
      }
    />
  );
}
