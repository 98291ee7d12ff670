import { fmt } from './format.ts';
import { bandColor, drawLrStripBase, lrStripMargins as margins, type LrStripBase } from './lr-strip-base.ts';
import { OverlayFigure } from './OverlayFigure.tsx';
import { px } from './overlay-layers.ts';
import { colors } from './plot-theme.ts';
import { sharedFigures } from './shared-figures.ts';
import { regimeBands, regimeWordsOf, stabilityOf, type Regime } from './stability.ts';
import { defineStrings, useLocale, useStrings } from './i18n.tsx';

const strings = defineStrings({
  en: {
    label: (lambda: string, bound: string) => `Learning-rate regimes; the bound 2/${lambda} = ${bound}`,
    band: (words: string, from: string, to: string) => `${words} from ${from} to ${to}`,
    description: (lo: string, hi: string, bands: string[], lr: string, words: string) =>
      `A logarithmic learning-rate axis from ${lo} to ${hi}, coloured by regime: ${bands.join('; ')}. The current α = ${lr} is ${words}.`,
    /** The short names written on the bands. */
    bandText: { slow: 'slow', good: 'good', oscillating: 'oscillating', edge: 'edge', diverging: 'diverges' },
    legend: 'Learning-rate regimes',
    boundKey: (lambda: string) => `stability bound 2/${lambda}`,
  },
  'zh-cn': {
    label: (lambda: string, bound: string) => `学习率区间图；稳定上界 2/${lambda} = ${bound}`,
    band: (words: string, from: string, to: string) => `${from} 到 ${to}：${words}`,
    description: (lo: string, hi: string, bands: string[], lr: string, words: string) =>
      `对数刻度的学习率轴，从 ${lo} 到 ${hi}，按区间着色：${bands.join('；')}。当前 α = ${lr}，${words}。`,
    bandText: { slow: '慢', good: '良好', oscillating: '振荡', edge: '边界', diverging: '发散' },
    legend: '学习率区间',
    boundKey: (lambda: string) => `稳定上界 2/${lambda}`,
  },
});

interface Props {
  lr: number;
  /** The learning-rate slider's range (log scale). */
  range: readonly [number, number];
  /** The Hessian's eigenvalues (> 0). */
  eigenvalues: readonly number[];
  /** How the curvature is named on the bound's label: 'λ' or 'λmax'. */
  lambda?: string;
}

/**
 * The marker of the current α: Plot's `triangle` symbol at r = 6 (d3's symbolTriangle of area
 * πr²), turned to point down: from its lower tip, relative moves.
 */
const markerSize = Math.PI * 36;
const markerY = -Math.sqrt(markerSize / (3 * Math.sqrt(3)));
const markerX = Math.sqrt(3) * markerY;
const marker = `l${px(markerX)},${px(3 * markerY)}h${px(-2 * markerX)}z`;

/**
 * The learning-rate axis (log scale) split into gradient descent's regimes on a quadratic — slow,
 * good, oscillating, diverging — with the bound 2/λmax marked and the current α as a triangle.
 * It reads like a legend under the learning-rate slider. The bands and the bound are a Plot that
 * only the curvature and the range redraw, in the shared figure worker (figure-client.ts); the
 * triangle is the overlay, so an α key moves one path.
 */
export function LrStrip({ lr, range, eigenvalues, lambda = 'λmax' }: Props) {
  const s = useStrings(strings);
  const words = regimeWordsOf(useLocale());
  const { bound, regime } = stabilityOf(lr, eigenvalues);
  const bands = regimeBands(eigenvalues, range);
  const label = s.label(lambda, fmt(bound));
  const description = s.description(
    fmt(range[0]),
    fmt(range[1]),
    bands.map((b) => s.band(words[b.regime], fmt(b.from), fmt(b.to))),
    fmt(lr),
    words[regime],
  );
  const base: LrStripBase = { label, description, range, eigenvalues, lambda, bandText: s.bandText };
  return (
    <>
      <OverlayFigure
        aspect={0.17}
        class="lr-strip"
        label={label}
        description={description}
        deps={[bound, range[0], range[1], lambda, s]}
        scales={{ x: range, y: [0, 1], kindX: 'log', margins }}
        clip={false}
        draw={(context) => drawLrStripBase(base, context)}
        offThread={{ client: sharedFigures, figure: 'lr-strip', input: base }}
        overlay={(S) => (
          <path data-mark="lr" d={`M${px(S.x(lr))},${px(S.y(0.93) - 2 * markerY)}${marker}`} fill={colors.fg} />
        )}
      />
      {/* Every regime named once, whether or not its band is wide enough to hold its name. */}
      <ul class="plot-legend lr-strip__legend" style={{ marginTop: '0.3rem' }} aria-label={s.legend}>
        {legendRegimes.map((r) => (
          <li key={r}>
            <svg width="14" height="10" aria-hidden="true">
              <rect
                x="0.5"
                y="0.5"
                width="13"
                height="9"
                fill={bandColor[r]}
                fill-opacity="0.28"
                stroke={bandColor[r]}
              />
            </svg>
            {words[r]}
          </li>
        ))}
        <li>
          <svg width="14" height="10" aria-hidden="true">
            <line x1="7" y1="0" x2="7" y2="10" stroke={colors.bad} stroke-width="2" />
          </svg>
          {s.boundKey(lambda)}
        </li>
      </ul>
    </>
  );
}

const legendRegimes: readonly Regime[] = ['slow', 'good', 'oscillating', 'diverging'];
