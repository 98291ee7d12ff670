/**
 * The rule as KaTeX HTML. The build renders the author's rule (RuleCell.astro); the island loads
 * this module (and KaTeX with it) only once the reader's rule differs, so a page that is only
 * read does not download KaTeX, and runs it in a worker (typeset.worker.ts, typeset-client.ts).
 */
import { parseRule, ruleLatex } from '../../../src/engine/rule/index.ts';
import { renderDisplayMath } from '../../../src/typeset/katex.ts';

/**
 * The last rules typeset, by source: typesetting Adam's rule takes tens of milliseconds on a
 * phone-class CPU, and a reader going through the presets comes back to the ones already seen.
 */
const typeset = new Map<string, string>();
const kept = 16;

export function typesetRule(source: string): string {
  let html = typeset.get(source);
  if (html === undefined) {
    html = renderDisplayMath(ruleLatex(parseRule(source)));
    if (typeset.size >= kept) typeset.delete(typeset.keys().next().value!);
  } else typeset.delete(source);
  typeset.set(source, html);
  return html;
}
