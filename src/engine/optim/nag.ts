/**
 * Nesterov accelerated gradient (NAG): momentum, but the gradient is taken at the point the
 * velocity is about to carry the weights to, so the step brakes before it overshoots.
 *
 * $$
 * \begin{aligned}
 * g_t &= \nabla L(w_{t-1} - \mu\, v_{t-1}) \\
 * v_t &= \mu\, v_{t-1} + \alpha\, g_t \\
 * w_t &= w_{t-1} - v_t
 * \end{aligned}
 * \qquad v_0 = 0
 * $$
 *
 * Hyperparameters (`defaults`): `lr` = alpha = 0.01 and `momentum` = mu = 0.9, as for momentum.
 *
 * Sources: Nesterov (1983), "A method for solving the convex programming problem with convergence
 * rate O(1/k^2)"; this momentum form is Sutskever, Martens, Dahl & Hinton (2013), "On the
 * importance of initialization and momentum in deep learning", eq. (3)-(4), with the sign of v
 * flipped. Since w_t = w_{t-1} - v_t, the look-ahead point is w - mu v (a minus sign, like the step).
 *
 * Convention. PyTorch's `SGD(momentum=mu, nesterov=True, dampening=0)` does not store w: its
 * parameters are the look-ahead points u_t = w_t - mu v_t, updated as
 * b_t = mu b_{t-1} + g_t, u_t = u_{t-1} - alpha (g_t + mu b_t), with g_t taken at u_{t-1}.
 * At a constant learning rate v_t = alpha b_t, and PyTorch's parameters after t steps equal
 * this code's `inspect().lookahead`. Both start at w_0 (v_0 = 0). With a schedule (alpha_t
 * changing) the look-ahead points still follow PyTorch's parameters: v_t = alpha_t b_t, that is
 * v_t = mu (alpha_t / alpha_{t-1}) v_{t-1} + alpha_t g_t and w_t = w_{t-1} - mu v_{t-1} - alpha_t g_t
 * (the formula above at a constant rate). A step whose alpha_t is 0 leaves the look-ahead point
 * where it was and keeps v in units of the last non-zero rate, so that b survives it.
 * With `weightDecay` = lambda > 0, g_t also has lambda times the look-ahead point added (PyTorch's
 * `SGD(nesterov=True, weight_decay=lambda)` decays its parameters, which are those points).
 *
 * State (`inspect()`): `grad` = g_t (taken at the look-ahead point), `velocity` = v_t,
 * `lookahead` = w_t - mu v_t, where the next gradient will be taken.
 */
import { addWeightDecay, defineOptimizer } from './types.ts';
import type { InspectableOptimizer, OptimizerViews, ResolvedSpec } from './types.ts';

export const defaults = Object.freeze({ lr: 0.01, momentum: 0.9, weightDecay: 0 });

/** The update rule as the chapters render it (KaTeX). */
export const latex = String.raw`\begin{aligned}
g_t &= \nabla L(w_{t-1} - \mu\, v_{t-1}) \\
v_t &= \mu\, v_{t-1} + \alpha\, g_t \\
w_t &= w_{t-1} - v_t
\end{aligned}`;

/** Use `createOptimizer({ name: 'nag', ... })`, which validates the spec. */
export function createNag(spec: ResolvedSpec, size: number): InspectableOptimizer {
  const { momentum: mu, weightDecay } = spec;
  const grad = new Float64Array(size);
  const velocity = new Float64Array(size);
  const lookahead = new Float64Array(size);
  const views: OptimizerViews = { grad, velocity, lookahead };
  // v = scale * b (PyTorch's buffer): scale is the rate of the last step with a non-zero one.
  let scale = 0;
  return defineOptimizer(spec, size, views, (params, gradFn, lr) => {
    // Recomputed rather than reused, in case the caller moved `params` between steps.
    for (let i = 0; i < size; i++) lookahead[i] = params[i]! - mu * velocity[i]!;
    gradFn(lookahead, grad);
    addWeightDecay(grad, lookahead, weightDecay);
    const rate = lr > 0 ? lr : scale;
    // At a constant rate muRescaled is mu exactly, so the update is the formula above, bit for bit.
    const muRescaled = scale === 0 || scale === rate ? mu : mu * (rate / scale);
    scale = rate;
    for (let i = 0; i < size; i++) {
      const pushed = mu * velocity[i]!;
      const v = muRescaled * velocity[i]! + rate * grad[i]!;
      velocity[i] = v;
      // lr = 0: w = u + mu v with the look-ahead point u unchanged.
      const w = lr > 0 ? params[i]! - (pushed + lr * grad[i]!) : lookahead[i]! + mu * v;
      params[i] = w;
      lookahead[i] = w - mu * v;
    }
  });
}
