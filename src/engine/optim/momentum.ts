/**
 * Momentum (the heavy ball): the step is a running sum of past gradients, so the iterate keeps
 * moving the way it was going and speeds up along a steady slope.
 *
 * $$
 * \begin{aligned}
 * g_t &= \nabla L(w_{t-1}) \\
 * v_t &= \mu\, v_{t-1} + \alpha\, g_t \\
 * w_t &= w_{t-1} - v_t
 * \end{aligned}
 * \qquad v_0 = 0
 * $$
 *
 * Hyperparameters (`defaults`):
 * - `lr` = alpha = 0.01, the same starting point as plain gradient descent. Along a steady slope
 *   the step grows to alpha / (1 - mu), ten times alpha at mu = 0.9.
 * - `momentum` = mu = 0.9, the usual choice (Sutskever et al., 2013). PyTorch's default is 0,
 *   which would make this plain gradient descent.
 *
 * Source: Polyak (1964), "Some methods of speeding up the convergence of iteration methods".
 *
 * Convention. This is the article's form: alpha sits inside v, and v is the step itself.
 * PyTorch's `SGD(momentum=mu, dampening=0)` keeps b_t = mu b_{t-1} + g_t and steps
 * w_t = w_{t-1} - alpha b_t. At a constant learning rate v_t = alpha b_t, so both give the same
 * path w_0, w_1, ... (they differ only when alpha changes during training).
 *
 * State (`inspect()`): `grad` = g_t, `velocity` = v_t.
 */
import { defineOptimizer } from './types.ts';
import type { InspectableOptimizer, OptimizerState, ResolvedSpec } from './types.ts';

export const defaults = Object.freeze({ lr: 0.01, momentum: 0.9 });

/** The update rule as the chapters render it (KaTeX). */
export const latex = String.raw`\begin{aligned}
g_t &= \nabla L(w_{t-1}) \\
v_t &= \mu\, v_{t-1} + \alpha\, g_t \\
w_t &= w_{t-1} - v_t
\end{aligned}`;

/** Use `createOptimizer({ name: 'momentum', ... })`, which validates the spec. */
export function createMomentum(spec: ResolvedSpec, size: number): InspectableOptimizer {
  const { lr, momentum: mu } = spec;
  const grad = new Float64Array(size);
  const velocity = new Float64Array(size);
  const state: OptimizerState = Object.freeze({ grad, velocity });
  return defineOptimizer(spec, size, state, (params, gradFn) => {
    gradFn(params, grad);
    for (let i = 0; i < size; i++) {
      const v = mu * velocity[i]! + lr * grad[i]!;
      velocity[i] = v;
      params[i] = params[i]! - v;
    }
  });
}
