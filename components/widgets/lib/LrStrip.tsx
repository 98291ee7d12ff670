import { Plot } from './plot.ts';
import { fmt } from './format.ts';
import { decadeTicks } from './ticks.ts';
import { OverlayFigure } from './OverlayFigure.tsx';
import { px } from './overlay-layers.ts';
import { basePlotOptions, colors } from './plot-theme.ts';
import { regimeBands, regimeWordsOf, stabilityOf, type Regime } from './stability.ts';
import { defineStrings, useLocale, useStrings } from './i18n.tsx';

const bandColor: Record<Regime, string> = {
  slow: colors.warn,
  good: colors.good,
  oscillating: colors.accent,
  edge: colors.bad,
  diverging: colors.bad,
};

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

const margins = { top: 4, right: 24, bottom: 22, left: 24 };

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
 * only the curvature and the range redraw; the triangle is the overlay, so an α key moves one path.
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
        draw={(context) => {
          const fontSize = context.width < 420 ? 9 : 11;
          return Plot.plot({
            ...basePlotOptions(context, label, description),
            marginTop: margins.top,
            marginBottom: margins.bottom,
            marginLeft: margins.left,
            marginRight: margins.right,
            x: {
              type: 'log',
              domain: [range[0], range[1]],
              label: null,
              tickFormat: (v: number) => fmt(v),
              ticks: decadeTicks(range, context.width < 420 ? 3 : 5),
            },
            y: { domain: [0, 1], axis: null },
            marks: [
              Plot.rectY(bands, {
                x1: 'from',
                x2: 'to',
                y1: 0,
                y2: 1,
                fill: (b: { regime: Regime }) => bandColor[b.regime],
                fillOpacity: 0.28,
              }),
              Plot.text(bands, {
                x: (b: { from: number; to: number }) => Math.sqrt(b.from * b.to),
                y: 0.62,
                text: (b: { regime: Regime; from: number; to: number }) =>
                  (Math.log(b.to / b.from) / Math.log(range[1] / range[0])) * (context.width - 48) >
                  textWidth(s.bandText[b.regime], fontSize) + 6
                    ? s.bandText[b.regime]
                    : '',
                fill: colors.fg,
                fontSize,
              }),
              Plot.ruleX([bound], { stroke: colors.bad, strokeWidth: 2 }),
              Plot.text([bound], {
                x: (d: number) => d,
                y: 0.2,
                text: () => `2/${lambda}`,
                dx: -4,
                textAnchor: 'end',
                fill: colors.bad,
                fontWeight: 700,
                fontSize,
              }),
            ],
          });
        }}
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

/**
 * About how wide (px) `text` is at `fontSize` in the UI font: a CJK character about one em, any
 * other about 0.6 em. A band is named only where its own name fits (one fixed width for every name
 * left "good" and "diverges" unnamed in bands that had room for them).
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return ems * fontSize;
}
