import * as Plot from '@observablehq/plot';
import { fmt } from './format.ts';
import { decadeTicks } from './ticks.ts';
import { PlotFigure } from './PlotFigure.tsx';
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
    /** About how wide (px) a band must be for its name, at font size 11. */
    minBandWidth: 11 * 6.5,
  },
  'zh-cn': {
    label: (lambda: string, bound: string) => `学习率区间图；稳定上界 2/${lambda} = ${bound}`,
    band: (words: string, from: string, to: string) => `${from} 到 ${to}：${words}`,
    description: (lo: string, hi: string, bands: string[], lr: string, words: string) =>
      `对数刻度的学习率轴，从 ${lo} 到 ${hi}，按区间着色：${bands.join('；')}。当前 α = ${lr}，${words}。`,
    bandText: { slow: '慢', good: '良好', oscillating: '振荡', edge: '边界', diverging: '发散' },
    minBandWidth: 2 * 11 + 8,
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
 * The learning-rate axis (log scale) split into gradient descent's regimes on a quadratic — slow,
 * good, oscillating, diverging — with the bound 2/λmax marked and the current α as a triangle.
 * It reads like a legend under the learning-rate slider.
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
    <PlotFigure
      aspect={0.17}
      class="lr-strip"
      label={label}
      deps={[lr, bound, range[0], range[1]]}
      draw={(context) =>
        Plot.plot({
          ...basePlotOptions(context, label, description),
          marginTop: 4,
          marginBottom: 22,
          marginLeft: 24,
          marginRight: 24,
          x: { type: 'log', domain: [range[0], range[1]], label: null, tickFormat: (v: number) => fmt(v), ticks: decadeTicks(range, context.width < 420 ? 3 : 5) },
          y: { domain: [0, 1], axis: null },
          marks: [
            Plot.rectY(bands, { x1: 'from', x2: 'to', y1: 0, y2: 1, fill: (b: { regime: Regime }) => bandColor[b.regime], fillOpacity: 0.28 }),
            Plot.text(bands, {
              x: (b: { from: number; to: number }) => Math.sqrt(b.from * b.to),
              y: 0.62,
              text: (b: { regime: Regime; from: number; to: number }) =>
                (Math.log(b.to / b.from) / Math.log(range[1] / range[0])) * (context.width - 48) > s.minBandWidth ? s.bandText[b.regime] : '',
              fill: colors.fg,
              fontSize: context.width < 420 ? 9 : 11,
            }),
            Plot.ruleX([bound], { stroke: colors.bad, strokeWidth: 2 }),
            Plot.text([bound], { x: (d: number) => d, y: 0.2, text: () => `2/${lambda}`, dx: -4, textAnchor: 'end', fill: colors.bad, fontWeight: 700, fontSize: context.width < 420 ? 9 : 11 }),
            Plot.dot([lr], { x: (d: number) => d, y: 0.93, symbol: 'triangle', r: 6, fill: colors.fg, rotate: 180 }),
          ],
        })
      }
    />
  );
}
