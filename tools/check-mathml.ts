/**
 * `npm run test:mathml`: every formula's MathML in the production build (run `npm run build`
 * first) has the right number of children in each positional element (msub, mfrac, ...; see
 * src/typeset/rehype-mathml-arity.ts). Firefox rejects any other count as invalid markup, and its
 * screen readers read that MathML. Fails naming the page and the formula.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { builtPages } from '../tests/e2e/pages.ts';
import { mathmlArityProblems } from '../src/typeset/rehype-mathml-arity.ts';

/** The file in dist/ that serves a page path (/, /chapters/x/, /404.html). */
export const builtFile = (page: string): string => path.join('dist', page.endsWith('/') ? `${page}index.html` : page);

const started = performance.now();
const pages = builtPages();
const failures: string[] = [];
let formulas = 0;
for (const page of pages) {
  const html = readFileSync(builtFile(page), 'utf8');
  formulas += html.match(/<math\b/g)?.length ?? 0;
  const seen = new Map<string, number>();
  for (const p of mathmlArityProblems(fromHtml(html))) {
    const line = `${page}: <${p.element}> with ${p.children} children (needs ${p.expected}) in $${p.formula}$`;
    seen.set(line, (seen.get(line) ?? 0) + 1);
  }
  for (const [line, count] of seen) failures.push(count > 1 ? `${line} (${count} times)` : line);
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (pages.length === 0) {
  console.error('check-mathml: no built pages in dist/: run `npm run build` first.');
  process.exit(1);
}
if (failures.length > 0) {
  console.error(`check-mathml: ${failures.length} invalid MathML element(s):\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(
  `check-mathml: ${formulas} formulas on ${pages.length} pages, every positional element well formed (${seconds} s).`,
);
