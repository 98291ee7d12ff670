/** The figure worker of DecayCompare (figure-client.ts): its two charts' axes, drawn off the main thread. */
import { serveFigures } from '../lib/figure-worker.ts';
import { drawDotChartBase } from './draws.ts';

serveFigures({ 'dot-chart': drawDotChartBase });
