/**
 * The parts of Observable Plot the widgets use, as one module that plot.ts loads on demand. Naming
 * them (instead of importing the whole package) lets the bundler drop the rest: the lazily loaded
 * chunk is about a quarter smaller (290 KB instead of 378 KB). Add a name here before using a new
 * Plot function in a widget; astro check reports a use that is missing.
 */
export { arrow, contour, dot, frame, line, plot, rectY, ruleX, ruleY, text } from '@observablehq/plot';
