import { z } from 'zod';
import { widgetId } from '../lib/widget-id.ts';
import { rateLimits } from './model.ts';

export const schema = z
  .object({
    id: widgetId('rates'),
    kappa: z
      .number()
      .min(rateLimits.kappa.min)
      .max(rateLimits.kappa.max)
      .default(20)
      .describe('Starting condition number κ = λmax/λmin of the quadratic (1 to 10000); the curvatures are 1/κ and 1.'),
    lr: z
      .number()
      .min(rateLimits.alpha.min)
      .max(rateLimits.alpha.max)
      .default(1.6)
      .describe(
        'Starting learning rate α of the reader’s point (0.01 to 4; the steepest curvature is 1, so α is also αλmax).',
      ),
    momentum: z
      .number()
      .min(rateLimits.mu.min)
      .max(rateLimits.mu.max)
      .default(0.6)
      .describe('Starting momentum coefficient μ of the reader’s point (0 to 0.99).'),
  })
  .strict()
  .describe(
    'Heavy-ball momentum on a quadratic with curvatures 1/κ to 1: the convergence rate over (α, μ) as a heat map with the best pair and critical damping marked, the reader’s (α, μ) with its rate, and the path along the flattest and the steepest direction.',
  );

export type MomentumRatesProps = z.output<typeof schema>;
