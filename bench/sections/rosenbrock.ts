import { createOptimizer } from '../../src/engine/optim/index.ts';
import type { OptimizerSpec } from '../../src/engine/optim/index.ts';
import { rosenbrock } from '../../src/engine/problems/index.ts';
import { finalPoint, runOnProblem } from '../../src/engine/sim/index.ts';
import type { RunResult } from '../../src/engine/sim/index.ts';
import { quick, timeIt, fmt, table, results } from '../common.ts';

// ---------------------------------------------------------------------------------------------
// (c) Six optimizers × 1000 steps on Rosenbrock
// ---------------------------------------------------------------------------------------------
export function benchRosenbrock(): void {
  const { start } = rosenbrock;
  console.log(
    `(c) Six optimizers × 1000 steps on ${rosenbrock.title} (src/engine/problems), from (${start.join(', ')})\n` +
      '    "optimizer loop": createOptimizer + rosenbrock.grad, nothing else. "runOnProblem": what a widget\n' +
      '    calls (src/engine/sim/run.ts): trajectory and loss arrays allocated and filled, divergence checks.\n',
  );
  const specs: OptimizerSpec[] = [
    { name: 'sgd', lr: 1e-3 },
    { name: 'momentum', lr: 1e-3, momentum: 0.9 },
    { name: 'nag', lr: 1e-3, momentum: 0.9 },
    { name: 'adagrad', lr: 0.5 },
    { name: 'rmsprop', lr: 1e-2 },
    { name: 'adam', lr: 0.05 },
  ];
  const optimizers = specs.map((spec) => createOptimizer(spec, 2));
  const points = specs.map(() => new Float64Array(2));
  const reps = quick ? 11 : 31;
  const loopMs = timeIt(
    () => {
      for (let o = 0; o < optimizers.length; o++) {
        const opt = optimizers[o]!;
        const p = points[o]!;
        opt.reset();
        p.set(start);
        for (let s = 0; s < 1000; s++) opt.step(p, rosenbrock.grad);
      }
    },
    1,
    reps,
    20,
  );
  const runs: RunResult[] = [];
  const runMs = timeIt(
    () => {
      runs.length = 0;
      for (const spec of specs) runs.push(runOnProblem(rosenbrock, spec, { steps: 1000 }));
    },
    1,
    reps,
    20,
  );
  const ends = specs
    .map((spec, o) => {
      const p = points[o]!;
      const run = runs[o]!;
      const same = run.steps === 1000 && finalPoint(run).every((v, i) => v === p[i]);
      return `${spec.name} (${p[0]!.toFixed(2)}, ${p[1]!.toFixed(2)})${same ? '' : ' [runOnProblem differs!]'}`;
    })
    .join(', ');
  table(
    ['what', 'total ms (6 × 1000 steps)', 'ns per step', 'target'],
    [
      ['optimizer loop', fmt(loopMs), fmt((loopMs * 1e6) / 6000), '<= 2 ms'],
      ['runOnProblem', fmt(runMs), fmt((runMs * 1e6) / 6000), '<= 2 ms'],
    ],
  );
  console.log(`    End points (both agree unless marked): ${ends}\n`);
  results.push({
    target: `(c) 6 optimizers × 1000 Rosenbrock steps within 2 ms (loop ${fmt(loopMs)} ms, runOnProblem ${fmt(runMs)} ms)`,
    met: Math.max(loopMs, runMs) <= 2,
  });
}
