/**
 * Adam: momentum and RMSProp together. m is a running mean of the gradient (the direction),
 * s a running mean of its square (the scale); each weight steps by m / sqrt(s), and both means
 * are corrected for starting at zero.
 *
 * $$
 * \begin{aligned}
 * g_t &= \nabla L(w_{t-1}) \\
 * m_t &= \beta_1 m_{t-1} + (1 - \beta_1)\, g_t \\
 * s_t &= \beta_2 s_{t-1} + (1 - \beta_2)\, g_t^2 \\
 * \hat m_t &= \frac{m_t}{1 - \beta_1^t}, \qquad \hat s_t = \frac{s_t}{1 - \beta_2^t} \\
 * w_t &= w_{t-1} - \frac{\alpha\, \hat m_t}{\sqrt{\hat s_t} + \varepsilon}
 * \end{aligned}
 * \qquad m_0 = s_0 = 0,\ t = 1, 2, \dots
 * $$
 * (squares, roots and divisions are taken per weight).
 *
 * Hyperparameters (`defaults`, Kingma & Ba's Algorithm 1, also PyTorch's):
 * - `lr` = alpha = 0.001.
 * - `beta1` = 0.9.
 * - `beta2` = 0.999 (the article says 0.99; the paper says 0.999).
 * - `eps` = epsilon = 1e-8.
 * - `biasCorrection` = true. With `false`, m_hat = m and s_hat = s: the article's formula, which
 *   leaves the correction out. The uncorrected step is the corrected one times
 *   (1 - beta1^t) / sqrt(1 - beta2^t): about 3x too long at t = 1 and still ~3x at t = 100 with
 *   the defaults, because s starts at zero and underestimates the squared gradient for roughly
 *   1 / (1 - beta2) = 1000 steps. PyTorch has no switch for this.
 *
 * Source: Kingma & Ba (2015), "Adam: a method for stochastic optimization", ICLR, Algorithm 1.
 *
 * Convention. Epsilon is added to sqrt(s_hat), outside the root, as in Algorithm 1 and in
 * PyTorch's `torch.optim.Adam(lr, betas=(beta1, beta2), eps)`, which follows this path.
 * Keras's `Adam` adds epsilon to the uncorrected sqrt(s_t) instead (the paper's "epsilon hat"
 * variant) and defaults to eps = 1e-7.
 *
 * With a schedule, alpha is alpha_t (see `schedule.ts`); with `weightDecay` = lambda > 0, g_t also
 * has lambda w_{t-1} added, as PyTorch's `Adam(weight_decay=lambda)` does (default off; this L2
 * term is then divided by sqrt(s_hat) like the rest of the gradient: `adamw` decouples it).
 *
 * State (`inspect()`): `grad` = g_t, `velocity` = m_t, `cache` = s_t, `mHat`, `sHat`,
 * `effectiveStep` = alpha / (sqrt(s_hat_t) + eps) (the step is effectiveStep * m_hat).
 */
import { addWeightDecay, defineOptimizer } from './types.ts';
import type { GradFn, InspectableOptimizer, OptimizerViews, ResolvedSpec } from './types.ts';

export const defaults = Object.freeze({
  lr: 0.001,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
  biasCorrection: true,
  weightDecay: 0,
});

/** The update rule as the chapters render it (KaTeX), with bias correction (the default). */
export const latex = String.raw`\begin{aligned}
g_t &= \nabla L(w_{t-1}) \\
m_t &= \beta_1 m_{t-1} + (1 - \beta_1)\, g_t \\
s_t &= \beta_2 s_{t-1} + (1 - \beta_2)\, g_t^2 \\
\hat m_t &= \frac{m_t}{1 - \beta_1^t}, \qquad \hat s_t = \frac{s_t}{1 - \beta_2^t} \\
w_t &= w_{t-1} - \frac{\alpha\, \hat m_t}{\sqrt{\hat s_t} + \varepsilon}
\end{aligned}`;

/** The rule with `biasCorrection: false` (the article's form). */
export const latexWithoutBiasCorrection = String.raw`\begin{aligned}
g_t &= \nabla L(w_{t-1}) \\
m_t &= \beta_1 m_{t-1} + (1 - \beta_1)\, g_t \\
s_t &= \beta_2 s_{t-1} + (1 - \beta_2)\, g_t^2 \\
w_t &= w_{t-1} - \frac{\alpha\, m_t}{\sqrt{s_t} + \varepsilon}
\end{aligned}`;

/** Use `createOptimizer({ name: 'adam', ... })`, which validates the spec. */
export function createAdam(spec: ResolvedSpec, size: number): InspectableOptimizer {
  return createAdamLike(spec, size, 'l2');
}

/**
 * Adam with its weight decay either added to the gradient (`'l2'`, Adam's) or applied to the
 * weights before the step (`'decoupled'`, AdamW's: w <- (1 - alpha lambda) w).
 */
export function createAdamLike(spec: ResolvedSpec, size: number, decay: 'l2' | 'decoupled'): InspectableOptimizer {
  const { beta1, beta2, eps, biasCorrection, weightDecay } = spec;
  // Decided once, not per step: a step without decay (the default) pays for no test or call.
  const l2 = decay === 'l2' && weightDecay !== 0;
  const decoupled = decay === 'decoupled' && weightDecay !== 0;
  const oneMinusBeta1 = 1 - beta1;
  const oneMinusBeta2 = 1 - beta2;
  const grad = new Float64Array(size);
  const m = new Float64Array(size);
  const s = new Float64Array(size);
  const mHat = new Float64Array(size);
  const sHat = new Float64Array(size);
  const effectiveStep = new Float64Array(size);
  const views: OptimizerViews = { grad, velocity: m, cache: s, mHat, sHat, effectiveStep };
  // The bias corrections as factors 1 / (1 - beta^t), so the hot loop multiplies instead of dividing.
  const inverseCorrection = (beta: number, t: number) => (biasCorrection && t > 0 ? 1 / (1 - Math.pow(beta, t)) : 1);

  const update = (params: Float64Array, gradFn: GradFn, lr: number, t: number) => {
    gradFn(params, grad);
    if (l2) addWeightDecay(grad, params, weightDecay);
    if (decoupled) {
      const shrink = 1 - lr * weightDecay;
      for (let i = 0; i < size; i++) params[i] = params[i]! * shrink;
    }
    const stepSize = lr * inverseCorrection(beta1, t);
    const correction2 = inverseCorrection(beta2, t);
    for (let i = 0; i < size; i++) {
      const g = grad[i]!;
      const mi = beta1 * m[i]! + oneMinusBeta1 * g;
      const si = beta2 * s[i]! + oneMinusBeta2 * g * g;
      m[i] = mi;
      s[i] = si;
      // w <- w - lr * m_hat / (sqrt(s_hat) + eps), with m_hat = m / (1 - beta1^t), s_hat = s / (1 - beta2^t).
      params[i] = params[i]! - (stepSize * mi) / (Math.sqrt(si * correction2) + eps);
    }
  };

  // m_hat, s_hat and the effective step are derived from m, s and t when inspected rather than
  // written on every step: the update loop stays at one division and one square root per parameter.
  const refresh = (t: number, lr: number) => {
    const correction1 = inverseCorrection(beta1, t);
    const correction2 = inverseCorrection(beta2, t);
    for (let i = 0; i < size; i++) {
      const sh = s[i]! * correction2;
      mHat[i] = m[i]! * correction1;
      sHat[i] = sh;
      effectiveStep[i] = t === 0 ? 0 : lr / (Math.sqrt(sh) + eps);
    }
  };

  return defineOptimizer(spec, size, views, update, refresh);
}
