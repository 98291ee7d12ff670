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
 * State (`inspect()`): `grad` = g_t, `velocity` = m_t, `cache` = s_t, `mHat`, `sHat`,
 * `effectiveStep` = alpha / (sqrt(s_hat_t) + eps) (the step is effectiveStep * m_hat).
 */
import { checkLength } from './types.ts';
import type { InspectableOptimizer, OptimizerState, ResolvedSpec } from './types.ts';

export const defaults = Object.freeze({ lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8, biasCorrection: true });

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
  const { lr, beta1, beta2, eps, biasCorrection } = spec;
  const oneMinusBeta1 = 1 - beta1;
  const oneMinusBeta2 = 1 - beta2;
  const grad = new Float64Array(size);
  const m = new Float64Array(size);
  const s = new Float64Array(size);
  const mHat = new Float64Array(size);
  const sHat = new Float64Array(size);
  const effectiveStep = new Float64Array(size);
  const state: OptimizerState = Object.freeze({ grad, velocity: m, cache: s, mHat, sHat, effectiveStep });
  let t = 0;
  // The bias corrections as factors, so the hot loop multiplies instead of dividing.
  let inverseCorrection1 = 1;
  let inverseCorrection2 = 1;
  return {
    spec,
    get t() {
      return t;
    },
    step(params, gradFn) {
      checkLength(params, size);
      gradFn(params, grad);
      t++;
      inverseCorrection1 = biasCorrection ? 1 / (1 - Math.pow(beta1, t)) : 1;
      inverseCorrection2 = biasCorrection ? 1 / (1 - Math.pow(beta2, t)) : 1;
      const stepSize = lr * inverseCorrection1;
      for (let i = 0; i < size; i++) {
        const g = grad[i]!;
        const mi = beta1 * m[i]! + oneMinusBeta1 * g;
        const si = beta2 * s[i]! + oneMinusBeta2 * g * g;
        m[i] = mi;
        s[i] = si;
        // w <- w - lr * m_hat / (sqrt(s_hat) + eps), with m_hat = m / (1 - beta1^t), s_hat = s / (1 - beta2^t).
        params[i] = params[i]! - (stepSize * mi) / (Math.sqrt(si * inverseCorrection2) + eps);
      }
    },
    reset() {
      t = 0;
      inverseCorrection1 = 1;
      inverseCorrection2 = 1;
      for (const buffer of [grad, m, s, mHat, sHat, effectiveStep]) buffer.fill(0);
    },
    // m_hat, s_hat and the effective step are derived from m, s and t here rather than written on
    // every step: the update loop stays at one division and one square root per parameter.
    inspect: () => {
      for (let i = 0; i < size; i++) {
        const sh = s[i]! * inverseCorrection2;
        mHat[i] = m[i]! * inverseCorrection1;
        sHat[i] = sh;
        effectiveStep[i] = t === 0 ? 0 : lr / (Math.sqrt(sh) + eps);
      }
      return state;
    },
  };
}
