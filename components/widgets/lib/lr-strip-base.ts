import { fmt } from './format.ts';
import type { DrawContext } from './PlotFigure.tsx';
import { Plot } from './plot.ts';
import { plotMargins } from './scales.ts';
import { basePlotOptions, colors } from './plot-theme.ts';
import { regimeBands, stabilityBound, type Regime } from './stability.ts';
import { decadeTicks } from './ticks.ts';

/** Each regime's colour, on the strip's bands and in its legend. */
export const bandColor: Record<Regime, string> = {
  slow: colors.warn,
  good: colors.good,
  oscillating: colors.accent,
  edge: colors.bad,
  diverging: colors.bad,
};

/** The strip's margins, shared by its Plot and its overlay (the α marker). */
export const lrStripMargins = { top: 4, right: 24, bottom: 22, left: 24 } as const;

/** What LrStrip's bands and bound are drawn from: plain data, so that the figure worker can draw them too. */
export interface LrStripBase {
  label: string;
  description: string;
  /** The learning-rate slider's range (log scale). */
  range: readonly [number, number];
  /** The Hessian's eigenvalues (> 0). */
  eigenvalues: readonly number[];
  /** How the curvature is named on the bound's label: 'λ' or 'λmax'. */
  lambda: string;
  /** The short name written on each band, where it fits. */
  bandText: Readonly<Record<Regime, string>>;
}

/**
 * LrStrip's base: the learning-rate axis (log scale) split into gradient descent's regimes on a
 * quadratic, and the bound 2/λmax as a rule. It does not depend on α (the overlay's marker).
 */
export function drawLrStripBase(base: LrStripBase, context: DrawContext): Element {
  const { label, description, range, eigenvalues, lambda, bandText } = base;
  const bound = stabilityBound(eigenvalues);
  const bands = regimeBands(eigenvalues, range);
  const fontSize = context.width < 420 ? 9 : 11;
  const span = Math.log(range[1] / range[0]);
  const plotWidth = context.width - lrStripMargins.left - lrStripMargins.right;
  const nameOf = (b: { regime: Regime; from: number; to: number }) =>
    (Math.log(b.to / b.from) / span) * plotWidth > textWidth(bandText[b.regime], fontSize) + 6
      ? bandText[b.regime]
      : '';
  return Plot.plot({
    ...basePlotOptions(context, label, description),
    ...plotMargins(lrStripMargins),
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
        text: nameOf,
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
}

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
