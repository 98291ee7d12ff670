/** The figure worker of the Trainer (figure-client.ts): its loss chart's axes, drawn off the main thread while it trains. */
import { serveFigures } from '../lib/figure-worker.ts';
import { drawLossAxesBase } from './draws.ts';

serveFigures({ 'trainer-loss': drawLossAxesBase });
