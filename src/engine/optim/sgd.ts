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
 * State (`inspect()`): `grad` = g_t, `effectiveStep` = alpha for every parameter.
 */
import { defineOptimizer } from './types.ts';
import type { InspectableOptimizer, OptimizerState, ResolvedSpec } from './types.ts';

export const defaults = Object.freeze({ lr: 0.01 });

/** The update rule as the chapters render it (KaTeX). */
export const latex = String.raw`\begin{aligned}
g_t &= \nabla L(w_{t-1}) \\
w_t &= w_{t-1} - \alpha\, g_t
\end{aligned}`;

/** Use `createOptimizer({ name: 'sgd', ... })`, which validates the spec. */
export function createSgd(spec: ResolvedSpec, size: number): InspectableOptimizer {
  const { lr } = spec;
  const grad = new Float64Array(size);
  const effectiveStep = new Float64Array(size);
  const state: OptimizerState = Object.freeze({ grad, effectiveStep });
  return defineOptimizer(spec, size, state, (params, gradFn, t) => {
    gradFn(params, grad);
    for (let i = 0; i < size; i++) params[i] = params[i]! - lr * grad[i]!;
    if (t === 1) effectiveStep.fill(lr);
  });
}
