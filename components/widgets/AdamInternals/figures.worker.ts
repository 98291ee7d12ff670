/** The figure worker of AdamInternals (figure-client.ts): the map's and the charts' bases. */
import { serveFigures } from '../lib/figure-worker.ts';
import { drawChartBase, drawMapBase } from './draws.ts';

serveFigures({ map: drawMapBase, chart: drawChartBase });
