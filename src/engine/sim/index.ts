/**
 * Simulations the widgets call: `run.ts` runs an optimizer on a loss landscape (or any function
 * with a gradient), `train.ts` trains a small network on a dataset; `grid.ts` and `field.ts`
 * sample a surface for contour and shaded figures, `regression.ts` is the mini-batch problem,
 * `quadratic-rates.ts` the heavy ball's rate on a quadratic, direction by direction.
 */
export * from './run.ts';
export * from './train.ts';
export { cellCentre, contourLevels, gridDefaults, sampleGrid } from './grid.ts';
export type { Grid, GridOptions, LevelOptions } from './grid.ts';
export { logSpace, sampleField, shadeValues } from './field.ts';
export type { Field } from './field.ts';
export { createLinearRegression, linearRegressionDefaults, miniBatchGrad, stepsPerEpoch } from './regression.ts';
export type { LinearRegression, LinearRegressionOptions, MiniBatchOptions } from './regression.ts';
export {
  criticalMomentum,
  criticalTolerance,
  damping,
  directionPath,
  iterationMatrix,
  momentumRate,
  optimalGradientDescent,
  optimalMomentum,
  quadraticRate,
  rateMap,
  stepsToShrink,
} from './quadratic-rates.ts';
export type { Damping, IterationMatrix, RateMap } from './quadratic-rates.ts';
