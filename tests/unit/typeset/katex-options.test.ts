import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { katexOptions } from '../../../src/typeset/katex.ts';

const render = (latex: string) => katex.renderToString(latex, { ...katexOptions, displayMode: false });

describe('the course KaTeX options', () => {
  it('let \\htmlData and \\htmlClass tag a symbol', () => {
    expect(render('\\htmlData{sym=lr}{\\alpha}')).toContain('data-sym="lr"');
    expect(render('\\htmlClass{hot}{\\mu}')).toContain('class="enclosing hot"');
  });

  it('reject every other HTML-producing command', () => {
    for (const latex of ['\\href{https://x.org}{x}', '\\url{https://x.org}', '\\htmlStyle{color:red}{x}', '\\htmlId{x}{y}', '\\includegraphics{x.png}']) {
      expect(() => render(latex), latex).toThrow(/is not allowed in the course's math/);
    }
  });

  it('stay strict about bad input', () => {
    expect(() => render('\\frac{1}{')).toThrow(/Unexpected end of input/);
    expect(() => render('\\alpah')).toThrow(/Undefined control sequence/);
    expect(() => render('é')).toThrow(/unicodeTextInMathMode/);
    expect(render('α')).toContain('α');
  });
});
