import { createOptimizer } from '../../src/engine/optim/index.ts';
import type { GradFn, OptimizerSpec } from '../../src/engine/optim/index.ts';
import { rosenbrock } from '../../src/engine/problems/index.ts';
import { createRng } from '../../src/engine/rng/index.ts';
import { quick, median, fmt, table, results } from '../common.ts';

// ---------------------------------------------------------------------------------------------
// (d) The cost of a learning-rate schedule
// ---------------------------------------------------------------------------------------------
/**
 * Median ns per step of `steps` steps for each spec on `size` parameters, the specs timed in turn
 * within each repetition (so that a slower moment of the machine hits all of them alike).
 */
function timeAlternately(
  specs: readonly OptimizerSpec[],
  size: number,
  grad: GradFn,
  steps: number,
  reps: number,
): number[] {
  const start = size === 2 ? rosenbrock.start : new Float64Array(size).fill(0.5);
  const optimizers = specs.map((spec) => createOptimizer(spec, size));
  const p = new Float64Array(size);
  const samples = specs.map(() => [] as number[]);
  for (let r = -Math.ceil(reps / 5); r < reps; r++) {
    for (let o = 0; o < optimizers.length; o++) {
      const opt = optimizers[o]!;
      const t = performance.now();
      opt.reset();
      p.set(start);
      for (let s = 0; s < steps; s++) opt.step(p, grad);
      if (r >= 0) samples[o]!.push(((performance.now() - t) * 1e6) / steps);
    }
  }
  return samples.map(median);
}

export function benchSchedules(): void {
  console.log(
    '(d) A learning-rate schedule, with and without, timed alternately in the same run: 1000 Rosenbrock\n' +
      '    steps per optimizer (2 parameters), then Adam on 1e3 and 1e5 parameters (gradient `out.set(g)`).\n' +
      '    "step" costs a Math.pow per step, "warmup-cosine" a Math.cos: a fixed cost per step, whatever the size.\n',
  );
  const names = ['sgd', 'momentum', 'nag', 'adagrad', 'rmsprop', 'adam', 'adamw'] as const;
  const step = { name: 'step', stepSize: 100 } as const;
  const warmupCosine = { name: 'warmup-cosine', warmupSteps: 100, tMax: 1000 } as const;
  const row = (label: string, [plain, stepped, cosine]: number[]) => [
    label,
    fmt(plain!),
    fmt(stepped!),
    fmt(cosine!),
    `${fmt(cosine! - plain!, 2)} (${fmt((100 * (cosine! - plain!)) / plain!, 2)}%)`,
  ];
  const rows: string[][] = [];
  let worstExtra = 0;
  for (const name of names) {
    const lr = name === 'adagrad' ? 0.5 : 1e-3;
    const specs = [
      { name, lr },
      { name, lr, schedule: step },
      { name, lr, schedule: warmupCosine },
    ];
    const times = timeAlternately(specs, 2, rosenbrock.grad, 1000, quick ? 31 : 101);
    // The fixed cost of a schedule per step, measured where a step is cheapest (2 parameters).
    worstExtra = Math.max(worstExtra, times[1]! - times[0]!, times[2]! - times[0]!);
    rows.push(row(name, times));
  }
  let adam1e3 = 0;
  for (const size of [1e3, 1e5]) {
    const rng = createRng(1);
    const g = Float64Array.from({ length: size }, () => rng.normal());
    const grad: GradFn = (_at, out) => out.set(g);
    const specs: OptimizerSpec[] = [
      { name: 'adam', lr: 1e-3 },
      { name: 'adam', lr: 1e-3, schedule: step },
      { name: 'adam', lr: 1e-3, schedule: warmupCosine },
    ];
    const times = timeAlternately(specs, size, grad, size === 1e3 ? 200 : 10, quick ? 11 : 31);
    if (size === 1e3) adam1e3 = times[0]!;
    rows.push(row(`adam, ${size.toExponential(0)} params`, times));
  }
  table(['optimizer', 'ns/step, no schedule', 'step', 'warmup-cosine', 'warmup-cosine − none: ns (%)'], rows);
  // At 1e3 parameters and more the difference drowns in run-to-run noise, so the target compares
  // the fixed cost measured at 2 parameters with an Adam step at 1e3.
  const share = worstExtra / adam1e3;
  results.push({
    target: `(d) a schedule's fixed cost per step (worst ${fmt(worstExtra, 2)} ns at 2 params) under 2% of an Adam step at 1e3 params (${fmt(100 * share, 2)}%)`,
    met: share < 0.02,
  });
}
