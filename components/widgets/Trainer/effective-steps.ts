/**
 * The optional "step per weight" view of the Trainer (`showSteps`): for each network, the
 * effective step size its optimizer gives the first-layer weights that read input x and those that
 * read input y. On the `sparse` data set y is non-zero in 5 % of the rows, so this is where a
 * per-weight step size (Adagrad's point) shows: gradient descent gives both the same α, Adagrad
 * gives the rarely updated weights from y larger steps than the busy weights from x.
 */
import type { Trainer } from '../../../src/engine/sim/index.ts';

/** Mean effective step of the first-layer weights from input x and from input y (NaN: none has had a gradient yet). */
export interface InputSteps {
  x: number;
  y: number;
}

/**
 * Reads `inspect().effectiveStep` (α for gradient descent, α/(√c + ε) for Adagrad and RMSProp,
 * α/(√ŝ + ε) for Adam) at the weights W[k][0] and W[k][1] of the first layer, averaged over its
 * units k (one unit when there is no hidden layer). A weight whose cache is still 0 has never had
 * a gradient: its "step" α/ε (10⁹ α for Adagrad) moves nothing, so it is left out of the mean.
 * Null for an optimizer without a per-weight step (momentum, NAG); NaN before the first step.
 */
export function inputSteps(trainer: Trainer): InputSteps | null {
  const { effectiveStep: steps, cache } = trainer.optimizer.inspect();
  const layer = trainer.mlp.layers[0];
  if (steps === undefined || layer === undefined || layer.fanIn < 2) return null;
  if (trainer.steps === 0) return { x: NaN, y: NaN };
  const mean = (input: number): number => {
    let sum = 0;
    let count = 0;
    for (let k = 0; k < layer.fanOut; k++) {
      const i = layer.weights + k * layer.fanIn + input;
      if (cache !== undefined && cache[i] === 0) continue;
      sum += steps[i]!;
      count++;
    }
    return count === 0 ? NaN : sum / count;
  };
  return { x: mean(0), y: mean(1) };
}
