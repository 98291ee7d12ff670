/**
 * Simulations the widgets call: `run.ts` runs an optimizer on a loss landscape (or any function
 * with a gradient), `train.ts` trains a small network on a dataset, `field.ts` samples a surface
 * on a grid for contour maps.
 */
export * from './field.ts';
export * from './run.ts';
export * from './train.ts';
