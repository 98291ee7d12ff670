import { describe, expect, it } from 'vitest';
import { lostInSource, mathEscapeProblem } from '../../../src/typeset/math-escapes.ts';

describe('mathEscapeProblem', () => {
  it('flags a doubled backslash in inline math, with the fix for where the text came from', () => {
    expect(mathEscapeProblem('Why $\\\\alpha_{\\\\max}$?', 'quoted prop')).toMatch(
      /line break followed by the letters "alpha".*quoted prop.*one backslash/,
    );
    expect(mathEscapeProblem('$a \\\\ b$', 'body')).toMatch(/two backslashes are a line break/);
    expect(mathEscapeProblem('Pick $\\\\alpha$', 'frontmatter')).toMatch(/single quotes/);
  });

  it('flags a backslash that a string escape turned into an invisible character', () => {
    expect(mathEscapeProblem('$\frac{1}{2}$', 'braces')).toMatch(/lost the backslash of "\\frac"/);
    expect(mathEscapeProblem('$\nabla f$', 'frontmatter')).toMatch(/lost the backslash of "\\nabla"/);
    expect(mathEscapeProblem('$\theta$', 'braces')).toMatch(/"\\theta"/);
  });

  it('accepts correct math, a line break between words, and text outside math', () => {
    expect(mathEscapeProblem('$\\alpha_{\\max}$ and \\\\ outside', 'quoted prop')).toBeNull();
    expect(mathEscapeProblem('$a +\nb$', 'quoted prop')).toBeNull();
    expect(mathEscapeProblem('$\nabla$', 'body')).toBeNull();
    expect(mathEscapeProblem('Costs \\$5', 'quoted prop')).toBeNull();
  });
});

describe('lostInSource', () => {
  it('flags a single backslash before a letter in a JavaScript string with math', () => {
    expect(lostInSource('"$2/\\lambda_{\\max}$"')).toMatch(
      /"\\lambda" loses its backslash.*"\\l".*KaTeX would get "lambda"/,
    );
    expect(lostInSource('"$\\frac{1}{2}$"')).toMatch(/KaTeX would get "\(form feed\)rac"/);
  });

  it('accepts doubled backslashes, escaped quotes and strings without math', () => {
    expect(lostInSource('"$2/\\\\lambda$"')).toBeNull();
    expect(lostInSource('"say \\"$x$\\""')).toBeNull();
    expect(lostInSource('"line\\nbreak"')).toBeNull();
  });
});
