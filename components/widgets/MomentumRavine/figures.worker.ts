/** The figure worker of MomentumRavine (figure-client.ts): its contour map, drawn off the main thread. */
import { serveFigures } from '../lib/figure-worker.ts';
import { drawRavineBase } from './draws.ts';

serveFigures({ map: drawRavineBase });
