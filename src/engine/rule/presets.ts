/**
 * Rules that ship with the language: the six built-in optimizers, written in it, and four more.
 * Each preset's params carry the same names and defaults as the built-in optimizer's spec fields
 * (`lr`, `momentum`, `decay`, `beta1`, `beta2`, `eps`; see src/engine/optim), so a built-in's
 * spec maps onto a preset by name, and from the same start both follow the same trajectory
 * (tests/unit/engine/rule/presets.test.ts checks it to 1e-12).
 *
 * The four others, each with its source:
 * - signSGD: Bernstein, Wang, Azizzadenesheli & Anandkumar (2018), "signSGD: compressed
 *   optimisation for non-convex problems", ICML, Algorithm 1 (without momentum).
 * - Adamax: Kingma & Ba (2015), "Adam: a method for stochastic optimization", ICLR, Section 7.1,
 *   Algorithm 2. As in PyTorch's `torch.optim.Adamax`, eps is added to |g| inside the max, so that
 *   a zero gradient at step 1 does not divide 0 by 0; the paper has no eps.
 * - AMSGrad: Reddi, Kale & Kumar (2018), "On the convergence of Adam and beyond", ICLR,
 *   Algorithm 2 (the running maximum of s), with Adam's bias corrections and eps, as PyTorch's
 *   `torch.optim.Adam(amsgrad=True)`: the paper's Algorithm 2 has neither.
 * - Lion: Chen et al. (2023), "Symbolic discovery of optimization algorithms", NeurIPS,
 *   Algorithm 2 (Program 1), without weight decay. Its default lr is the paper's 1e-4, ten times
 *   smaller than Adam's, because every step moves each weight by lr exactly.
 */
import type { OptimizerName } from '../optim/index.ts';

export type RulePresetName =
  'sgd' | 'momentum' | 'nag' | 'adagrad' | 'rmsprop' | 'adam' | 'signsgd' | 'adamax' | 'amsgrad' | 'lion';

export interface RulePreset {
  readonly title: string;
  readonly source: string;
  /** The built-in optimizer it reproduces, or null. */
  readonly builtIn: OptimizerName | null;
}

const lr = (value: number) => `param lr = ${value} in [1e-5, 10]`;
const betas = (beta2: number) => `param beta1 = 0.9 in [0, 0.9999]\nparam beta2 = ${beta2} in [0, 0.9999]`;
const eps = (value: number) => `param eps = ${value} in [1e-12, 1]`;
const adamMoments = `m = beta1 * m + (1 - beta1) * g     # running mean of the gradient
s = beta2 * s + (1 - beta2) * g^2   # running mean of its square`;

const rules: Readonly<Record<RulePresetName, RulePreset>> = {
  sgd: { title: 'Gradient descent', builtIn: 'sgd', source: `${lr(0.01)}\nw = w - lr * g` },
  momentum: {
    title: 'Momentum',
    builtIn: 'momentum',
    source: `${lr(0.01)}\nparam momentum = 0.9 in [0, 0.999]\nv = momentum * v + lr * g   # v is the step\nw = w - v`,
  },
  nag: {
    title: 'Nesterov (NAG)',
    builtIn: 'nag',
    source: `${lr(0.01)}\nparam momentum = 0.9 in [0, 0.999]\n# the gradient where the velocity is about to carry the weights\nv = momentum * v + lr * grad(w - momentum * v)\nw = w - v`,
  },
  adagrad: {
    title: 'Adagrad',
    builtIn: 'adagrad',
    source: `${lr(0.01)}\n${eps(1e-10)}\nc = c + g^2   # sum of squared gradients\nw = w - lr / (sqrt(c) + eps) * g`,
  },
  rmsprop: {
    title: 'RMSProp',
    builtIn: 'rmsprop',
    source: `${lr(0.01)}\nparam decay = 0.99 in [0, 0.9999]\n${eps(1e-8)}\nc = decay * c + (1 - decay) * g^2   # running mean of squared gradients\nw = w - lr / (sqrt(c) + eps) * g`,
  },
  adam: {
    title: 'Adam',
    builtIn: 'adam',
    source: `${lr(0.001)}\n${betas(0.999)}\n${eps(1e-8)}\n${adamMoments}\nmhat = m / (1 - beta1^t)   # bias corrections\nshat = s / (1 - beta2^t)\nw = w - lr * mhat / (sqrt(shat) + eps)`,
  },
  signsgd: { title: 'signSGD', builtIn: null, source: `${lr(0.01)}\nw = w - lr * sign(g)` },
  adamax: {
    title: 'Adamax',
    builtIn: null,
    source: `${lr(0.002)}\n${betas(0.999)}\n${eps(1e-8)}\nm = beta1 * m + (1 - beta1) * g\nu = max(beta2 * u, abs(g) + eps)   # a decaying maximum of |g|\nw = w - lr / (1 - beta1^t) * (m / u)`,
  },
  amsgrad: {
    title: 'AMSGrad',
    builtIn: null,
    source: `${lr(0.001)}\n${betas(0.999)}\n${eps(1e-8)}\n${adamMoments}\nsmax = max(smax, s)   # never let the scale shrink\nmhat = m / (1 - beta1^t)\nshat = smax / (1 - beta2^t)\nw = w - lr * mhat / (sqrt(shat) + eps)`,
  },
  lion: {
    title: 'Lion',
    builtIn: null,
    source: `${lr(0.0001)}\n${betas(0.99)}\nc = beta1 * m + (1 - beta1) * g   # the direction\nw = w - lr * sign(c)\nm = beta2 * m + (1 - beta2) * g`,
  },
};

/** The presets, in menu order: the built-ins as the course introduces them, then the others. */
export const rulePresetNames: readonly RulePresetName[] = Object.freeze(Object.keys(rules) as RulePresetName[]);
export const rulePresets: Readonly<Record<RulePresetName, RulePreset>> = Object.freeze(rules);
