/**
 * Elementary functions that give the same bits in every browser: JavaScript ports of the fdlibm
 * routines V8 in Node 24 runs for `Math.*`, and a tanh of our own (tanh.ts: faster than fdlibm's
 * and closer to the exact value, built from the arithmetic operators alone). The chapters' numbers are computed and checked under
 * Node; a browser's own `Math.exp`, `Math.sin`, ... may differ in the last bit (Chromium 156 on
 * exp, log, sin, cos, tanh, atan...; Firefox 153 on sin and cos), and a long run (20,000 steps)
 * or a dataset (moons, spirals) turns that bit into a different number on the page. The engine
 * calls these instead of `Math.*` wherever a reader's number comes from. `Math.sqrt`, `Math.abs`,
 * `Math.floor` and the arithmetic operators are exact (IEEE 754) in every browser and stay.
 */
export { exp, expm1 } from './exp.ts';
export { log, log1p, log10 } from './log.ts';
export { sin, cos } from './trig.ts';
export { tanh, tanhInPlace } from './tanh.ts';
export { sinh, cosh } from './hyperbolic.ts';
export { atan } from './atan.ts';
