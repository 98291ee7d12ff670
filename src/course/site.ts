/** Strings that describe the course as a whole. */
export const site = {
  name: 'Descent',
  tagline: 'how neural networks learn, one optimizer at a time',
  description:
    'An interactive course on how neural networks learn: gradient descent, the learning rate, local minima, Momentum, Nesterov, Adagrad, RMSProp and Adam, with live widgets beside every formula.',
} as const;
