import { z } from 'zod';
import { widgetId } from '../lib/widget-id.ts';

export const schema = z
  .object({
    id: widgetId('slice'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(1_000_000)
      .default(363)
      .describe('Seed of the fixed initial parameters of the 1-2-1 network.'),
    param: z
      .number()
      .int()
      .min(0)
      .max(6)
      .default(0)
      .describe('Which parameter is chosen at first: 0 to 6, in parameter order (W1, b1, W2, b2).'),
    h: z
      .number()
      .min(1e-10)
      .max(0.5)
      .default(1e-4)
      .describe('Starting step h of the central finite difference (1e-10 to 0.5).'),
  })
  .strict()
  .describe(
    'The loss of a 1-2-1 tanh network on five points as a function of one chosen parameter, the others held: the curve, its tangent, the sign of ∂L/∂w and the backprop derivative beside a finite difference.',
  );

export type LossSliceProps = z.output<typeof schema>;
