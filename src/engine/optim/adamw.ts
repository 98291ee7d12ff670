/**
 * AdamW: Adam with decoupled weight decay. Adam's `weightDecay` adds lambda w to the gradient,
 * which then gets divided by sqrt(s_hat) like the rest of it, so weights with large gradients
 * are barely decayed. AdamW shrinks every weight by the same factor (1 - alpha lambda) before
 * the Adam step instead, as plain SGD's weight decay would.
 *
 * $$
 * \begin{aligned}
 * g_t &= \nabla L(w_{t-1}) \\
 * m_t &= \beta_1 m_{t-1} + (1 - \beta_1)\, g_t \\
 * s_t &= \beta_2 s_{t-1} + (1 - \beta_2)\, g_t^2 \\
 * \hat m_t &= \frac{m_t}{1 - \beta_1^t}, \qquad \hat s_t = \frac{s_t}{1 - \beta_2^t} \\
 * w_t &= (1 - \alpha \lambda)\, w_{t-1} - \frac{\alpha\, \hat m_t}{\sqrt{\hat s_t} + \varepsilon}
 * \end{aligned}
 * \qquad m_0 = s_0 = 0,\ t = 1, 2, \dots
 * $$
 * (squares, roots and divisions are taken per weight).
 *
 * Hyperparameters (`defaults`, PyTorch's `torch.optim.AdamW`):
 * - `lr` = alpha = 0.001, `beta1` = 0.9, `beta2` = 0.999, `eps` = epsilon = 1e-8, as Adam.
 * - `weightDecay` = lambda = 0.01.
 * - `biasCorrection` = true (`false` leaves it out, as for Adam; PyTorch has no switch).
 *
 * Source: Loshchilov & Hutter (2019), "Decoupled weight decay regularization", ICLR,
 * Algorithm 2 (AdamW), with their schedule multiplier eta_t folded into alpha_t.
 *
 * Convention. PyTorch's `AdamW(lr, betas=(beta1, beta2), eps, weight_decay=lambda)` follows this
 * path: the decay is multiplied by the learning rate (with a schedule, alpha_t lambda), so
 * lambda = 0.01 at alpha = 0.001 shrinks w by 1e-5 per step. The paper's Algorithm 2 writes the
 * decay as eta_t lambda w without alpha, so its lambda is PyTorch's alpha lambda.
 *
 * State (`inspect()`): as Adam's (`grad` = g_t, without the decay).
 */
import { createAdamLike } from './adam.ts';
import type { InspectableOptimizer, ResolvedSpec } from './types.ts';

export const defaults = Object.freeze({
  lr: 0.001,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
  biasCorrection: true,
  weightDecay: 0.01,
});

/** The update rule as the chapters render it (KaTeX), with bias correction (the default). */
export const latex = String.raw`\begin{aligned}
g_t &= \nabla L(w_{t-1}) \\
m_t &= \beta_1 m_{t-1} + (1 - \beta_1)\, g_t \\
s_t &= \beta_2 s_{t-1} + (1 - \beta_2)\, g_t^2 \\
\hat m_t &= \frac{m_t}{1 - \beta_1^t}, \qquad \hat s_t = \frac{s_t}{1 - \beta_2^t} \\
w_t &= (1 - \alpha \lambda)\, w_{t-1} - \frac{\alpha\, \hat m_t}{\sqrt{\hat s_t} + \varepsilon}
\end{aligned}`;

/** Use `createOptimizer({ name: 'adamw', ... })`, which validates the spec. */
export function createAdamw(spec: ResolvedSpec, size: number): InspectableOptimizer {
  return createAdamLike(spec, size, 'decoupled');
}
