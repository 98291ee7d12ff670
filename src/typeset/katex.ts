import katex, { type KatexOptions } from 'katex';
import { repairMathmlHtml } from './rehype-mathml-arity.ts';

/**
 * KaTeX for the whole course, in one place: the options every formula is rendered with, and the
 * two ways text outside a chapter's Markdown body gets its inline math (`$...$`, with `\$` for a
 * literal dollar sign): rendered into HTML by the components (renderInlineMath, renderDisplayMath)
 * and checked beforehand by the chapter checks (inlineMathProblem), so that both split the text the
 * same way. The Markdown body itself goes through rehype-katex with the same options
 * (astro.config.mjs), then rehype-katex-strict.ts and rehype-math-punctuation.ts.
 */

/**
 * One set of KaTeX options for the whole course: chapters (through rehype-katex) and the
 * components that render an optimizer's exported rule (components/blocks/Rule.astro).
 *
 * `trust` is off except for \htmlClass and \htmlData, which a formula uses to tag its symbols
 * (e.g. \htmlData{sym=mu}{\mu}) so that a widget can emphasize the matching drawing.
 * No other HTML-producing command (\href, \url, \includegraphics, \htmlId, \htmlStyle) is trusted.
 */
export const katexOptions = {
  // Strict, except that the two trusted HTML commands must be allowed past strict mode too:
  // with a plain 'error', KaTeX rejects \htmlData as "HTML extension is disabled on strict mode".
  strict: (errorCode: string) => (errorCode === 'htmlExtension' ? 'ignore' : 'error'),
  throwOnError: true,
  // An untrusted command would otherwise render silently as red text; throwing makes it a
  // build error that names the chapter (rehype-katex reports it, rehype-katex-strict fails).
  trust: (context: { command: string }) => {
    if (context.command === '\\htmlClass' || context.command === '\\htmlData') return true;
    throw new Error(`${context.command} is not allowed in the course's math: only \\htmlClass and \\htmlData are.`);
  },
} satisfies KatexOptions;

/** Text and inline math alternate: odd parts are the LaTeX between two unescaped dollar signs. */
const splitInlineMath = (text: string): string[] => text.split(/(?<!\\)\$(.+?)(?<!\\)\$/s);

const renderInline = (latex: string): string => repairMathmlHtml(katex.renderToString(latex, { ...katexOptions, displayMode: false }));

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

/**
 * Renders a prop string that may contain inline math (`$\alpha < 2/\lambda$`) to HTML at build
 * time: text is escaped, math goes through KaTeX with the course's options. `\$` is a literal
 * dollar sign. Bad LaTeX throws, and the build names the chapter (the props were validated there).
 */
export function renderInlineMath(text: string): string {
  return splitInlineMath(text)
    .map((part, i) => (i % 2 === 1 ? renderInline(part) : escapeHtml(part.replace(/\\\$/g, '$'))))
    .join('');
}

/** Renders a whole formula (display style) with the course's KaTeX options. */
export function renderDisplayMath(latex: string): string {
  return repairMathmlHtml(katex.renderToString(latex, { ...katexOptions, displayMode: true }));
}

/**
 * The first KaTeX error in the inline math of a line of text, or null when all of it renders.
 * Used where text outside the Markdown body is rendered as math at build time (frontmatter
 * objectives, component props), so that bad LaTeX fails the build naming the file and the field
 * instead of failing later, in renderInlineMath, without either.
 */
export function inlineMathProblem(text: string): string | null {
  const parts = splitInlineMath(text);
  for (let i = 1; i < parts.length; i += 2) {
    try {
      renderInline(parts[i] ?? '');
    } catch (error) {
      return `bad LaTeX in $${parts[i] ?? ''}$: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  return null;
}
