import { createFigureClient } from '../lib/figure-client.ts';

/** The AdamTrainer's figure worker (figures.worker.ts), shared by its loss chart and its map. */
export const figures = createFigureClient(
  () => new Worker(new URL('./figures.worker.ts', import.meta.url), { type: 'module' }),
);
