/** The figure worker of the AdamTrainer (figure-client.ts): its loss chart's axes and its map's frame, drawn off the main thread. */
import { serveFigures } from '../lib/figure-worker.ts';
import { drawLossBase, drawMapBase } from './draws.ts';

serveFigures({ 'adam-loss': drawLossBase, 'adam-map': drawMapBase });
