import type { OptimizerName } from '../../../src/engine/optim/index.ts';

/**
 * The course's series colours, by meaning. The values live in src/site/styles/global.css as CSS
 * variables (one light and one dark value each, colour-blind safe, checked by
 * tests/unit/widgets/lib/palette.test.ts); widgets name them only through this module, so an
 * optimizer is drawn in the same colour in every widget.
 */

/** The seven series colours, in order; `seriesColor(i)` for series that are not optimizers. */
export const series = [
  'var(--series-1)',
  'var(--series-2)',
  'var(--series-3)',
  'var(--series-4)',
  'var(--series-5)',
  'var(--series-6)',
  'var(--series-7)',
] as const;

/** A series colour by index, cycling. */
export const seriesColor = (i: number): string => series[((i % series.length) + series.length) % series.length]!;

/**
 * Each optimizer's colour, everywhere. Gradient descent orange and Momentum blue, as the momentum
 * chapter's prose names them; the pairs a chapter sets side by side (gradient descent and
 * Momentum, Momentum and NAG, Adam and AdamW) are far apart in hue.
 */
export const optimizerPalette: Readonly<Record<OptimizerName, string>> = Object.freeze({
  sgd: series[1],
  momentum: series[0],
  adagrad: series[2],
  nag: series[3],
  rmsprop: series[4],
  adam: series[5],
  adamw: series[6],
});

/** The colour of an optimizer's runs, legend key and panel swatch. */
export const optimizerColor = (name: OptimizerName): string => optimizerPalette[name];

/**
 * The colours of a data set's two classes (points and decision regions): grey for class 0 and ink
 * (the text's colour, dark on a light page and light on a dark one) for class 1, so that no class
 * reads as an optimizer's colour.
 */
export const classColors = ['var(--class-0)', 'var(--class-1)'] as const;
