/**
 * The rule as KaTeX HTML. The build renders the author's rule (RuleCell.astro); the island loads
 * this module (and KaTeX with it) only once the reader's rule differs, so a page that is only
 * read does not download KaTeX.
 */
import { parseRule, ruleLatex } from '../../../src/engine/rule/index.ts';
import { renderDisplayMath } from '../../../src/typeset/katex.ts';

export const typesetRule = (source: string): string => renderDisplayMath(ruleLatex(parseRule(source)));
