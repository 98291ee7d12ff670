import { loadavg } from 'node:os';
import { generate } from '../../src/engine/data/index.ts';
import { tanhInPlace } from '../../src/engine/math/index.ts';
import { createMLP } from '../../src/engine/nn/index.ts';
import type { MLP } from '../../src/engine/nn/index.ts';
import { createOptimizer } from '../../src/engine/optim/index.ts';
import type { OptimizerSpec } from '../../src/engine/optim/index.ts';
import { createRng } from '../../src/engine/rng/index.ts';
import { createTrainer } from '../../src/engine/sim/index.ts';
import { quick, median, fmt, table } from '../common.ts';

// ---------------------------------------------------------------------------------------------
// (b') Where one training step of (b) spends its time
// ---------------------------------------------------------------------------------------------
/** CPU time of this thread, in µs (the steady figure on a shared machine). */
function threadCpuUs(): number {
  const { user, system } = process.threadCpuUsage();
  return user + system;
}

/** The hidden layers' pre-activations z^(l) = W a + b for every row of X: what tanh is applied to in a step. */
function hiddenPreActivations(mlp: MLP, params: Float64Array, X: Float64Array, rows: number): Float64Array {
  const values: number[] = [];
  let input = Float64Array.from(X.subarray(0, rows * mlp.inputDim));
  for (const layer of mlp.layers.slice(0, -1)) {
    const z = new Float64Array(rows * layer.fanOut);
    for (let r = 0; r < rows; r++) {
      for (let k = 0; k < layer.fanOut; k++) {
        let sum = params[layer.biases + k]!;
        for (let j = 0; j < layer.fanIn; j++) {
          sum += params[layer.weights + k * layer.fanIn + j]! * input[r * layer.fanIn + j]!;
        }
        z[r * layer.fanOut + k] = sum;
      }
    }
    values.push(...z);
    input = z.map(Math.tanh);
  }
  return Float64Array.from(values);
}

export function benchTrainingSplit(): void {
  console.log(
    `(b') Where one step of (b) goes: CPU µs of this thread per step, medians of alternated samples (load ${loadavg()[0]!.toFixed(1)}).\n` +
      '    Forward + loss is mlp.loss over the batches of an epoch; tanh is the hidden layers of that\n' +
      '    forward on their pre-activations after half the run; backward is lossAndGrad minus the\n' +
      '    forward; the trainer is what createTrainer adds (its creation and first evaluation, shuffle,\n' +
      '    batch copy, backup, divergence checks), so it also takes up the noise of the other columns.\n',
  );
  const data = generate('moons', 250, { seed: 1 });
  const mlp = createMLP({ sizes: [2, 16, 16, 1], activation: 'tanh', loss: 'bce' });
  const init = mlp.init(createRng(1));
  const spec: OptimizerSpec = { name: 'adam', lr: 0.01, eps: 1e-7 };
  const rows: string[][] = [];
  for (const batchSize of [10, 250]) {
    const steps = batchSize === 250 ? 200 : 1000;
    const trainer = () =>
      createTrainer({ mlp, train: data, spec, batchSize, seed: 1, initialParams: init, evaluateEvery: 0 });
    const midway = trainer();
    midway.run(steps / 2);
    const params = Float64Array.from(midway.params);
    // The batches of one epoch in order (not shuffled), so that the parts meet varied data as a step does.
    const count = 250 / batchSize;
    const Xs = Array.from({ length: count }, (_, i) => data.X.subarray(i * batchSize * 2, (i + 1) * batchSize * 2));
    const Ys = Array.from({ length: count }, (_, i) => data.Y.subarray(i * batchSize, (i + 1) * batchSize));
    const grad = new Float64Array(mlp.size);
    mlp.lossAndGrad(params, Xs[0]!, Ys[0]!, grad);
    const fixedGrad = Float64Array.from(grad);
    const copyGrad = (_at: Float64Array, out: Float64Array) => out.set(fixedGrad);
    const optimizer = createOptimizer({ ...spec, lr: 1e-12 }, mlp.size); // a rate that leaves the weights where they are
    const zs = Xs.map((X) => hiddenPreActivations(mlp, params, X, batchSize));
    const tanhBuffer = new Float64Array(zs[0]!.length);
    const parts: Record<string, () => void> = {
      step: () => void trainer().run(steps),
      lossAndGrad: () => {
        for (let s = 0; s < steps; s++) mlp.lossAndGrad(params, Xs[s % count]!, Ys[s % count]!, grad);
      },
      forward: () => {
        for (let s = 0; s < steps; s++) mlp.loss(params, Xs[s % count]!, Ys[s % count]!);
      },
      tanh: () => {
        for (let s = 0; s < steps; s++) {
          tanhBuffer.set(zs[s % count]!);
          tanhInPlace(tanhBuffer, tanhBuffer.length);
        }
      },
      adam: () => {
        for (let s = 0; s < steps; s++) optimizer.step(params, copyGrad);
      },
    };
    // Each part runs `steps` steps per call, and each sample as many calls as fill about 30 ms
    // (the warm-up tells how many): the thread's CPU clock ticks in milliseconds.
    const reps: Record<string, number> = {};
    const samples: Record<string, number[]> = {};
    for (const [name, run] of Object.entries(parts)) {
      run();
      const c = threadCpuUs();
      let calls = 0;
      while (threadCpuUs() - c < 10_000) {
        run();
        calls++;
      }
      reps[name] = Math.ceil((calls * 30_000) / (threadCpuUs() - c));
      samples[name] = [];
    }
    for (let round = 0; round < (quick ? 3 : 7); round++) {
      for (const [name, run] of Object.entries(parts)) {
        const c = threadCpuUs();
        for (let r = 0; r < reps[name]!; r++) run();
        samples[name]!.push((threadCpuUs() - c) / (reps[name]! * steps));
      }
    }
    const us = Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, median(s)])) as Record<
      string,
      number
    >;
    const share = (x: number) => `${fmt(x)} (${((100 * x) / us['step']!).toFixed(0)} %)`;
    rows.push([
      batchSize === 250 ? 'full batch' : `batch ${batchSize}`,
      fmt(us['step']!),
      share(us['forward']!),
      share(us['tanh']!),
      share(us['lossAndGrad']! - us['forward']!),
      share(us['adam']!),
      share(us['step']! - us['lossAndGrad']! - us['adam']!),
    ]);
  }
  table(['batch', 'step', 'forward + loss', 'of which tanh', 'backward', 'Adam update', 'trainer'], rows);
}
