/**
 * Math that lost its backslashes, or got one too many, on its way from the author's file to
 * KaTeX. LaTeX written outside the Markdown body goes through a second language first, with
 * its own escapes:
 *
 * - a quoted prop (`question="... $\alpha$"`) is taken literally: one backslash, as in the body;
 * - a string in braces (`choices={["$\lambda$"]}`) is JavaScript: `\l` silently becomes `l`,
 *   `\f` a form feed, `\n` a new line, so every backslash must be doubled (`"$\\lambda$"`);
 * - the frontmatter is YAML: plain or single-quoted text is literal (`- 'Use $\alpha$'`), a
 *   double-quoted string has escapes like JavaScript's.
 *
 * KaTeX accepts what comes out (`\\alpha` is a line break and the letters "alpha"; `lambda` is
 * six letters), so nothing fails on its own: these checks catch both directions.
 */

/** Where the text came from: decides which fix to suggest. */
export type MathSource = 'body' | 'quoted prop' | 'braces' | 'frontmatter';

const fixes: Record<MathSource, string> = {
  body: 'in the text of a chapter write one backslash, as in $\\alpha$',
  'quoted prop': 'in a quoted prop (name="...") write one backslash, as in the text: $\\alpha$',
  braces:
    'in a string in braces ({["..."]}) write every backslash twice, "$\\\\alpha$", or pass the text as a quoted prop with one',
  frontmatter: "in the frontmatter write one backslash and quote the line with single quotes: - 'Use $\\alpha$'",
};

/** Inline math spans of a text with `$...$` (`\$` is a literal dollar sign). */
const inlineMath = (text: string): string[] => text.split(/(?<!\\)\$(.+?)(?<!\\)\$/s).filter((_, i) => i % 2 === 1);

/** Control characters that JavaScript or YAML escapes make of `\b`, `\f`, `\n`, `\r`, `\t`, `\v`, `\a`, `\e`. */
const escapeOf: Record<string, string> = {
  '\b': 'b',
  '\f': 'f',
  '\n': 'n',
  '\r': 'r',
  '\t': 't',
  '\v': 'v',
  '\x07': 'a',
  '\x1b': 'e',
};
// A new line inside math is harmless where text wraps; it is a lost `\n` only before these.
const afterLostN = /^(abla|eq|u|e|eg|ot|i|leq|geq)(?![a-zA-Z])/;

/**
 * The first backslash problem in the inline math of `text`, as a sentence with the fix, or null.
 * `text` is the value as KaTeX will receive it.
 */
export function mathEscapeProblem(text: string, source: MathSource): string | null {
  for (const latex of inlineMath(text)) {
    const doubled = /\\\\([A-Za-z]*)/.exec(latex);
    if (doubled) {
      const word = doubled[1] ?? '';
      const shown = word ? `\\\\${word}` : '\\\\';
      return `$${latex}$ has "${shown}": two backslashes are a line break${word ? ` followed by the letters "${word}"` : ''}, never meant in inline math; ${fixes[source]}.`;
    }
    if (source === 'body') continue;
    for (let i = 0; i < latex.length; i++) {
      const letter = escapeOf[latex[i] ?? ''];
      if (letter === undefined) continue;
      const rest = /^[A-Za-z]*/.exec(latex.slice(i + 1))?.[0] ?? '';
      if (letter === 'n' && !afterLostN.test(rest)) continue;
      return `$${printable(latex)}$ lost the backslash of "\\${letter}${rest}": the string's escape "\\${letter}" became an invisible character; ${fixes[source]}.`;
    }
  }
  return null;
}

/**
 * A string in braces, from its JavaScript source (`raw`, with the quotes): a backslash before a
 * letter is a JavaScript escape that LaTeX never sees (`"$\lambda$"` gives `$lambda$`). Returns
 * the problem with the fix, or null. Only strings with math are checked.
 */
export function lostInSource(raw: string): string | null {
  if (!raw.includes('$')) return null;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '\\') continue;
    const next = raw[i + 1] ?? '';
    if (next === '\\' || next === '$' || next === '"' || next === "'" || next === '`') {
      i++;
      continue;
    }
    if (/[A-Za-z]/.test(next)) {
      const word = /^[A-Za-z]+/.exec(raw.slice(i + 1))?.[0] ?? next;
      return `"\\${word}" loses its backslash: in a string in braces JavaScript reads "\\${next}" as an escape, so KaTeX would get "${lostAs(next)}${word.slice(1)}"; ${fixes.braces}.`;
    }
  }
  return null;
}

const jsEscapes: Record<string, string> = {
  b: '(backspace)',
  f: '(form feed)',
  n: '(new line)',
  r: '(return)',
  t: '(tab)',
  v: '(vertical tab)',
};
const lostAs = (letter: string): string => jsEscapes[letter] ?? letter;

const printable = (latex: string): string => [...latex].map((c) => (c in escapeOf ? ' ' : c)).join('');
