import { describe, expect, it } from 'vitest';
import { inlineMathProblem, renderDisplayMath, renderInlineMath } from '../../../src/typeset/katex.ts';

/**
 * Inline math in props is checked at validation time (inlineMathProblem) and rendered later
 * (renderInlineMath): both must read the same `$...$` spans, or a prop that passed the check could
 * still fail the build without naming its chapter. The options themselves: katex-options.test.ts.
 */
describe('inline math outside the Markdown body', () => {
  it('renders text escaped and math through KaTeX, with \\$ a literal dollar sign', () => {
    const html = renderInlineMath('Costs \\$5 <b>, or $\\alpha < 1$.');
    expect(html.startsWith('Costs $5 &lt;b&gt;, or <span class="katex">')).toBe(true);
    expect(html).toContain('<mi>α</mi>');
    expect(html.endsWith('</span>.')).toBe(true);
    expect(renderInlineMath('no math')).toBe('no math');
  });

  it('reports exactly the math that renderInlineMath would throw on', () => {
    for (const text of ['$x^2$ and $\\frac{1}{$', '$\\alpah$', '$\\href{https://x.org}{x}$']) {
      expect(inlineMathProblem(text), text).toMatch(/^bad LaTeX in \$/);
      expect(() => renderInlineMath(text), text).toThrow();
    }
    expect(inlineMathProblem('$\\frac{1}{$')).toContain('bad LaTeX in $\\frac{1}{$');
    for (const text of ['Costs \\$5, or $\\alpha < 1$.', 'plain', '$\\htmlData{sym=lr}{\\alpha}$']) {
      expect(inlineMathProblem(text), text).toBeNull();
      expect(() => renderInlineMath(text), text).not.toThrow();
    }
  });

  it('renders a display formula in display style', () => {
    expect(renderDisplayMath('w_{t+1}')).toContain('katex-display');
    expect(renderInlineMath('$w$')).not.toContain('katex-display');
  });
});
