import { createOptimizer } from '../../src/engine/optim/index.ts';
import type { GradFn } from '../../src/engine/optim/index.ts';
import { createRng } from '../../src/engine/rng/index.ts';
import { quick, timeIt, fmt, table, results } from '../common.ts';

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

export function benchAdam(): void {
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
      // #21's target.
      results.push({ target: `(a) Adam within 1.5x of the floor at 1e6 (${fmt(ratio, 2)}x)`, met: ratio <= 1.5 });
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
