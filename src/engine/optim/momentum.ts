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
 * path w_0, w_1, ... With a schedule (alpha_t changing) this code follows PyTorch: v_t = alpha_t b_t,
 * that is v_t = mu (alpha_t / alpha_{t-1}) v_{t-1} + alpha_t g_t. (A step whose alpha_t is 0 does
 * not move w and keeps v in units of the last non-zero rate, so that b survives it as in PyTorch.)
 * With `weightDecay` = lambda > 0, g_t also has lambda w_{t-1} added, as in PyTorch's
 * `SGD(weight_decay=lambda)` (default off).
 *
 * State (`inspect()`): `grad` = g_t, `velocity` = v_t.
 */
import { addWeightDecay, defineOptimizer } from './types.ts';
import type { InspectableOptimizer, OptimizerViews, ResolvedSpec } from './types.ts';

export const defaults = Object.freeze({ lr: 0.01, momentum: 0.9, weightDecay: 0 });

/** The update rule as the chapters render it (KaTeX). */
export const latex = String.raw`\begin{aligned}
g_t &= \nabla L(w_{t-1}) \\
v_t &= \mu\, v_{t-1} + \alpha\, g_t \\
w_t &= w_{t-1} - v_t
\end{aligned}`;

/** Use `createOptimizer({ name: 'momentum', ... })`, which validates the spec. */
export function createMomentum(spec: ResolvedSpec, size: number): InspectableOptimizer {
  const { momentum: mu, weightDecay } = spec;
  const grad = new Float64Array(size);
  const velocity = new Float64Array(size);
  const views: OptimizerViews = { grad, velocity };
  // v = scale * b (PyTorch's buffer): scale is the rate of the last step with a non-zero one.
  let scale = 0;
  return defineOptimizer(spec, size, views, (params, gradFn, lr) => {
    gradFn(params, grad);
    addWeightDecay(grad, params, weightDecay);
    const rate = lr > 0 ? lr : scale;
    // At a constant rate muRescaled is mu exactly, so the update is the formula above, bit for bit.
    const muRescaled = scale === 0 || scale === rate ? mu : mu * (rate / scale);
    scale = rate;
    const moves = lr > 0;
    for (let i = 0; i < size; i++) {
      const v = muRescaled * velocity[i]! + rate * grad[i]!;
      velocity[i] = v;
      if (moves) params[i] = params[i]! - v;
    }
  });
}
