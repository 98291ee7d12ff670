import { arrowPath } from '../lib/arrow-path.ts';
import { dotsPath, paintOf, rulePath, type DotsLayer, type RuleXLayer } from '../lib/overlay-layers.ts';
import { colors, xAxisRoom, yTitleRoom } from '../lib/plot-theme.ts';
import type { Scales } from '../lib/scales.ts';

/** The figure's margins: the base Plot's and the overlay's (46 px on the left for the loss's ticks). */
export const margins = { top: yTitleRoom, right: 20, bottom: xAxisRoom, left: 46 } as const;

export const toPoint = (row: { w: number; loss: number }) => ({ x: row.w, y: row.loss });

/** The arrow's length along w, and where it sits: 5 % below the top of the loss axis. */
const arrowLength = 0.9;

interface Props {
  scales: Scales;
  w: number;
  loss: number;
  /** −sign(∂L/∂w): which way a step downhill goes; 0 draws no arrow. */
  direction: number;
  yDomain: readonly [number, number];
  /** The arrow's label ("downhill"). */
  text: string;
}

/**
 * What moves with the slider over the loss curve, drawn as the Plot marks it replaces drew it (in
 * their order, over the tangent and the chord): the downhill arrow and its label, the rule at w,
 * and the point (w, L).
 */
export function SliceMarks({ scales, w, loss, direction, yDomain, text }: Props) {
  const area = {
    left: margins.left,
    top: margins.top,
    right: scales.width - margins.right,
    bottom: scales.height - margins.bottom,
  };
  const y = scales.y(yDomain[1] - 0.05 * (yDomain[1] - yDomain[0]));
  const rule: RuleXLayer = { kind: 'ruleX', x: w, stroke: colors.good, strokeOpacity: 0.5, strokeDasharray: '2 3' };
  const dot: DotsLayer = {
    kind: 'dots',
    points: [{ x: w, y: loss }],
    r: 6,
    fill: colors.bad,
    stroke: 'var(--bg-raised)',
    strokeWidth: 1.5,
  };
  return (
    <>
      {direction !== 0 && (
        <>
          <path
            d={arrowPath(scales.x(w), y, scales.x(w + direction * arrowLength), y, { strokeWidth: 3, headLength: 10 })}
            fill="none"
            stroke={colors.good}
            stroke-width={3}
            stroke-linecap="round"
            stroke-miterlimit={1}
          />
          <text
            x={scales.x(w + direction * (arrowLength + 0.1))}
            y={y}
            dy="0.32em"
            fill={colors.good}
            font-weight={600}
            text-anchor={direction > 0 ? 'start' : 'end'}
          >
            {text}
          </text>
        </>
      )}
      <path d={rulePath(rule, scales, area)} {...paintOf(rule)} />
      <path d={dotsPath(dot, scales)} {...paintOf(dot)} />
    </>
  );
}
