import { z } from 'zod';
import { widgetId } from '../lib/widget-id.ts';

export const schema = z
  .object({
    id: widgetId('torch'),
    optimizer: z
      .enum(['momentum', 'nag'])
      .default('momentum')
      .describe('Which rule to compare with PyTorch: momentum (SGD with momentum) or nag (SGD with nesterov=True).'),
    problem: z.enum(['twoMinima', 'illConditioned', 'ravine']).default('twoMinima').describe('The loss the runs descend.'),
    lr: z.number().min(0.001).max(0.1).default(0.02).describe('Learning rate α (0.001 to 0.1).'),
    momentum: z.number().min(0).max(0.99).default(0.9).describe('Momentum coefficient μ (0 to 0.99).'),
    steps: z.number().int().min(10).max(500).default(200).describe('How many steps to compare (10 to 500).'),
  })
  .strict()
  .describe('Runs the course’s form of momentum (or NAG) and PyTorch’s form side by side and shows the largest difference between their paths.');

export type TorchFormCheckProps = z.output<typeof schema>;
