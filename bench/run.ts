/**
 * `npm run bench`: how fast the engine is, against a memory floor and against TensorFlow.js.
 * A benchmark, not a test: it prints a table and exits 0 whether or not targets are met.
 *
 * (a) Adam's update per parameter at 1e3, 1e5, 1e6 parameters, against the time to stream the
 *     same bytes with `TypedArray.prototype.set` copies (the memory floor).
 * (b) Training steps per second of a 2-16-16-1 tanh MLP with Adam on 250 moons, full batch and
 *     batch 10, against @tensorflow/tfjs on its pure-JS CPU backend doing the same training.
 * (b') Where one of those steps spends its CPU time: forward (and its tanh), backward, Adam, trainer.
 * (c) Six optimizers × 1000 steps on Rosenbrock: the bare optimizer loop and `runOnProblem`.
 * (d) What a learning-rate schedule costs per step: each optimizer with and without one, timed
 *     alternately in the same run.
 * (e) Adam written in the rule language (src/engine/rule, the `adam` preset) against the built-in
 *     Adam, at 1e3, 1e5 and 1e6 parameters, side by side.
 *
 * Every figure is the median of several timed repetitions after warm-up runs.
 *
 * `BENCH_ONLY=rule npm run bench` runs only the sections named (comma-separated: adam, training,
 * split, rosenbrock, schedules, rule), e.g. to measure one change without waiting for the rest.
 */
import { benchAdam } from './sections/adam-floor.ts';
import { benchTraining } from './sections/training.ts';
import { benchTrainingSplit } from './sections/training-split.ts';
import { benchRosenbrock } from './sections/rosenbrock.ts';
import { benchSchedules } from './sections/schedules.ts';
import { benchRule } from './sections/rule.ts';
import { quick, results, verdict } from './common.ts';

const t0 = performance.now();
console.log(`Descent engine benchmark — Node ${process.version}${quick ? ' (quick)' : ''}\n`);
const sections: Readonly<Record<string, () => unknown>> = {
  adam: benchAdam,
  training: benchTraining,
  split: benchTrainingSplit,
  rosenbrock: benchRosenbrock,
  schedules: benchSchedules,
  rule: benchRule,
};
const only = process.env['BENCH_ONLY']?.split(',').map((name) => name.trim()) ?? Object.keys(sections);
const unknown = only.filter((name) => !Object.hasOwn(sections, name));
if (unknown.length > 0)
  throw new Error(`BENCH_ONLY: no section ${unknown.join(', ')} (${Object.keys(sections).join(', ')})`);
for (const name of only) await sections[name]!();
console.log('Targets');
for (const r of results) console.log(`  ${verdict(r.met).padEnd(7)}  ${r.target}`);
console.log(`\nTotal time ${((performance.now() - t0) / 1000).toFixed(1)} s`);
