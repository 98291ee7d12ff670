/** The figure worker of TorchFormCheck (figure-client.ts): its chart's axes, drawn off the main thread. */
import { serveFigures } from '../lib/figure-worker.ts';
import { drawComparisonBase } from './draws.ts';

serveFigures({ comparison: drawComparisonBase });
