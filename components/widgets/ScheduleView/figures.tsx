import { createFigureClient } from '../lib/figure-client.ts';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { OverlayLine } from '../lib/OverlayLine.tsx';
import { px, type Point } from '../lib/overlay-layers.ts';
import type { Scales } from '../lib/scales.ts';
import { chartMargins as margins, drawChartBase, valueDomain, type ChartBase } from './draws.ts';

/*
 * ScheduleView's learning-rate and Adam charts as OverlayFigures: their axes depend on α alone, so
 * a schedule's own slider (step size, γ, T, warm-up...) moves only the overlay's line and dots, and
 * Plot redraws only when α (or the language) changes, in the widget's figure worker (draws.ts).
 * Margins are explicit so the build's overlay scales match Plot's.
 */

export const chartAspect = 0.4;

const figures = createFigureClient(
  () => new Worker(new URL('./figures.worker.ts', import.meta.url), { type: 'module' }),
);

/** One value per step, from step `from`. */
export type Series = readonly { k: number; v: number }[];
const points = (series: Series): Point[] => series.map((p) => ({ x: p.k, y: p.v }));

/** A chart's props: its base's, less what each chart sets itself, and the two series' colours. */
interface ChartProps extends Omit<ChartBase, 'rule' | 'ticksByWidth'> {
  scheduledColor: string;
  constantColor: string;
}

const scales = (steps: number, lr: number) => ({ x: [1, steps] as const, y: valueDomain(lr), margins });

/** A chart's base, as the figure worker draws it. */
const baseOf = (props: ChartProps, rule: string | null, ticksByWidth: boolean): ChartBase => {
  const { label, description, steps, stepAxis, valueAxis, lr } = props;
  return { label, description, steps, stepAxis, valueAxis, lr, rule, ticksByWidth };
};

/** The schedule's rate over the steps (overlay) against the constant α (a rule in the base). */
export function LrChart(props: ChartProps & { rates: Series }) {
  const { label, description, steps, lr, rates, scheduledColor, constantColor } = props;
  const base = baseOf(props, constantColor, true);
  return (
    <OverlayFigure
      aspect={chartAspect}
      label={label}
      description={description}
      deps={[steps, lr, props.stepAxis, props.valueAxis, constantColor]}
      scales={scales(steps, lr)}
      clip={false}
      draw={(context) => drawChartBase(base, context)}
      offThread={{ client: figures, figure: 'chart', input: base }}
      layers={[{ kind: 'line', points: points(rates), stroke: scheduledColor, strokeWidth: 2.5 }]}
    />
  );
}

/** The size of Adam's first steps, with the constant α and with the schedule: lines and dots on the overlay. */
export function AdamChart(props: ChartProps & { constant: Series; scheduled: Series }) {
  const { label, description, steps, lr, constant, scheduled, scheduledColor, constantColor } = props;
  const base = baseOf(props, null, false);
  return (
    <OverlayFigure
      aspect={chartAspect}
      label={label}
      description={description}
      deps={[steps, lr, props.stepAxis, props.valueAxis]}
      scales={scales(steps, lr)}
      clip={false}
      draw={(context) => drawChartBase(base, context)}
      offThread={{ client: figures, figure: 'chart', input: base }}
      overlay={(S) => (
        <>
          {lineAndDots(constant, S, constantColor, 2, 2.5)}
          {lineAndDots(scheduled, S, scheduledColor, 2.5, 3)}
        </>
      )}
    />
  );
}

/**
 * A series as a line and a filled dot at each step, as Plot's line and dot marks draw them: each
 * series' dots over its own line and under the next series' line.
 */
const lineAndDots = (series: Series, S: Scales, color: string, width: number, r: number) => (
  <>
    <OverlayLine layer={{ points: points(series), stroke: color, strokeWidth: width }} scales={S} />
    <g fill={color}>
      {series.map((p) => (
        <circle key={p.k} cx={px(S.x(p.k))} cy={px(S.y(p.v))} r={r} />
      ))}
    </g>
  </>
);
