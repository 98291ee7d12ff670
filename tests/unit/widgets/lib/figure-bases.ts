/**
 * The figure bases the figure workers draw (every `draws.ts`, and lib's shared bases), each with
 * inputs as a widget makes them: figure-worker.test.ts draws each in a worker and on the page.
 */
import { drawLogLossBase, type LogLossBase } from '../../../../components/widgets/lib/log-loss-base.ts';
import { drawLogTimeBase, type LogTimeBase } from '../../../../components/widgets/lib/log-time-base.ts';
import { drawContourBase, type ContourBase } from '../../../../components/widgets/lib/contour-base.ts';
import { drawLrStripBase, type LrStripBase } from '../../../../components/widgets/lib/lr-strip-base.ts';
import { contourLevels, sampleGrid } from '../../../../src/engine/sim/index.ts';
import {
  drawRunsBase,
  drawSpeedBase,
  type RunsBase,
  type SpeedBase,
} from '../../../../components/widgets/NesterovCompare/draws.ts';
import { drawCurveBase, type CurveBase } from '../../../../components/widgets/LocalMinima/draws.ts';
import { drawDotChartBase, type DotChartBase } from '../../../../components/widgets/DecayCompare/draws.ts';
import { drawRavineBase, type RavineBase } from '../../../../components/widgets/MomentumRavine/draws.ts';
import { drawQuadraticBase, type QuadraticBase } from '../../../../components/widgets/DescentCurve/draws.ts';
import { drawComparisonBase, type ComparisonBase } from '../../../../components/widgets/TorchFormCheck/draws.ts';
import { drawChartBase, type ChartBase } from '../../../../components/widgets/ScheduleView/draws.ts';
import {
  drawLossBase,
  drawMapBase,
  type LossBase,
  type MapBase,
} from '../../../../components/widgets/AdamTrainer/draws.ts';

export const runs: RunsBase = {
  label: 'Momentum and NAG on the curve',
  description: 'Two rows.',
  samples: Array.from({ length: 50 }, (_, i) => ({ w: -2 + i / 12, loss: (-2 + i / 12) ** 2 })),
  x: [-2, 2],
  y: [0, 4],
  yAxis: 'loss',
  names: ['Momentum', 'NAG'],
};
export const speed: SpeedBase = {
  label: 'Speeds',
  description: 'Both speeds.',
  last: 30,
  top: 0.25,
  stepAxis: 'step',
  speedAxis: '|v|',
};
export const logLoss: LogLossBase = {
  label: 'Loss',
  description: 'The loss falls.',
  x: { domain: [0, 60], label: 'step' },
  y: { domain: [1e-4, 10], label: 'loss' },
};
export const moments: LogTimeBase = {
  label: 'Moments',
  description: 'Both moments over the steps.',
  steps: 300,
  domain: [1e-6, 2],
  timeAxis: 'step t',
  valueAxis: 'size',
  value: { kind: 'log' },
};
export const lengths: LogTimeBase = {
  ...moments,
  label: 'Step lengths',
  domain: [0, 3.2],
  value: { kind: 'linear', rule: 1 },
};
export const curve: CurveBase = {
  label: 'Many starts',
  description: 'Where each start ends.',
  yAxis: 'loss',
  starts: [
    { w: -2, basin: 1 },
    { w: 0.5, basin: 0 },
    { w: 2.4, basin: null },
  ],
};
export const values: DotChartBase = {
  label: 'Values',
  description: 'Each weight.',
  columns: ['×0.1', '×1', '×10'],
  scaleAxis: 'gradient scale',
  valueAxis: 'w',
  chart: { kind: 'values' },
};
export const decayed: DotChartBase = {
  ...values,
  chart: { kind: 'decay', domain: [1e-4, 0.1], empty: false, zeroNote: '' },
};
export const undecayed: DotChartBase = {
  ...values,
  chart: { kind: 'decay', domain: null, empty: true, zeroNote: 'No decay.' },
};
export const ravine: RavineBase = { label: 'A ravine', description: 'Level lines of log height.', problem: 'ravine' };
export const grid = sampleGrid((w) => w[0]! ** 2 + 3 * w[1]! ** 2, { x: [-2, 2], y: [-1, 1] }, { nx: 40, ny: 20 });
export const map: ContourBase = {
  label: 'A bowl',
  description: 'Level lines.',
  grid,
  contours: { levels: contourLevels(grid) },
  domain: { x: [-2, 2], y: [-1, 1] },
  axisLabels: { x: 'w₁', y: 'w₂' },
  marginRight: 12,
};
export const strip: LrStripBase = {
  label: 'Learning-rate regimes',
  description: 'Bands.',
  range: [0.0001, 5],
  eigenvalues: [20],
  lambda: 'λ',
  bandText: { slow: 'slow', good: 'good', oscillating: 'oscillating', edge: 'edge', diverging: 'diverges' },
};
export const quadratic: QuadraticBase = {
  label: 'The curve',
  description: 'A parabola.',
  lossAxis: 'loss',
  curvature: 20,
};
export const constant: ComparisonBase = {
  label: 'Two forms',
  description: 'Both paths.',
  stepAxis: 'step',
  valueAxis: 'w',
  xDomain: [0, 200],
  yDomain: [-1, 2],
  halving: null,
};
export const halved: ComparisonBase = { ...constant, halving: { step: 10, text: 'α halved' } };
export const rates: ChartBase = {
  label: 'The rate',
  description: 'Cosine.',
  steps: 300,
  stepAxis: 'step',
  valueAxis: 'α',
  lr: 0.1,
  rule: 'var(--soft)',
  ticksByWidth: true,
};
export const firstSteps: ChartBase = { ...rates, steps: 20, rule: null, ticksByWidth: false };
export const adamLoss: LossBase = {
  label: 'Training loss',
  description: 'Four lines.',
  xMax: 200,
  xLabel: 'step',
  y: [0.1, 1],
  yLabel: 'loss',
  prompt: null,
};
export const adamPrompt: LossBase = { ...adamLoss, prompt: 'Press Train.' };
export const adamMap: MapBase = { label: 'The map', description: 'Two classes.', x: [-1.5, 2.5], y: [-1, 1.5] };
export const draws = {
  runs: drawRunsBase,
  speed: drawSpeedBase,
  'log-loss': drawLogLossBase,
  'log-time': drawLogTimeBase,
  'contour-map': drawContourBase,
  curve: drawCurveBase,
  'dot-chart': drawDotChartBase,
  ravine: drawRavineBase,
  'lr-strip': drawLrStripBase,
  quadratic: drawQuadraticBase,
  comparison: drawComparisonBase,
  chart: drawChartBase,
  'adam-loss': drawLossBase,
  'adam-map': drawMapBase,
};

/** Each figure with an input: the worker's figure and the page's must be the same. */
export const cases = [
  ['runs', runs, drawRunsBase],
  ['speed', speed, drawSpeedBase],
  ['log-loss', logLoss, drawLogLossBase],
  ['log-time', moments, drawLogTimeBase],
  ['log-time', lengths, drawLogTimeBase],
  ['contour-map', map, drawContourBase],
  ['curve', curve, drawCurveBase],
  ['dot-chart', values, drawDotChartBase],
  ['dot-chart', decayed, drawDotChartBase],
  ['dot-chart', undecayed, drawDotChartBase],
  ['ravine', ravine, drawRavineBase],
  ['lr-strip', strip, drawLrStripBase],
  ['quadratic', quadratic, drawQuadraticBase],
  ['comparison', constant, drawComparisonBase],
  ['comparison', halved, drawComparisonBase],
  ['chart', rates, drawChartBase],
  ['chart', firstSteps, drawChartBase],
  ['adam-loss', adamLoss, drawLossBase],
  ['adam-loss', adamPrompt, drawLossBase],
  ['adam-map', adamMap, drawMapBase],
] as const;
