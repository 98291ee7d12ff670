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
 * fragment (`#section:~:text=word`) with the first matching word of the page, so that browsers
 * that support text fragments scroll to and highlight it; the others stop at the section.
 */
export function resultHref(
  page: { url: string; content: string; sub_results?: readonly SubResult[] },
  query: string,
): string {
  const section = bestSection(page.sub_results ?? []);
  const [path = page.url, anchor = ''] = (section?.url ?? page.url).split('#');
  const target = matchedText(page.content, query, section?.locations?.[0]);
  const fragment = target === null ? '' : `:~:text=${encodeTextDirective(target)}`;
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
 * The text a reader should be brought to: the first Chinese run of the query, or the page's word
 * (as the page spells it) that matches the first Latin term, preferably at or after the word
 * position Pagefind reports for the section.
 */
export function matchedText(content: string, query: string, from = 0): string | null {
  const han = hanTerms(query)[0];
  if (han !== undefined) return han;
  const term = latinTerms(query)[0];
  if (term === undefined) return null;
  const raw = content.split(/\s+/).filter((w) => w.length > 0);
  const find = (start: number) => {
    for (let i = start; i < raw.length; i++) {
      const word = wordsOf(raw[i]!).find((w) => wordMatches(term, w));
      if (word !== undefined) return raw[i]!.match(new RegExp(escapeRegExp(word), 'iu'))?.[0] ?? null;
    }
    return null;
  };
  return find(Math.max(0, from)) ?? find(0);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A text directive value: percent-encoded, including the characters the directive syntax uses. */
function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}
