import katex from 'katex';
import { katexOptions } from './katex-options.ts';

/**
 * The first KaTeX error in the inline math ($...$, with \$ for a literal dollar) of a line of
 * text, or null when all of it renders. Used where text outside the Markdown body is rendered
 * as math at build time (frontmatter objectives, component props), so that bad LaTeX fails the
 * build naming the file and the field instead of failing later without either.
 */
export function inlineMathProblem(text: string): string | null {
  const parts = text.split(/(?<!\\)\$(.+?)(?<!\\)\$/s);
  for (let i = 1; i < parts.length; i += 2) {
    try {
      katex.renderToString(parts[i] ?? '', { ...katexOptions, displayMode: false });
    } catch (error) {
      return `bad LaTeX in $${parts[i] ?? ''}$: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  return null;
}
