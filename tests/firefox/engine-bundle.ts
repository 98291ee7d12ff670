import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { bitsOf, functionTable, probe } from './engine-probe.ts';

/**
 * engine-probe.ts bundled for a browser (one script, `descentProbe` its global), and what Node
 * computes from the same source. PROBE_WITH_MATH=1 swaps src/engine/math for the browser's own
 * Math.* (as the engine was before it), to see the browser checks fail without the ports.
 */
const withMath: Plugin = {
  name: 'engine-math-as-Math',
  setup(b) {
    b.onResolve({ filter: /\/math\/index\.ts$/ }, () => ({ path: 'math-shim', namespace: 'math-shim' }));
    b.onLoad({ filter: /.*/, namespace: 'math-shim' }, () => ({
      loader: 'js',
      contents: `export const { exp, expm1, log, log1p, log10, sin, cos, tanh, sinh, cosh, atan } = Math;
        export function tanhInPlace(a, n) { for (let i = 0; i < n; i++) a[i] = Math.tanh(a[i]); }`,
    }));
  },
};

export async function probeScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.resolve('tests/firefox/engine-probe.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'descentProbe',
    platform: 'browser',
    target: 'es2022',
    write: false,
    plugins: process.env['PROBE_WITH_MATH'] === '1' ? [withMath] : [],
  });
  return result.outputFiles[0]!.text;
}

/** Steps of the chapter's trainer the probe runs: 100 epochs of 20 batches, well under a second. */
export const probeSteps = 2000;

/** The browser's answer as a script to evaluate: the probe's bits, and its Math.* table's. */
export async function browserExpression(): Promise<string> {
  return `${await probeScript()}
    JSON.stringify({ engine: descentProbe.bitsOf(descentProbe.probe(${probeSteps})),
      math: descentProbe.bitsOf(descentProbe.functionTable(true)) })`;
}

export interface BrowserAnswer {
  engine: Record<string, string[]>;
  math: Record<string, string[]>;
}

/** For each key, how many values differ from Node's (0 everywhere when the browser agrees). */
export function differences(browser: Record<string, string[]>, node: Record<string, string[]>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(node).map(([key, values]) => [key, values.filter((v, i) => browser[key]?.[i] !== v).length]),
  );
}

export const nodeProbe = (): Record<string, string[]> => bitsOf(probe(probeSteps));
export const nodeFunctions = (): Record<string, string[]> => bitsOf(functionTable(false));
