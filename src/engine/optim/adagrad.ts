/**
 * Adagrad: every weight divides its step by the root of the sum of its own squared gradients, so
 * weights with large or frequent gradients take smaller steps than weights with small, rare ones.
 *
 * $$
 * \begin{aligned}
 * g_t &= \nabla L(w_{t-1}) \\
 * c_t &= c_{t-1} + g_t^2 \\
 * w_t &= w_{t-1} - \frac{\alpha}{\sqrt{c_t} + \varepsilon}\, g_t
 * \end{aligned}
 * \qquad c_0 = 0
 * $$
 * (squares, roots and divisions are taken per weight).
 *
 * Hyperparameters (`defaults`, both PyTorch's):
 * - `lr` = alpha = 0.01.
 * - `eps` = epsilon = 1e-10: only guards against dividing by zero.
 *
 * Source: Duchi, Hazan & Singer (2011), "Adaptive subgradient methods for online learning and
 * stochastic optimization", JMLR 12. (The article's Adagrad section opens by calling *Nesterov*
 * "adaptive gradient": a slip; Adagrad is this algorithm.) The cache c only grows, so every step
 * size alpha / (sqrt(c) + eps) shrinks toward zero and learning eventually stalls.
 *
 * Convention. Epsilon is added outside the square root and the cache starts at 0, exactly as in
 * PyTorch's `torch.optim.Adagrad(lr, lr_decay=0, initial_accumulator_value=0, eps)`.
 * Keras 3's `Adagrad` differs on both counts: it adds epsilon inside the root,
 * sqrt(c_t + eps), and starts the cache at 0.1 (with lr = 0.001, eps = 1e-7 by default), so its
 * first steps are much shorter.
 *
 * With a schedule, alpha is alpha_t (see `schedule.ts`); with `weightDecay` = lambda > 0, g_t also
 * has lambda w_{t-1} added, as PyTorch's `Adagrad(weight_decay=lambda)` does (both default off).
 *
 * State (`inspect()`): `grad` = g_t, `cache` = c_t, `effectiveStep` = alpha / (sqrt(c_t) + eps).
 */
import { addWeightDecay, defineOptimizer } from './types.ts';
import type { InspectableOptimizer, OptimizerViews, ResolvedSpec } from './types.ts';

export const defaults = Object.freeze({ lr: 0.01, eps: 1e-10, weightDecay: 0 });

/** The update rule as the chapters render it (KaTeX). */
export const latex = String.raw`\begin{aligned}
g_t &= \nabla L(w_{t-1}) \\
c_t &= c_{t-1} + g_t^2 \\
w_t &= w_{t-1} - \frac{\alpha}{\sqrt{c_t} + \varepsilon}\, g_t
\end{aligned}`;

/** Use `createOptimizer({ name: 'adagrad', ... })`, which validates the spec. */
export function createAdagrad(spec: ResolvedSpec, size: number): InspectableOptimizer {
  const { eps, weightDecay } = spec;
  const grad = new Float64Array(size);
  const cache = new Float64Array(size);
  const effectiveStep = new Float64Array(size);
  const views: OptimizerViews = { grad, cache, effectiveStep };
  return defineOptimizer(spec, size, views, (params, gradFn, lr) => {
    gradFn(params, grad);
    addWeightDecay(grad, params, weightDecay);
    for (let i = 0; i < size; i++) {
      const g = grad[i]!;
      const c = cache[i]! + g * g;
      cache[i] = c;
      const a = lr / (Math.sqrt(c) + eps);
      effectiveStep[i] = a;
      params[i] = params[i]! - a * g;
    }
  });
}
