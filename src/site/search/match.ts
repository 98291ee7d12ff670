/**
 * Which of Pagefind's results really match a query, and where a result should open.
 *
 * Pagefind, finding no word that starts with a term, retries with the term cut shorter and
 * shorter: "xyzzy" ends up matching every "x" in the course. So the search keeps a page only when
 * it holds every (non-Chinese) term of the query as a word, allowing for the endings a stemmer
 * drops ("optimizers" finds "optimizer", "optimization" finds "optimizes"), never for a prefix cut
 * down to a letter. Chinese runs are checked as written (cjk.ts).
 */
import { hanTerms } from './cjk.ts';

/** The query's words outside Chinese runs, in lower case: "Adam's β₂ 偏差" gives ["adam's", "β₂"]. */
export function latinTerms(query: string): string[] {
  return query
    .replace(/\p{Script=Han}+/gu, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’_-]+/u)
    .map((t) => t.replace(/^['’_-]+|['’_-]+$/g, ''))
    .filter((t) => t.length > 0);
}

/** The words of a page's text, in lower case. */
export function wordsOf(content: string): string[] {
  return content
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’_-]+/u)
    .filter((w) => w.length > 0);
}

/**
 * Whether a page word counts as the query term: it starts with the term, or the two share a stem
 * as long as the term less an ending of up to five letters (and never shorter than four letters,
 * or than the term itself when the term is shorter than that).
 */
export function wordMatches(term: string, word: string): boolean {
  if (word.startsWith(term)) return true;
  const stem = Math.min(term.length, Math.max(4, term.length - 5));
  return word.length >= stem && word.slice(0, stem) === term.slice(0, stem);
}

/** Whether a page's text holds every Latin term of the query as a word and every Chinese run as written. */
export function pageMatches(content: string, query: string): boolean {
  const words = wordsOf(content);
  const latinOk = latinTerms(query).every((term) => words.some((w) => wordMatches(term, w)));
  const text = content.replace(/\s+/g, '');
  return latinOk && hanTerms(query).every((run) => text.includes(run));
}

export interface SubResult {
  url: string;
  locations?: readonly number[];
}

/**
 * Where a result opens: the section (heading anchor) Pagefind found the match in, plus a text
 * fragment (`#section:~:text=the-,heavy%20ball`) with the first match from that section on and the
 * word before it (a text fragment finds the first occurrence in the page, which may be in an
 * earlier section), so that browsers that support text fragments scroll to and highlight it; the
 * others stop at the section.
 */
export function resultHref(
  page: { url: string; content: string; sub_results?: readonly SubResult[] },
  query: string,
): string {
  const section = bestSection(page.sub_results ?? []);
  const [path = page.url, anchor = ''] = (section?.url ?? page.url).split('#');
  const target = matchedText(page.content, query, section?.locations?.[0]);
  const fragment =
    target === null
      ? ''
      : `:~:text=${target.prefix ? `${encodeTextDirective(target.prefix)}-,` : ''}${encodeTextDirective(target.text)}`;
  return anchor === '' && fragment === '' ? path : `${path}#${anchor}${fragment}`;
}

/** The section (a sub-result with a heading anchor) with the most matches, the earliest on a tie. */
export function bestSection<T extends SubResult>(subs: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const sub of subs) {
    if (!sub.url.includes('#')) continue;
    if (best === undefined || (sub.locations?.length ?? 0) > (best.locations?.length ?? 0)) best = sub;
  }
  return best ?? subs[0];
}

/**
 * The text a reader should be brought to, and the word before it: the first Chinese run of the
 * query, or the query's words as a phrase where the page has them in a row, or else the page's
 * word (as the page spells it) that matches the first Latin term; the first such place at or after
 * word `from` (Pagefind's position of the section's match), else the first in the page.
 */
export function matchedText(content: string, query: string, from = 0): { text: string; prefix?: string } | null {
  const han = hanTerms(query)[0];
  if (han !== undefined) return { text: han };
  const terms = latinTerms(query);
  if (terms.length === 0) return null;
  const raw = content.split(/\s+/).filter((w) => w.length > 0);
  const at = (i: number, term: string, exact: boolean) => {
    const word = wordsOf(raw[i] ?? '').find((w) => (exact ? w === term : wordMatches(term, w)));
    if (word === undefined) return null;
    const found = new RegExp(escapeRegExp(word), 'iu').exec(raw[i]!);
    return found ? { start: found.index, end: found.index + found[0].length } : null;
  };
  const find = (begin: number) => {
    for (let i = begin; i < raw.length; i++) {
      if (terms.length > 1 && i + terms.length <= raw.length) {
        const spans = terms.map((t, k) => at(i + k, t, true));
        const first = spans[0];
        const last = spans[spans.length - 1];
        if (first && last && spans.every((x) => x !== null)) {
          const words = raw.slice(i, i + terms.length);
          words[0] = words[0]!.slice(first.start);
          words[words.length - 1] = words[words.length - 1]!.slice(0, last.end);
          return { i, start: first.start, text: words.join(' ') };
        }
      }
      const one = at(i, terms[0]!, false);
      if (one) return { i, start: one.start, text: raw[i]!.slice(one.start, one.end) };
    }
    return null;
  };
  const hit = find(Math.max(0, from)) ?? find(0);
  if (hit === null) return null;
  // The word before only when it is right before (a match inside "(heavy" has no plain neighbour).
  const prefix = hit.i > 0 && hit.start === 0 ? raw[hit.i - 1] : undefined;
  return prefix === undefined ? { text: hit.text } : { text: hit.text, prefix };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A text directive value: percent-encoded, including the characters the directive syntax uses. */
function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}
