/**
 * Gradient descent: step against the gradient, scaled by the learning rate.
 *
 * $$
 * \begin{aligned}
 * g_t &= \nabla L(w_{t-1}) \\
 * w_t &= w_{t-1} - \alpha\, g_t
 * \end{aligned}
 * $$
 *
 * Hyperparameters (`defaults`):
 * - `lr` = alpha = 0.01, the value the article calls "safe". Whether it is safe depends on the
 *   surface: on a quadratic with largest curvature lambda_max the iteration converges only for
 *   alpha < 2 / lambda_max. (PyTorch's `SGD` has no default learning rate.)
 *
 * Source: Cauchy (1847), "Méthode générale pour la résolution des systèmes d'équations
 * simultanées". With exact gradients this is full-batch gradient descent; it becomes *stochastic*
 * gradient descent (Robbins & Monro, 1951) only when `g_t` is a noisy estimate, e.g. from a
 * mini-batch. PyTorch: `torch.optim.SGD(params, lr)` follows the same path.
 *
 * With a schedule, alpha is alpha_t (see `schedule.ts`); with `weightDecay` = lambda > 0, g_t also
 * has lambda w_{t-1} added, as PyTorch's `SGD(weight_decay=lambda)` does (both default off).
 *
 * State (`inspect()`): `grad` = g_t, `effectiveStep` = alpha_t for every parameter.
 */
import { addWeightDecay, defineOptimizer } from './types.ts';
import type { InspectableOptimizer, OptimizerViews, ResolvedSpec } from './types.ts';

export const defaults = Object.freeze({ lr: 0.01, weightDecay: 0 });

/** The update rule as the chapters render it (KaTeX). */
export const latex = String.raw`\begin{aligned}
g_t &= \nabla L(w_{t-1}) \\
w_t &= w_{t-1} - \alpha\, g_t
\end{aligned}`;

/** Use `createOptimizer({ name: 'sgd', ... })`, which validates the spec. */
export function createSgd(spec: ResolvedSpec, size: number): InspectableOptimizer {
  const { weightDecay } = spec;
  const grad = new Float64Array(size);
  const effectiveStep = new Float64Array(size);
  const views: OptimizerViews = { grad, effectiveStep };
  return defineOptimizer(spec, size, views, (params, gradFn, lr) => {
    gradFn(params, grad);
    addWeightDecay(grad, params, weightDecay);
    for (let i = 0; i < size; i++) params[i] = params[i]! - lr * grad[i]!;
    // Written only when the rate changes (once, without a schedule): it is the same for every weight.
    if (effectiveStep[0] !== lr) effectiveStep.fill(lr);
  });
}
