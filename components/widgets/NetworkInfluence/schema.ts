import { z } from 'zod';
import { widgetId } from '../lib/widget-id.ts';

export const schema = z
  .object({
    id: widgetId('net'),
    sizes: z
      .array(z.number().int().min(1).max(6))
      .min(3)
      .max(5)
      .default([3, 4, 4, 1])
      .describe(
        'Layer widths from input to output, e.g. [3, 4, 4, 1]: 3 to 5 layers of 1 to 6 units; the last must be 1.',
      ),
    seed: z
      .number()
      .int()
      .min(0)
      .max(1_000_000)
      .default(7)
      .describe('Seed of the fixed initial weights (PyTorch’s default initialisation).'),
    input: z
      .array(z.number().min(-3).max(3))
      .min(1)
      .max(6)
      .default([1, -0.5, 0.8])
      .describe('The fixed input x, one number per input unit (−3 to 3).'),
    target: z
      .number()
      .min(-2)
      .max(2)
      .default(0.5)
      .describe('Starting target y for the squared-error read-out (−2 to 2).'),
    weight: z
      .number()
      .int()
      .min(0)
      .default(5)
      .describe('Index (from 0, in parameter order) of the weight chosen at first.'),
  })
  .strict()
  .refine((p) => p.sizes.at(-1) === 1, { message: 'the last layer must have 1 unit (one output)', path: ['sizes'] })
  .refine((p) => p.input.length === p.sizes[0], {
    message: 'input needs one number per input unit (sizes[0])',
    path: ['input'],
  })
  .refine((p) => p.weight < weightCount(p.sizes), {
    message: 'weight must be below the number of weights',
    path: ['weight'],
  })
  .describe(
    'A small tanh network drawn as nodes and weighted edges: choose any weight, see which units it reaches on the way to the output, nudge it and watch the output and the loss change.',
  );

/** Number of weights (edges) of a fully connected network with these layer widths. */
export function weightCount(sizes: readonly number[]): number {
  let n = 0;
  for (let l = 1; l < sizes.length; l++) n += sizes[l - 1]! * sizes[l]!;
  return n;
}

export type NetworkInfluenceProps = z.output<typeof schema>;
