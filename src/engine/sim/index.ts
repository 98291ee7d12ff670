/**
 * Simulations the widgets call: `run.ts` runs an optimizer on a loss landscape (or any function
 * with a gradient), `train.ts` trains a small network on a dataset (`side-by-side.ts`: several
 * optimizers from the same start), `regression.ts` is the linear-regression problem of the
 * mini-batch widget, `grid.ts` samples surfaces and curves for drawing (grids, contour levels,
 * curve points), `quadratic-rates.ts` gives the heavy ball's rate on a quadratic, direction by
 * direction, `decay.ts` sets Adam + L2 against AdamW and `schedules.ts` shows what a
 * learning-rate schedule does.
 */
export * from './run.ts';
export * from './train.ts';
export * from './side-by-side.ts';
export * from './regression.ts';
export * from './grid.ts';
export * from './quadratic-rates.ts';
export * from './decay.ts';
export * from './schedules.ts';
