import { describe, expect, it } from 'vitest';
import { parseRule, ruleLatex, rulePresetNames, rulePresets } from '../../../../src/engine/rule/index.ts';
import { renderDisplayMath } from '../../../../src/typeset/katex.ts';

const latexOf = (source: string) => ruleLatex(parseRule(source));
/** The lines of the aligned block, without its frame. */
const linesOf = (source: string) =>
  latexOf(source)
    .replace(/^\\begin\{aligned\}\n|\n\\end\{aligned\}$/g, '')
    .split(' \\\\\n');

describe('a rule as KaTeX', () => {
  it('writes Adam as the chapters write it: alpha, beta_1, epsilon, hats, a root, fractions, time subscripts', () => {
    expect(latexOf(rulePresets.adam.source)).toBe(String.raw`\begin{aligned}
g_{t} &= \nabla L(w_{t-1}) \\
m_{t} &= \beta_{1}\, m_{t-1} + (1 - \beta_{1})\, g_{t} \\
s_{t} &= \beta_{2}\, s_{t-1} + (1 - \beta_{2})\, g_{t}^{2} \\
\hat{m}_{t} &= \frac{m_{t}}{1 - \beta_{1}^{t}} \\
\hat{s}_{t} &= \frac{s_{t}}{1 - \beta_{2}^{t}} \\
w_{t} &= w_{t-1} - \frac{\alpha\, \hat{m}_{t}}{\sqrt{\hat{s}_{t}} + \varepsilon}
\end{aligned}`);
  });

  it('writes mu and momentum as μ, grad(x) as ∇L(x), and no g line when g is not read', () => {
    expect(linesOf('param mu = 0.9\nparam lr = 0.1\nv = mu * v + lr * grad(w - mu * v)\nw = w - v')).toEqual([
      String.raw`v_{t} &= \mu\, v_{t-1} + \alpha\, \nabla L\left(w_{t-1} - \mu\, v_{t-1}\right)`,
      String.raw`w_{t} &= w_{t-1} - v_{t}`,
    ]);
    expect(linesOf('param momentum = 0.9\nw = w - momentum')).toEqual([String.raw`w_{t} &= w_{t-1} - \mu`]);
  });

  it('writes numbers, powers, functions and parentheses faithfully', () => {
    const [line] = linesOf(
      'w = -w^2 + 2 * 3 + 1e-8 + 2.5e3 * w + (w - 1)^3 + abs(w) + sign(w) * max(w, 0) + exp(-(w + 1)) + 2^3^2 + w - (w - 1) + pi * e * t',
    );
    expect(line).toBe(
      String.raw`w_{t} &= -w_{t-1}^{2} + 2 \cdot 3 + 10^{-8} + 2.5 \times 10^{3}\, w_{t-1} + (w_{t-1} - 1)^{3} + \left|w_{t-1}\right| + \operatorname{sign}\left(w_{t-1}\right)\, \max\left(w_{t-1}, 0\right) + \exp\left(-(w_{t-1} + 1)\right) + 2^{3^{2}} + w_{t-1} - (w_{t-1} - 1) + \pi\, e\, t`,
    );
  });

  it('names symbols by convention: Greek names, a letter and digits, hat and max, others in italics', () => {
    const source =
      'param gamma = 1\nparam beta3 = 1\nparam my_rate = 1\nw = gamma * beta3 * my_rate * m2 * vhat * vmax^2\nm2 = 1\nvhat = 1\nvmax = 1';
    const [line] = linesOf(source);
    expect(line).toBe(
      String.raw`w_{t} &= \gamma\, \beta_{3}\, \mathit{my\_rate}\, m_{2,t-1}\, \hat{v}_{t-1}\, {v^{\max}_{t-1}}^{2}`,
    );
    expect(renderDisplayMath(latexOf(source))).not.toContain('katex-error');
  });

  it('writes assignments with arrows and no subscripts when a name is assigned twice', () => {
    expect(linesOf('param lr = 0.1\nw = w - lr * g\nw = w * 0.5')).toEqual([
      String.raw`g &\leftarrow \nabla L(w)`,
      String.raw`w &\leftarrow w - \alpha\, g`,
      String.raw`w &\leftarrow w \cdot 0.5`,
    ]);
  });

  it.each(rulePresetNames)('KaTeX renders the preset %s with the course options', (name) => {
    const html = renderDisplayMath(latexOf(rulePresets[name].source));
    expect(html).toContain('class="katex-display"');
    expect(html).not.toContain('katex-error');
  });
});
