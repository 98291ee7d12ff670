/**
 * RMSProp: Adagrad with a forgetting cache. The cache is a running mean of squared gradients
 * instead of their sum, so step sizes track the recent gradient scale and no longer collapse.
 *
 * $$
 * \begin{aligned}
 * g_t &= \nabla L(w_{t-1}) \\
 * c_t &= \gamma\, c_{t-1} + (1 - \gamma)\, g_t^2 \\
 * w_t &= w_{t-1} - \frac{\alpha}{\sqrt{c_t} + \varepsilon}\, g_t
 * \end{aligned}
 * \qquad c_0 = 0
 * $$
 * (squares, roots and divisions are taken per weight).
 *
 * Hyperparameters (`defaults`, all PyTorch's):
 * - `lr` = alpha = 0.01.
 * - `decay` = gamma = 0.99 (PyTorch calls it `alpha`; Hinton's lecture suggests 0.9): the cache
 *   remembers roughly the last 1 / (1 - gamma) = 100 squared gradients.
 * - `eps` = epsilon = 1e-8.
 *
 * Source: Tieleman & Hinton (2012), "Lecture 6e, rmsprop: divide the gradient by a running
 * average of its recent magnitude", COURSERA: Neural Networks for Machine Learning (unpublished
 * otherwise). Because c_0 = 0, the first steps are large: c_1 = (1 - gamma) g_1^2, so the first
 * step is about alpha / sqrt(1 - gamma) = 10 alpha per weight at gamma = 0.99.
 *
 * Convention. Epsilon is added outside the square root, as in PyTorch's
 * `torch.optim.RMSprop(lr, alpha=gamma, eps, momentum=0, centered=False)`, which follows exactly
 * this path. TensorFlow's `tf.raw_ops.ApplyRMSProp` (TF 1's `RMSPropOptimizer`) adds it inside:
 * sqrt(c_t + eps). The two differ only while c_t is tiny.
 *
 * With a schedule, alpha is alpha_t (see `schedule.ts`); with `weightDecay` = lambda > 0, g_t also
 * has lambda w_{t-1} added, as PyTorch's `RMSprop(weight_decay=lambda)` does (both default off).
 *
 * State (`inspect()`): `grad` = g_t, `cache` = c_t, `effectiveStep` = alpha / (sqrt(c_t) + eps).
 */
import { addWeightDecay, defineOptimizer } from './types.ts';
import type { InspectableOptimizer, OptimizerViews, ResolvedSpec } from './types.ts';

export const defaults = Object.freeze({ lr: 0.01, decay: 0.99, eps: 1e-8, weightDecay: 0 });

/** The update rule as the chapters render it (KaTeX). */
export const latex = String.raw`\begin{aligned}
g_t &= \nabla L(w_{t-1}) \\
c_t &= \gamma\, c_{t-1} + (1 - \gamma)\, g_t^2 \\
w_t &= w_{t-1} - \frac{\alpha}{\sqrt{c_t} + \varepsilon}\, g_t
\end{aligned}`;

/** Use `createOptimizer({ name: 'rmsprop', ... })`, which validates the spec. */
export function createRmsprop(spec: ResolvedSpec, size: number): InspectableOptimizer {
  const { decay: gamma, eps, weightDecay } = spec;
  const oneMinusGamma = 1 - gamma;
  const grad = new Float64Array(size);
  const cache = new Float64Array(size);
  const effectiveStep = new Float64Array(size);
  const views: OptimizerViews = { grad, cache, effectiveStep };
  return defineOptimizer(spec, size, views, (params, gradFn, lr) => {
    gradFn(params, grad);
    addWeightDecay(grad, params, weightDecay);
    for (let i = 0; i < size; i++) {
      const g = grad[i]!;
      const c = gamma * cache[i]! + oneMinusGamma * g * g;
      cache[i] = c;
      const a = lr / (Math.sqrt(c) + eps);
      effectiveStep[i] = a;
      params[i] = params[i]! - a * g;
    }
  });
}
