/** The figure worker of LocalMinima (figure-client.ts): its curve, drawn off the main thread. */
import { serveFigures } from '../lib/figure-worker.ts';
import { drawCurveBase } from './draws.ts';

serveFigures({ curve: drawCurveBase });
