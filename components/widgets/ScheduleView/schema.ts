import { z } from 'zod';
import { scheduleNames } from '../../../src/engine/optim/index.ts';
import type { ScheduleName } from '../../../src/engine/optim/index.ts';
import { widgetId } from '../lib/widget-id.ts';

export const schema = z
  .object({
    id: widgetId('schedule'),
    schedule: z
      .enum(scheduleNames as [ScheduleName, ...ScheduleName[]])
      .default('cosine')
      .describe('The starting schedule: ' + scheduleNames.join(', ') + '.'),
    lr: z.number().min(0.01).max(0.5).default(0.1).describe('Starting peak learning rate α (0.01 to 0.5).'),
    steps: z
      .number()
      .int()
      .min(100)
      .max(1000)
      .default(300)
      .describe('How many steps the noisy runs take (100 to 1,000); also the longest cosine.'),
  })
  .strict()
  .describe(
    'A learning-rate schedule (constant, step, exponential, cosine, warm-up, warm-up + cosine, each with its fields as sliders): the rate over the steps, its effect on SGD with noisy gradients against a constant rate, and the size of Adam’s first steps with and without it.',
  );

export type ScheduleViewProps = z.output<typeof schema>;
