/** The figure worker of DescentCurve (figure-client.ts): its curve, drawn off the main thread. */
import { serveFigures } from '../lib/figure-worker.ts';
import { drawQuadraticBase } from './draws.ts';

serveFigures({ quadratic: drawQuadraticBase });
