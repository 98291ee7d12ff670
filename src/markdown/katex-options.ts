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
  strict: 'error',
  throwOnError: true,
  trust: (context: { command: string }) =>
    context.command === '\\htmlClass' || context.command === '\\htmlData',
} satisfies KatexOptions;
