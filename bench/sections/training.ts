import { loadavg } from 'node:os';
import * as tf from '@tensorflow/tfjs';
import { generate } from '../../src/engine/data/index.ts';
import { createMLP } from '../../src/engine/nn/index.ts';
import type { OptimizerSpec } from '../../src/engine/optim/index.ts';
import { createRng } from '../../src/engine/rng/index.ts';
import { createTrainer } from '../../src/engine/sim/index.ts';
import { quick, median, fmt, table, results } from '../common.ts';

// ---------------------------------------------------------------------------------------------
// (b) MLP training vs tfjs
// ---------------------------------------------------------------------------------------------
/** CPU time of this thread (not of V8's helper threads, so tfjs's concurrent GC is not charged to it), in ms. */
function threadCpuMs(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

export async function benchTraining(): Promise<void> {
  console.log('(b) Training a 2-16-16-1 tanh MLP with Adam (lr 0.01, eps 1e-7) on 250 moons, bce loss');
  console.log(
    '    Both start from the same weights. Ours: createTrainer (shuffle + batch copy included,\n' +
      '    evaluateEvery 0 so that neither side evaluates the whole set per step). tfjs: CPU backend,\n' +
      '    batches pre-sliced into tensors, tf.train.adam + optimizer.minimize inside tf.tidy.\n' +
      '    Steps/s in wall time, and in brackets in the CPU time of this thread (the steady figure on a\n' +
      `    loaded machine); the verdict below uses wall time. Load average at the start: ${loadavg()[0]!.toFixed(1)}.\n`,
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
    // Wall time is the figure; this thread's CPU time is printed beside it because on a shared
    // machine the wall clock also counts the time the process waited for a core.
    const oursSamples: number[] = [];
    const tfSamples: number[] = [];
    const oursCpu: number[] = [];
    const tfCpu: number[] = [];
    for (let r = 0; r < (quick ? 3 : 7); r++) {
      let t = performance.now();
      let c = threadCpuMs();
      runOurs(steps);
      oursSamples.push((performance.now() - t) / steps);
      oursCpu.push((threadCpuMs() - c) / steps);
      t = performance.now();
      c = threadCpuMs();
      runTf(tfSteps);
      tfSamples.push((performance.now() - t) / tfSteps);
      tfCpu.push((threadCpuMs() - c) / tfSteps);
    }
    const oursMs = median(oursSamples);
    const tfMs = median(tfSamples);
    const oursCpuMs = median(oursCpu);
    const tfCpuMs = median(tfCpu);
    const cpuSpeedup = tfCpuMs / oursCpuMs;
    for (const b of batches) {
      b.x.dispose();
      b.y.dispose();
    }
    X.dispose();
    Y.dispose();

    const speedup = tfMs / oursMs;
    const target = batchSize === 250 ? 10 : 60; // #21's targets
    const label = batchSize === 250 ? 'full batch' : 'batch 10';
    rows.push([
      label,
      `${fmt(1000 / oursMs)} (${fmt(1000 / oursCpuMs)})`,
      `${fmt(1000 / tfMs)} (${fmt(1000 / tfCpuMs)})`,
      fmt(speedup, 3) + 'x',
      fmt(cpuSpeedup, 3) + 'x',
      `>= ${target}x`,
      `${oursLoss.toFixed(4)} / ${tfLoss.toFixed(4)} after ${steps}` +
        (batchSize === 250 ? '' : ' (batch orders differ)'),
    ]);
    results.push({ target: `(b) ${label}: ours >= ${target}x tfjs (${fmt(speedup, 3)}x)`, met: speedup >= target });
  }
  table(
    [
      'batch',
      'ours steps/s (CPU)',
      'tfjs steps/s (CPU)',
      'speed-up',
      'CPU-time speed-up',
      'target',
      'train loss ours / tfjs',
    ],
    rows,
  );
}
