/**
 * PyTorch's forms of momentum and Nesterov, beside the engine's (the article's) form:
 * `torch-momentum.ts` runs them, `torch-latex.ts` is their update rules as KaTeX source.
 */
export { maxAbsDifference, runArticleMomentum, runTorchMomentum, runTorchNesterov } from './torch-momentum.ts';
export type { FormRunOptions, LearningRate } from './torch-momentum.ts';
export { torchFormLatex } from './torch-latex.ts';
