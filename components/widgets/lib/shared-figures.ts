import { createFigureClient } from './figure-client.ts';

/**
 * The worker that draws the shared figures' bases (figures.worker.ts): one per page, for every
 * LogLossChart and ContourFigure on it.
 */
export const sharedFigures = createFigureClient(
  () => new Worker(new URL('./figures.worker.ts', import.meta.url), { type: 'module' }),
);
