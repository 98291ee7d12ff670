/** The figure worker of LossSlice (figure-client.ts): the slice's base. */
import { serveFigures } from '../lib/figure-worker.ts';
import { drawSliceBase } from './draws.ts';

serveFigures({ slice: drawSliceBase });
