export { createMLP, defaults, activations, lossNames } from './mlp.ts';
export type { MLP, MLPOptions, Activation, LossName, LayerLayout } from './mlp.ts';
