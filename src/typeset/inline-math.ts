import katex from 'katex';
import { katexOptions } from './katex-options.ts';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

/**
 * Renders a prop string that may contain inline math (`$\alpha < 2/\lambda$`) to HTML at build
 * time: text is escaped, math goes through KaTeX with the course's options. `\$` is a literal
 * dollar sign. Bad LaTeX throws, and the build names the chapter (the props were validated there).
 */
export function renderInlineMath(text: string): string {
  const parts = text.split(/(?<!\\)\$(.+?)(?<!\\)\$/s);
  return parts
    .map((part, i) =>
      i % 2 === 1 ? katex.renderToString(part, { ...katexOptions, displayMode: false }) : escapeHtml(part.replace(/\\\$/g, '$')),
    )
    .join('');
}

/** Renders a whole formula (display style) with the course's KaTeX options. */
export function renderDisplayMath(latex: string): string {
  return katex.renderToString(latex, { ...katexOptions, displayMode: true });
}
