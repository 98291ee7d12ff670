import { drawLogTimeBase, logTimeMargins as margins, type LogTimeBase } from './log-time-base.ts';
import { OverlayFigure } from './OverlayFigure.tsx';
import type { OverlayLayer } from './overlay-layers.ts';
import { sharedFigures } from './shared-figures.ts';

interface Props extends LogTimeBase {
  /** Height / width of the figure. Default 0.6. */
  aspect?: number;
  /** What moves as the run plays: the lines up to the cursor, and the cursor. */
  layers: readonly OverlayLayer[];
  /** Clip the overlay to the plot area. Default false (a line may run past a fixed axis's end). */
  clip?: boolean;
}

/**
 * A value over a run's steps, on a log time axis (AdaptiveSteps' caches and step sizes,
 * AdamInternals' moments and step lengths). The axes are a Plot drawn when the run changes (its
 * length, the domain, the labels), in the shared figure worker (figure-client.ts); the lines and
 * the cursor are an overlay that follows the cursor in place (OverlayFigure).
 */
export function LogTimeChart({ aspect = 0.6, layers, clip = false, ...base }: Props) {
  const { label, description, steps, domain, timeAxis, valueAxis, value } = base;
  const rule = value.kind === 'linear' ? value.rule : undefined;
  return (
    <OverlayFigure
      aspect={aspect}
      label={label}
      description={description}
      deps={[steps, domain[0], domain[1], timeAxis, valueAxis, value.kind, rule]}
      scales={{ x: [1, steps], y: domain, kindX: 'log', ...(value.kind === 'log' ? { kindY: 'log' } : {}), margins }}
      clip={clip}
      layers={layers}
      draw={(context) => drawLogTimeBase(base, context)}
      offThread={{ client: sharedFigures, figure: 'log-time', input: base }}
    />
  );
}
