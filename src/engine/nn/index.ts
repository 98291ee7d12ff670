export { createMLP, defaults, activations, lossNames } from './mlp.ts';
export type { MLP, MLPOptions, Activation, LossName, LayerLayout } from './mlp.ts';
export { centralDifference, lossAt, lossSlice, sliceAt, tangentLine } from './slice.ts';
export { downstreamUnits, listWeights, nudgedActivations, outputSensitivity, reachSummary } from './influence.ts';
export type { UnitRef, WeightRef } from './influence.ts';
