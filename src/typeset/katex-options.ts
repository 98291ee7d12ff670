import type { KatexOptions } from 'katex';

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
