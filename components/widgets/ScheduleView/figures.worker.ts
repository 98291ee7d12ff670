/** The figure worker of ScheduleView (figure-client.ts): its charts' axes, drawn off the main thread. */
import { serveFigures } from '../lib/figure-worker.ts';
import { drawChartBase } from './draws.ts';

serveFigures({ chart: drawChartBase });
