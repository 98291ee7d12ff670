import { Plot } from '../lib/plot.ts';
import { logTickFormat } from '../lib/log-ticks.ts';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import type { OverlayLayer } from '../lib/overlay-layers.ts';
import { basePlotOptions, xAxisRoom, yTitleRoom } from '../lib/plot-theme.ts';

interface Props {
  label: string;
  description: string;
  /** The run's length: the time axis goes from step 1 to it. */
  steps: number;
  domain: readonly [number, number];
  timeAxis: string;
  valueAxis: string;
  /** The lines up to the cursor, and the cursor (series.ts). */
  layers: readonly OverlayLayer[];
}

const margins = { top: yTitleRoom, right: 16, bottom: xAxisRoom, left: 52 } as const;
const logTicks = { ticks: 4, tickFormat: logTickFormat } as const;

/**
 * A chart of a value over the steps, both axes logarithmic: the axes are a Plot drawn when the run
 * changes (its domain), the lines and the cursor an overlay that follows the cursor in place.
 */
export function TimeChart({ label, description, steps, domain, timeAxis, valueAxis, layers }: Props) {
  return (
    <OverlayFigure
      aspect={0.6}
      label={label}
      description={description}
      deps={[steps, domain[0], domain[1], timeAxis, valueAxis]}
      scales={{ x: [1, steps], y: domain, kindX: 'log', kindY: 'log', margins }}
      clip={false}
      layers={layers}
      draw={(context) =>
        Plot.plot({
          ...basePlotOptions(context, label, description),
          marginLeft: margins.left,
          marginBottom: margins.bottom,
          marginRight: margins.right,
          x: { type: 'log', domain: [1, steps], label: timeAxis, labelAnchor: 'center', ...logTicks },
          y: { type: 'log', domain: [domain[0], domain[1]], label: valueAxis, grid: true, ...logTicks },
          marks: [],
        })
      }
    />
  );
}
