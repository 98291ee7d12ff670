/**
 * `npm run bench`: how fast the engine is, against a memory floor and against TensorFlow.js.
 * A benchmark, not a test: it prints a table and exits 0 whether or not targets are met.
 *
 * (a) Adam's update per parameter at 1e3, 1e5, 1e6 parameters, against the time to stream the
 *     same bytes with `TypedArray.prototype.set` copies (the memory floor).
 * (b) Training steps per second of a 2-16-16-1 tanh MLP with Adam on 250 moons, full batch and
 *     batch 10, against @tensorflow/tfjs on its pure-JS CPU backend doing the same training.
 * (c) Six optimizers × 1000 steps on Rosenbrock: the bare optimizer loop and `runOnProblem`.
 * (d) What a learning-rate schedule costs per step: each optimizer with and without one, timed
 *     alternately in the same run.
 * (e) Adam written in the rule language (src/engine/rule, the `adam` preset) against the built-in
 *     Adam, at 1e3, 1e5 and 1e6 parameters, side by side.
 *
 * Every figure is the median of several timed repetitions after warm-up runs.
 */
import * as tf from '@tensorflow/tfjs';
import { generate } from '../src/engine/data/index.ts';
import { createMLP } from '../src/engine/nn/index.ts';
import { createOptimizer } from '../src/engine/optim/index.ts';
import type { GradFn, OptimizerSpec } from '../src/engine/optim/index.ts';
import { rosenbrock } from '../src/engine/problems/index.ts';
import { rulePresets } from '../src/engine/rule/index.ts';
import { createRng } from '../src/engine/rng/index.ts';
import { createTrainer, finalPoint, runOnProblem } from '../src/engine/sim/index.ts';
import type { RunResult } from '../src/engine/sim/index.ts';

const quick = process.argv.includes('--quick');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median over `reps` runs of `body()` (each run times `inner` calls), in ms per call. */
function timeIt(body: () => void, inner: number, reps: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) for (let j = 0; j < inner; j++) body();
  const samples: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    for (let j = 0; j < inner; j++) body();
    samples.push((performance.now() - t0) / inner);
  }
  return median(samples);
}

function fmt(x: number, digits = 3): string {
  return x >= 100 ? x.toFixed(0) : x.toPrecision(digits);
}

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  console.log(line(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const row of rows) console.log(line(row));
  console.log();
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');
const results: { target: string; met: boolean }[] = [];

// ---------------------------------------------------------------------------------------------
// (a) Adam update vs memory floor
// ---------------------------------------------------------------------------------------------
/**
 * The textbook Adam loop with nothing else: bias corrections as precomputed reciprocals, no
 * inspection buffers. Not used by the site; a yardstick for `src/engine/optim/adam.ts`.
 */
function referenceAdam(size: number, lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8) {
  const grad = new Float64Array(size);
  const m = new Float64Array(size);
  const s = new Float64Array(size);
  let t = 0;
  return (params: Float64Array, gradFn: GradFn): void => {
    gradFn(params, grad);
    t++;
    const stepSize = lr / (1 - Math.pow(beta1, t));
    const inverseCorrection2 = 1 / (1 - Math.pow(beta2, t));
    for (let i = 0; i < size; i++) {
      const g = grad[i]!;
      const mi = beta1 * m[i]! + (1 - beta1) * g;
      const si = beta2 * s[i]! + (1 - beta2) * g * g;
      m[i] = mi;
      s[i] = si;
      params[i] = params[i]! - (stepSize * mi) / (Math.sqrt(si * inverseCorrection2) + eps);
    }
  };
}

function benchAdam(): void {
  console.log('(a) Adam update time per parameter vs the memory floor');
  console.log(
    '    The gradient function is `out.set(g)` with a fixed random g: a cheap, honest gradient that\n' +
      '    moves bytes like any real one. Per parameter a step then reads g, params, grad, m, s (5 doubles)\n' +
      '    and writes grad, params, m, s (4 doubles): 72 bytes. The floor streams the same 72 bytes\n' +
      '    per parameter as 4.5 Float64Array copies (`dst.set(src)`), i.e. memcpy speed.\n' +
      '    "reference" is a bare Adam loop kept in this file (see referenceAdam) as a yardstick.\n',
  );
  const rows: string[][] = [];
  for (const size of [1e3, 1e5, 1e6]) {
    const rng = createRng(1);
    const g = Float64Array.from({ length: size }, () => rng.normal());
    const params = Float64Array.from({ length: size }, () => rng.normal());
    const adam = createOptimizer({ name: 'adam', lr: 1e-3 }, size);
    const reference = referenceAdam(size);
    const grad: GradFn = (_at, out) => out.set(g);
    const inner = Math.max(1, Math.round((quick ? 2e6 : 2e7) / size));
    const reps = quick ? 5 : 9;
    const adamMs = timeIt(() => adam.step(params, grad), inner, reps);
    const referenceMs = timeIt(() => reference(params, grad), inner, reps);

    const src = Array.from({ length: 5 }, () => new Float64Array(size).fill(1));
    const dst = Array.from({ length: 5 }, () => new Float64Array(size));
    const half = size / 2;
    const copy = () => {
      for (let i = 0; i < 4; i++) dst[i]!.set(src[i]!);
      dst[4]!.set(src[4]!.subarray(0, half));
    };
    const floorMs = timeIt(copy, inner, reps);
    const ratio = adamMs / floorMs;
    const perParam = (ms: number) => fmt((ms * 1e6) / size);
    rows.push([
      size.toExponential(0),
      perParam(adamMs),
      perParam(referenceMs),
      perParam(floorMs),
      fmt(ratio, 2) + 'x',
      fmt(referenceMs / floorMs, 2) + 'x',
    ]);
    if (size === 1e6) {
      results.push({ target: `(a) Adam within 2.5x of the floor at 1e6 (${fmt(ratio, 2)}x)`, met: ratio <= 2.5 });
    }
  }
  table(
    [
      'params',
      'src/engine/optim Adam ns/param',
      'reference ns/param',
      'floor ns/param',
      'Adam / floor',
      'reference / floor',
    ],
    rows,
  );
}

// ---------------------------------------------------------------------------------------------
// (b) MLP training vs tfjs
// ---------------------------------------------------------------------------------------------
async function benchTraining(): Promise<void> {
  console.log('(b) Training a 2-16-16-1 tanh MLP with Adam (lr 0.01, eps 1e-7) on 250 moons, bce loss');
  console.log(
    '    Both start from the same weights. Ours: createTrainer (shuffle + batch copy included,\n' +
      '    evaluateEvery 0 so that neither side evaluates the whole set per step). tfjs: CPU backend,\n' +
      '    batches pre-sliced into tensors, tf.train.adam + optimizer.minimize inside tf.tidy.\n',
  );
  await tf.setBackend('cpu');
  await tf.ready();

  const data = generate('moons', 250, { seed: 1 });
  const mlp = createMLP({ sizes: [2, 16, 16, 1], activation: 'tanh', loss: 'bce' });
  const init = mlp.init(createRng(1));
  const spec: OptimizerSpec = { name: 'adam', lr: 0.01, eps: 1e-7 };
  const rows: string[][] = [];

  for (const batchSize of [250, 10]) {
    const steps = batchSize === 250 ? (quick ? 50 : 200) : quick ? 250 : 1000;

    // tfjs
    const X = tf.tensor2d(Float32Array.from(data.X), [250, 2], 'float32');
    const Y = tf.tensor2d(Float32Array.from(data.Y), [250, 1], 'float32');
    const batches: { x: tf.Tensor2D; y: tf.Tensor2D }[] = [];
    for (let start = 0; start < 250; start += batchSize) {
      batches.push({
        x: tf.slice2d(X, [start, 0], [batchSize, 2]),
        y: tf.slice2d(Y, [start, 0], [batchSize, 1]),
      });
    }
    const makeVars = () =>
      mlp.layers.map((layer) => {
        // ours: W [out][in]; tfjs matMul(x, W) wants W [in][out].
        const w = new Float32Array(layer.fanIn * layer.fanOut);
        for (let k = 0; k < layer.fanOut; k++) {
          for (let j = 0; j < layer.fanIn; j++) w[j * layer.fanOut + k] = init[layer.weights + k * layer.fanIn + j]!;
        }
        return {
          W: tf.variable(tf.tensor2d(w, [layer.fanIn, layer.fanOut])),
          b: tf.variable(tf.tensor1d(Float32Array.from(init.subarray(layer.biases, layer.biases + layer.fanOut)))),
        };
      });
    const forward = (vars: ReturnType<typeof makeVars>, x: tf.Tensor2D): tf.Tensor2D => {
      let a: tf.Tensor2D = x;
      vars.forEach((v, l) => {
        const z = tf.add<tf.Tensor2D>(tf.matMul(a, v.W), v.b);
        a = l < vars.length - 1 ? tf.tanh(z) : z;
      });
      return a;
    };
    const runTf = (n: number) => {
      const vars = makeVars();
      const opt = tf.train.adam(0.01, 0.9, 0.999, 1e-7);
      for (let s = 0; s < n; s++) {
        const batch = batches[s % batches.length]!;
        tf.tidy(() => {
          opt.minimize(() => tf.losses.sigmoidCrossEntropy<tf.Tensor2D, tf.Scalar>(batch.y, forward(vars, batch.x)));
        });
      }
      const loss = tf.tidy(() => tf.losses.sigmoidCrossEntropy(Y, forward(vars, X)).dataSync()[0]!);
      opt.dispose();
      for (const v of vars) {
        v.W.dispose();
        v.b.dispose();
      }
      return loss;
    };
    const runOurs = (n: number) => {
      const trainer = createTrainer({
        mlp,
        train: data,
        spec,
        batchSize,
        seed: 1,
        initialParams: init,
        evaluateEvery: 0,
      });
      trainer.run(n);
      return trainer.evaluate().train;
    };
    // The full runs (and five more of ours, which are short) are the warm-up. Then the timed runs alternate, so that a load spike on the
    // machine hits both sides alike; tfjs runs fewer steps per sample because it is slower.
    const oursLoss = runOurs(steps);
    for (let w = 0; w < 5; w++) runOurs(steps);
    const tfLoss = runTf(steps);
    const tfSteps = Math.max(10, Math.round(steps / (batchSize === 250 ? 4 : 10)));
    const oursSamples: number[] = [];
    const tfSamples: number[] = [];
    for (let r = 0; r < (quick ? 3 : 7); r++) {
      let t = performance.now();
      runOurs(steps);
      oursSamples.push((performance.now() - t) / steps);
      t = performance.now();
      runTf(tfSteps);
      tfSamples.push((performance.now() - t) / tfSteps);
    }
    const oursMs = median(oursSamples);
    const tfMs = median(tfSamples);
    for (const b of batches) {
      b.x.dispose();
      b.y.dispose();
    }
    X.dispose();
    Y.dispose();

    const speedup = tfMs / oursMs;
    const target = batchSize === 250 ? 5 : 20;
    const label = batchSize === 250 ? 'full batch' : 'batch 10';
    rows.push([
      label,
      fmt(1000 / oursMs),
      fmt(1000 / tfMs),
      fmt(speedup, 3) + 'x',
      `>= ${target}x`,
      `${oursLoss.toFixed(4)} / ${tfLoss.toFixed(4)} after ${steps}` +
        (batchSize === 250 ? '' : ' (batch orders differ)'),
    ]);
    results.push({ target: `(b) ${label}: ours >= ${target}x tfjs (${fmt(speedup, 3)}x)`, met: speedup >= target });
  }
  table(['batch', 'ours steps/s', 'tfjs steps/s', 'speed-up', 'target', 'train loss ours / tfjs'], rows);
}

// ---------------------------------------------------------------------------------------------
// (c) Six optimizers × 1000 steps on Rosenbrock
// ---------------------------------------------------------------------------------------------
function benchRosenbrock(): void {
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

function benchSchedules(): void {
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

// ---------------------------------------------------------------------------------------------
// (e) Adam in the rule language vs the built-in Adam
// ---------------------------------------------------------------------------------------------
function benchRule(): void {
  console.log(
    '(e) Adam written in the rule language (the `adam` preset, compiled to block loops over typed arrays)\n' +
      '    against the built-in Adam (src/engine/optim/adam.ts), same gradient as (a), same defaults. The\n' +
      '    timed runs alternate between the two so that a load spike hits both alike; both then have taken\n' +
      '    the same steps from the same start, and "max |w diff|" compares their weights.\n',
  );
  const rows: string[][] = [];
  for (const size of [1e3, 1e5, 1e6]) {
    const rng = createRng(2);
    const g = Float64Array.from({ length: size }, () => rng.normal());
    const start = Float64Array.from({ length: size }, () => rng.normal());
    const builtIn = createOptimizer({ name: 'adam', lr: 1e-3 }, size);
    const rule = createOptimizer({ name: 'rule', source: rulePresets.adam.source }, size);
    const wBuiltIn = Float64Array.from(start);
    const wRule = Float64Array.from(start);
    const grad: GradFn = (_at, out) => out.set(g);
    const inner = Math.max(1, Math.round((quick ? 2e6 : 2e7) / size));
    const builtInSamples: number[] = [];
    const ruleSamples: number[] = [];
    const warmup = 2;
    for (let r = 0; r < (quick ? 5 : 9) + warmup; r++) {
      let t = performance.now();
      for (let j = 0; j < inner; j++) builtIn.step(wBuiltIn, grad);
      const builtInMs = (performance.now() - t) / inner;
      t = performance.now();
      for (let j = 0; j < inner; j++) rule.step(wRule, grad);
      const ruleMs = (performance.now() - t) / inner;
      if (r >= warmup) {
        builtInSamples.push(builtInMs);
        ruleSamples.push(ruleMs);
      }
    }
    let diff = 0;
    for (let i = 0; i < size; i++) diff = Math.max(diff, Math.abs(wBuiltIn[i]! - wRule[i]!));
    const builtInMs = median(builtInSamples);
    const ruleMs = median(ruleSamples);
    const ratio = ruleMs / builtInMs;
    const perParam = (ms: number) => fmt((ms * 1e6) / size);
    rows.push([
      size.toExponential(0),
      perParam(builtInMs),
      perParam(ruleMs),
      fmt(ratio, 2) + 'x',
      diff.toExponential(1),
    ]);
    if (size === 1e6) {
      results.push({
        target: `(e) rule-language Adam within 2x of the built-in at 1e6 (${fmt(ratio, 2)}x)`,
        met: ratio <= 2,
      });
    }
  }
  table(['params', 'built-in Adam ns/param', 'rule Adam ns/param', 'rule / built-in', 'max |w diff|'], rows);
}

const t0 = performance.now();
console.log(`Descent engine benchmark — Node ${process.version}${quick ? ' (quick)' : ''}\n`);
benchAdam();
await benchTraining();
benchRosenbrock();
benchSchedules();
benchRule();
console.log('Targets');
for (const r of results) console.log(`  ${verdict(r.met).padEnd(7)}  ${r.target}`);
console.log(`\nTotal time ${((performance.now() - t0) / 1000).toFixed(1)} s`);
