/**
 * Behaviour of the header search (SearchBox.astro). Pagefind's own script (written by
 * src/site/search/pagefind.ts to <base>/pagefind/) is imported the first time the dialog opens; it
 * picks the index of the page's `<html lang>`.
 */

import { excerptAround, hanTerms } from './cjk.ts';
import { bestSection, pageMatches, resultHref } from './match.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: { title?: string };
  sub_results?: { url: string; title: string; excerpt: string; locations?: number[] }[];
}
interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, options?: object, debounceMs?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

interface Strings {
  hint: string;
  searching: string;
  one: string;
  many: string;
  none: string;
  failed: string;
}

const maxResults = 8;
/** How many of Pagefind's results are checked for the query's words (see match.ts and cjk.ts). */
const maxChecked = 40;

/** Pagefind's excerpt is HTML with <mark> around matches: keep the text and the marks, nothing else. */
export function excerptNodes(html: string, doc: Document = document): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const nodes: Node[] = [];
  for (const child of Array.from(parsed.body.childNodes)) {
    if (child.nodeName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = child.textContent;
      nodes.push(mark);
    } else {
      nodes.push(doc.createTextNode(child.textContent ?? ''));
    }
  }
  return nodes;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function mountSearch(root: HTMLElement): void {
  const open = root.querySelector<HTMLButtonElement>('[data-search-open]');
  const dialog = root.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  if (!open || !dialog || !input || !status || !list) return;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const bundle = root.dataset['bundle'] ?? '/pagefind/';
  const base = root.dataset['base'] ?? '/';
  let api: Promise<PagefindApi> | null = null;

  const load = (): Promise<PagefindApi> => {
    api ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
      await pagefind.options({ baseUrl: base, excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    })();
    return api;
  };

  const show = () => {
    if (dialog.open) return;
    dialog.showModal();
    input.select();
    load().catch(() => {
      status.textContent = strings.failed;
    });
  };

  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (query === '') {
      list.replaceChildren();
      status.textContent = strings.hint;
      return;
    }
    status.textContent = strings.searching;
    try {
      const pagefind = await load();
      const search = await pagefind.debouncedSearch(query, {}, 200);
      if (search === null || ticket !== latest) return;
      // Pagefind pads its results with pages that hold only a shortened term ("xyzzy" finds every
      // "x") and matches a Chinese word's characters apart: keep the pages that hold every term,
      // and excerpt a Chinese query around the word itself.
      const han = hanTerms(query);
      const all = await Promise.all(search.results.slice(0, maxChecked).map((r) => r.data()));
      if (ticket !== latest) return;
      const matching = all.filter((d) => pageMatches(d.content, query));
      const count = matching.length === all.length ? search.results.length : matching.length;
      const data = matching.slice(0, maxResults);
      list.replaceChildren(
        ...data.map((d) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          // Open at the section of the match, the word itself highlighted where text fragments work.
          link.href = resultHref(d, query);
          const title = document.createElement('span');
          title.className = 'search-results__title';
          title.textContent = d.meta.title ?? d.url;
          const excerpt = document.createElement('span');
          excerpt.className = 'search-results__excerpt';
          if (han.length > 0) {
            excerpt.append(
              ...excerptAround(d.content, han).map((part) => {
                if (!part.mark) return document.createTextNode(part.text);
                const mark = document.createElement('mark');
                mark.textContent = part.text;
                return mark;
              }),
            );
          } else excerpt.append(...excerptNodes(bestSection(d.sub_results ?? [])?.excerpt ?? d.excerpt));
          link.append(title, excerpt);
          item.append(link);
          return item;
        }),
      );
      const template = count === 0 ? strings.none : count === 1 ? strings.one : strings.many;
      status.textContent = template.replace('{n}', String(count)).replace('{q}', query);
    } catch {
      if (ticket === latest) status.textContent = strings.failed;
    }
  };

  open.hidden = false;
  open.addEventListener('click', show);
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // A search field's own Escape would only clear it: close the dialog at once.
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      list.querySelector('a')?.click();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      list.querySelector('a')?.focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    const links = Array.from(list.querySelectorAll('a'));
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links[Math.min(links.length - 1, at + 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (at === 0 ? input : links[at - 1])?.focus();
    }
  });
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if ((slash && !isTyping(event.target)) || k) {
      event.preventDefault();
      show();
    }
  });
}
