/**
 * The momentum rule written two ways (the article's and PyTorch's), run side by side so a test
 * and a widget can show they trace the same path, and the LaTeX of each form.
 */
export { maxAbsDifference, runArticleMomentum, runTorchMomentum, runTorchNesterov } from './torch-momentum.ts';
export type { FormRunOptions, LearningRate } from './torch-momentum.ts';
export { torchFormLatex } from './torch-latex.ts';
