/**
 * Chinese queries, done right in the browser. Pagefind segments Chinese text into words when it
 * builds the index, but in the browser it does not segment the query the same way: a query such
 * as 重球 ends up matching pages that merely contain 重 (in 权重) and 球 somewhere apart, and the
 * excerpt marks single characters. So for the Han runs of a query, the search keeps only the
 * pages whose text contains each run as written, and builds the excerpt around the run itself.
 */

/** The runs of Han characters in a query ("Adam 偏差修正" gives ["偏差修正"]). */
export function hanTerms(query: string): string[] {
  return query.match(/\p{Script=Han}+/gu) ?? [];
}

/** Whether a page's text contains every term as written (whitespace inside the text ignored). */
export function containsAll(content: string, terms: readonly string[]): boolean {
  const text = content.replace(/\s+/g, '');
  return terms.every((term) => text.includes(term));
}

export interface ExcerptPart {
  readonly text: string;
  readonly mark: boolean;
}

/**
 * A short passage of `content` around the first occurrence of the first term found, every
 * occurrence of any term in it marked. `before` and `after` are characters of context. The text
 * is returned as parts (never HTML), so nothing from the page is parsed again.
 */
export function excerptAround(content: string, terms: readonly string[], before = 24, after = 48): ExcerptPart[] {
  const text = content.replace(/\s+/g, ' ');
  let at = -1;
  for (const term of terms) {
    at = text.indexOf(term);
    if (at >= 0) break;
  }
  if (at < 0) return [{ text: text.slice(0, before + after), mark: false }];
  const start = Math.max(0, at - before);
  const end = Math.min(text.length, at + after);
  const passage = text.slice(start, end);
  const sorted = [...terms].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  const parts: ExcerptPart[] = [];
  let plain = start > 0 ? '…' : '';
  for (let i = 0; i < passage.length; ) {
    const term = sorted.find((t) => passage.startsWith(t, i));
    if (term) {
      if (plain) parts.push({ text: plain, mark: false });
      plain = '';
      parts.push({ text: term, mark: true });
      i += term.length;
    } else {
      plain += passage[i];
      i++;
    }
  }
  if (end < text.length) plain += '…';
  if (plain) parts.push({ text: plain, mark: false });
  return parts;
}
