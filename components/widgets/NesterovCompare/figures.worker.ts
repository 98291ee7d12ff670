/** The figure worker of NesterovCompare (figure-client.ts): its two bases, drawn off the main thread. */
import { serveFigures } from '../lib/figure-worker.ts';
import { drawRunsBase, drawSpeedBase } from './draws.ts';

serveFigures({ runs: drawRunsBase, speed: drawSpeedBase });
