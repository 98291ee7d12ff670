/**
 * Build time only (imported by `.astro` wrappers, never by an island, so KaTeX stays off the
 * client): renders an optimizer's rule with its symbols tagged (linked-formula.ts).
 *
 * The course's options (src/typeset/katex.ts) trust \htmlData but also set
 * `strict: 'error'`, and KaTeX's strict mode rejects every HTML extension, trusted or not
 * ("HTML extension is disabled on strict mode"). Here strictness stays 'error' for everything
 * except that one check.
 */
import katex from 'katex';
import { katexOptions } from '../../../src/typeset/katex.ts';
import { repairMathmlHtml } from '../../../src/typeset/rehype-mathml-arity.ts';
import { tagSymbols, type FormulaSymbol } from './linked-formula.ts';

export function renderLinkedFormula(latex: string, symbols: readonly FormulaSymbol[]): string {
  // Valid MathML (right number of children in msub, mfrac, ...), as the chapters' math gets.
  return repairMathmlHtml(
    katex.renderToString(tagSymbols(latex, symbols), {
      ...katexOptions,
      displayMode: true,
      strict: (code: string) => (code === 'htmlExtension' ? 'ignore' : 'error'),
    }),
  );
}
