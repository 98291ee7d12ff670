/**
 * Numbers the engine computes from elementary functions, the same code run in Node and (bundled
 * by engine-bundle.ts) in a browser, to compare bit for bit: datasets (sin, cos, and rng.normal's
 * log), a trainer on the spirals as the RMSProp chapter runs it (tanh, exp, log1p), a surface
 * and a reader's formula, and each of src/engine/math's functions on a fixed set of arguments.
 * `useMath` computes the same function table with the browser's own Math.*, to count how far a
 * browser's library is from Node's (reported, not asserted: it depends on the browser).
 */
import { generate } from '../../src/engine/data/index.ts';
import { compile, parse } from '../../src/engine/expr/index.ts';
import * as libm from '../../src/engine/math/index.ts';
import { createMLP } from '../../src/engine/nn/index.ts';
import { rastrigin, ravine } from '../../src/engine/problems/index.ts';
import { createRng } from '../../src/engine/rng/index.ts';
import { createTrainer } from '../../src/engine/sim/index.ts';

type Fn = (x: number) => number;
const names = ['exp', 'expm1', 'log', 'log1p', 'log10', 'sin', 'cos', 'tanh', 'sinh', 'cosh', 'atan'] as const;

/** 4,000 arguments per function: the course's range and a spread of exponents. */
function argumentsFor(name: string): number[] {
  const rng = createRng(name.length * 7919 + name.charCodeAt(0));
  const xs: number[] = [];
  const positive = name.startsWith('log') && name !== 'log1p';
  for (let i = 0; i < 4000; i++) {
    const spread = (1 + rng.next()) * 2 ** (rng.int(60) - 40);
    const x = i % 2 === 0 ? (rng.next() - 0.5) * 20 : spread;
    xs.push(positive ? Math.abs(x) : name === 'log1p' ? Math.max(x, -0.999) : x);
  }
  return xs;
}

export function functionTable(useMath: boolean): Record<string, number[]> {
  const table: Record<string, number[]> = {};
  for (const name of names) {
    const f: Fn = useMath ? (x) => Math[name](x) : libm[name];
    table[name] = argumentsFor(name).map((x) => f(x));
  }
  return table;
}

/** The chapter's network: 2-8-8-1 tanh, BCE, RMSProp (α 0.01, γ 0.99), batch 10, on spirals. */
function spiralsRun(steps: number): number[] {
  const train = generate('spirals', 200, { seed: 1 });
  const mlp = createMLP({ sizes: [2, 8, 8, 1], activation: 'tanh', loss: 'bce' });
  const trainer = createTrainer({
    mlp,
    train,
    spec: { name: 'rmsprop', lr: 0.01, decay: 0.99 },
    batchSize: 10,
    seed: 1,
  });
  trainer.run(steps);
  return [...trainer.params, trainer.evaluate().train];
}

export function probe(steps: number): Record<string, number[]> {
  const rng = createRng(5);
  const formula = compile(parse('sin(x) * cos(y) + exp(-x*x) * log(1 + y*y) + tanh(x - y)'));
  const grid = Array.from({ length: 400 }, (_, i) => [(i % 20) / 4 - 2.5, Math.floor(i / 20) / 4 - 2.5] as const);
  return {
    ...functionTable(false),
    moons: [...generate('moons', 500, { seed: 1 }).X],
    circles: [...generate('circles', 500, { seed: 1 }).X],
    spirals: [...generate('spirals', 500, { seed: 1 }).X],
    normal: Array.from({ length: 2000 }, () => rng.normal()),
    surfaces: grid.flatMap(([x, y]) => [rastrigin.f(Float64Array.of(x, y)), ravine.f(Float64Array.of(x, y))]),
    formula: grid.map(([x, y]) => formula.value(x, y)),
    trainer: spiralsRun(steps),
  };
}

/** Each value's 64 bits in hex: exact, and keeps -0 and NaN apart, which JSON does not. */
export function bitsOf(record: Record<string, number[]>): Record<string, string[]> {
  const view = new DataView(new ArrayBuffer(8));
  const hex = (x: number) => {
    view.setFloat64(0, x);
    return view.getBigUint64(0).toString(16);
  };
  return Object.fromEntries(Object.entries(record).map(([key, values]) => [key, values.map(hex)]));
}
