import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';

/**
 * MathML elements whose children are positional (base, script, ...): each takes exactly this many.
 * A browser that reads MathML (Firefox, and the screen readers that use it) rejects one with any
 * other count as "Invalid markup: Incorrect number of children".
 */
export const mathmlArity: Readonly<Record<string, number>> = Object.freeze({
  msub: 2,
  msup: 2,
  msubsup: 3,
  mfrac: 2,
  mroot: 2,
  munder: 2,
  mover: 2,
  munderover: 3,
});

/** U+2061 FUNCTION APPLICATION: KaTeX writes it after an operator name (\max, \log, \operatorname). */
const functionApplication = '\u2061';

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';

/** Element children only: the whitespace text a parser may keep between tags is not a child in MathML. */
const elementChildren = (el: Element): Element[] => el.children.filter(isElement);

const isFunctionApplication = (node: Element): boolean => node.tagName === 'mo' && toText(node) === functionApplication;

/**
 * Repairs one positional element in place. KaTeX writes an operator name as two siblings,
 * `<mi>max</mi><mo>&#x2061;</mo>`, and wraps them in an `<mrow>` everywhere except where the
 * operator name is a whole argument of a script, fraction or root (`\lambda_{\max}` gives an
 * `msub` with three children). The pair is one argument, so it is wrapped in an `mrow`; what it
 * renders as is unchanged (an `mrow` draws its children in a row). A count still wrong after that
 * is not guessed at: the built-page check reports it.
 */
function repairElement(el: Element): void {
  const expected = mathmlArity[el.tagName];
  if (expected === undefined) return;
  let excess = elementChildren(el).length - expected;
  if (excess <= 0) return;
  const children: ElementContent[] = [];
  for (const child of el.children) {
    const previous = children.at(-1);
    if (excess > 0 && isElement(child) && isFunctionApplication(child) && previous && isElement(previous)) {
      children[children.length - 1] = { type: 'element', tagName: 'mrow', properties: {}, children: [previous, child] };
      excess -= 1;
    } else {
      children.push(child);
    }
  }
  el.children = children;
}

/** A node's children, whatever its type: in MDX, math sits inside component nodes (mdxJsxFlowElement) too. */
const childrenOf = (node: object): readonly object[] =>
  'children' in node && Array.isArray(node.children) ? (node.children as object[]) : [];

/** Repairs every positional MathML element in a tree (innermost first, so a repaired child is one node). */
export function repairMathml(tree: Root | Element): void {
  const walk = (node: object): void => {
    for (const child of childrenOf(node)) walk(child);
    if ('type' in node && node.type === 'element') repairElement(node as Element);
  };
  walk(tree);
}

/** Rehype step, after rehype-katex: every formula's MathML gets the right number of children. */
export function rehypeMathmlArity() {
  return (tree: Root): void => repairMathml(tree);
}

/**
 * The same repair on HTML that KaTeX rendered to a string (katex.renderToString, as widgets and
 * blocks do at build time). Only the `<math>` elements are parsed and rewritten, and only when one
 * needs a repair: KaTeX's visible HTML is returned byte for byte.
 */
export function repairMathmlHtml(html: string): string {
  return html.replace(/<math\b[\s\S]*?<\/math>/g, (math) => {
    const tree = fromHtml(math, { fragment: true });
    if (mathmlArityProblems(tree).length === 0) return math;
    repairMathml(tree);
    return toHtml(tree);
  });
}

/** A positional element with the wrong number of children, and the formula (its TeX source) it is in. */
export interface MathmlArityProblem {
  element: string;
  children: number;
  expected: number;
  formula: string;
}

/**
 * Every positional MathML element with the wrong number of children in a tree, each with its
 * formula's TeX (KaTeX's `<annotation encoding="application/x-tex">`) so that a failure can name it.
 */
export function mathmlArityProblems(tree: Root | Element): MathmlArityProblem[] {
  const problems: MathmlArityProblem[] = [];
  const walk = (node: Root | Element, formula: string): void => {
    let here = formula;
    if (node.type === 'element' && node.tagName === 'math') {
      const annotation = findElement(node, (el) => el.tagName === 'annotation');
      here = annotation ? toText(annotation) : toText(node);
    }
    if (node.type === 'element') {
      const expected = mathmlArity[node.tagName];
      const count = elementChildren(node).length;
      if (expected !== undefined && count !== expected)
        problems.push({ element: node.tagName, children: count, expected, formula: here });
    }
    for (const child of node.children) if (isElement(child)) walk(child, here);
  };
  walk(tree, '');
  return problems;
}

function findElement(node: Element, test: (el: Element) => boolean): Element | undefined {
  for (const child of elementChildren(node)) {
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}
