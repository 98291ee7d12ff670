import type { Specs } from '../lib/url-state.ts';

/** The link parameters of the widget, with their ranges (same as the author's props). */
export const gdParabolaSpecs = (steps: number) =>
  ({
    lr: { kind: 'number', default: 0.1, min: 0.001, max: 1.5 },
    start: { kind: 'number', default: 2.5, min: -3, max: 3 },
    step: { kind: 'number', default: 0, min: 0, max: steps, integer: true },
  }) satisfies Specs;

/** Milliseconds between steps while playing. */
export const playInterval = 350;
