/**
 * PyTorch's forms of momentum and Nesterov momentum as KaTeX source (`aligned` blocks): exactly
 * what `runTorchMomentum` and `runTorchNesterov` in ./torch-momentum.ts run, line for line, so a
 * chapter shows the rule the TorchFormCheck widget computes instead of a hand-written copy.
 *
 * Symbols follow the course: alpha is PyTorch's `lr`, mu its `momentum`, b its momentum buffer,
 * and for Nesterov u is what PyTorch stores as the parameters (the engine's look-ahead point).
 */
export const torchFormLatex = Object.freeze({
  /** `torch.optim.SGD(momentum=mu, dampening=0)`. */
  momentum: String.raw`\begin{aligned}
g_t &= \nabla L(w_{t-1}) \\
b_t &= \mu\, b_{t-1} + g_t \\
w_t &= w_{t-1} - \alpha\, b_t
\end{aligned}`,
  /** `torch.optim.SGD(momentum=mu, nesterov=True, dampening=0)`. */
  nag: String.raw`\begin{aligned}
g_t &= \nabla L(u_{t-1}) \\
b_t &= \mu\, b_{t-1} + g_t \\
u_t &= u_{t-1} - \alpha\, (g_t + \mu\, b_t)
\end{aligned}`,
} as const);
