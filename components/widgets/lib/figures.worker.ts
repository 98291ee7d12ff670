/**
 * The figure worker of the shared figures (figure-client.ts): LogLossChart's and LogTimeChart's
 * axes, ContourFigure's map, LrStrip's bands.
 */
import { drawContourBase } from './contour-base.ts';
import { serveFigures } from './figure-worker.ts';
import { drawLogLossBase } from './log-loss-base.ts';
import { drawLogTimeBase } from './log-time-base.ts';
import { drawLrStripBase } from './lr-strip-base.ts';

serveFigures({
  'log-loss': drawLogLossBase,
  'log-time': drawLogTimeBase,
  'contour-map': drawContourBase,
  'lr-strip': drawLrStripBase,
});
