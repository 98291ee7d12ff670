import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import { fromHtml } from 'hast-util-from-html';
import { katexOptions } from '../../../src/typeset/katex.ts';
import {
  mathmlArityProblems,
  rehypeMathmlArity,
  repairMathml,
  repairMathmlHtml,
} from '../../../src/typeset/rehype-mathml-arity.ts';

const render = (markdown: string, repair: boolean) => {
  const processor = unified().use(remarkParse).use(remarkMath).use(remarkRehype).use(rehypeKatex, katexOptions);
  return String((repair ? processor.use(rehypeMathmlArity) : processor).use(rehypeStringify).processSync(markdown));
};

const problems = (html: string) => mathmlArityProblems(fromHtml(html, { fragment: true }));

/** The visible rendering: KaTeX's HTML output, everything but the hidden MathML. */
const visible = (html: string) => html.replace(/<span class="katex-mathml">[\s\S]*?<\/math><\/span>/g, '');

// Each puts an operator name where KaTeX leaves its two nodes unwrapped: a script, a numerator, a
// root's index, the piece under or over a limit-style operator.
const broken = [
  '\\lambda_{\\max}',
  '\\eta^{\\max}',
  'x_{\\min}^{\\max}',
  '\\frac{\\max}{2}',
  '\\frac{1}{\\log}',
  '\\sqrt[\\max]{x}',
  '\\sum_{\\max}',
  '\\sum_{\\min}^{\\max}',
  '\\underset{\\max}{x}',
  '\\overset{\\max}{x}',
  '\\lambda_{\\operatorname{diag}}',
];

describe('rehypeMathmlArity', () => {
  it.each(broken)('gives every positional element of $%s the right number of children', (tex) => {
    const before = render(`$${tex}$`, false);
    expect(problems(before).length).toBeGreaterThan(0); // KaTeX's own output is the case being fixed
    const after = render(`$${tex}$`, true);
    expect(problems(after)).toEqual([]);
    expect(visible(after)).toBe(visible(before));
  });

  it('wraps the operator name and its function application in one mrow, the argument it is', () => {
    const html = render('$\\lambda_{\\max}$', true);
    expect(html).toContain('<msub><mi>λ</mi><mrow><mi>max</mi><mo>\u2061</mo></mrow></msub>');
  });

  it('reaches math inside an MDX component (a node that is not an element)', () => {
    const math = fromHtml(katex.renderToString('\\lambda_{\\max}', katexOptions), { fragment: true });
    const component = { type: 'mdxJsxFlowElement', name: 'Callout', attributes: [], children: math.children };
    const tree = { type: 'root', children: [component] } as unknown as Parameters<typeof repairMathml>[0];
    expect(problems(katex.renderToString('\\lambda_{\\max}', katexOptions))).toHaveLength(1);
    repairMathml(tree);
    expect(mathmlArityProblems(math)).toEqual([]);
  });

  it('leaves correct MathML as KaTeX wrote it', () => {
    const tex = '$\\max_x f(x) + \\sum_{i=1}^n \\hat\\theta_i^2 + \\frac{a}{b} + \\sqrt[3]{x}$';
    expect(render(tex, true)).toBe(render(tex, false));
  });
});

describe('repairMathmlHtml', () => {
  it('repairs the MathML of a string katex.renderToString made, and keeps its HTML byte for byte', () => {
    const html = katex.renderToString('\\lambda_{\\max} < \\frac{2}{\\eta}', katexOptions);
    expect(problems(html)).toHaveLength(1);
    const repaired = repairMathmlHtml(html);
    expect(problems(repaired)).toEqual([]);
    expect(visible(repaired)).toBe(visible(html));
  });

  it('returns a string that needs no repair unchanged', () => {
    const html = katex.renderToString('\\alpha_t^2', { ...katexOptions, displayMode: true });
    expect(repairMathmlHtml(html)).toBe(html);
  });
});

describe('mathmlArityProblems', () => {
  it('names the element, its count and the formula it is in', () => {
    const html = katex.renderToString('\\lambda_{\\max}', katexOptions);
    expect(problems(html)).toEqual([{ element: 'msub', children: 3, expected: 2, formula: '\\lambda_{\\max}' }]);
  });

  it('reports a count it cannot repair (too few children too)', () => {
    const html =
      '<math><semantics><mfrac><mn>1</mn></mfrac><annotation encoding="application/x-tex">?</annotation></semantics></math>';
    expect(problems(repairMathmlHtml(html))).toEqual([{ element: 'mfrac', children: 1, expected: 2, formula: '?' }]);
  });
});
