/**
 * The data sets a widget trains its toy network on (the Trainer, and a RuleCell given `data`):
 * the 2-D classification sets, since the regression set `sine` has no decision boundary to draw.
 */
import type { DatasetId } from '../../../src/engine/data/index.ts';

export const trainerDatasets = [
  'xor',
  'moons',
  'circles',
  'spirals',
  'blobs',
  'sparse',
] as const satisfies readonly DatasetId[];
export type TrainerDataset = (typeof trainerDatasets)[number];
