import * as PlotPackage from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { providePlot } from './plot.ts';
import { provideFrameLightener } from './PlotFigure.tsx';
import { lightenStaticFrame } from './static-frame.ts';

/**
 * Server-side only. Gives Observable Plot a document while Astro renders a widget at build time,
 * so every widget ships a static first frame (a figure without JavaScript, and no layout shift
 * when it hydrates). Imported by the widgets' Astro wrappers, never by browser code.
 */
declare global {
  var __descentServerDocument: Document | undefined;
}

globalThis.__descentServerDocument ??= parseHTML('<!doctype html><html><body></body></html>').document;

// The widgets' draw functions use the live `Plot` binding of plot.ts; on the server it is set at once.
providePlot(PlotPackage);
// The build's frames are made lighter (static-frame.ts); that code is not sent to browsers.
provideFrameLightener(lightenStaticFrame);

export {};
