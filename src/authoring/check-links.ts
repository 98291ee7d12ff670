import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { componentSchemas } from '../../components/registry.ts';
import { defaultLocale, localeInfo, locales, type Locale } from '../i18n/locales.ts';
import type { ChapterSource } from './chapter-source.ts';
import { didYouMean, type Problem } from './problem.ts';

/** What a link can point at in a chapter: its headings' ids and its widgets' ids. */
export interface Target {
  chapter: ChapterSource;
  headings: Set<string>;
  widgets: Set<string>;
  published: boolean;
}

const textOf = (node: Nodes): string =>
  'value' in node && typeof node.value === 'string'
    ? node.value
    : 'children' in node
      ? node.children.map((c) => textOf(c as Nodes)).join('')
      : '';

/** Heading ids the way Astro gives them (github-slugger over the heading's text, -1, -2 for repeats). */
export function headingIds(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  visit(tree, 'heading', (node) => {
    ids.add(slugger.slug(textOf(node)));
  });
  return ids;
}

type IdShape = {
  shape?: Record<string, { safeParse: (v: unknown) => { success: boolean; data?: unknown } } | undefined>;
};

/** The ids of a chapter's widgets (each prefixes its state in the page URL: ?race.lr=0.1). */
export function widgetIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name === null || node.name === 'Quiz') return;
    const schema = componentSchemas[node.name] as IdShape | undefined;
    const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
    const parsed = schema?.shape?.['id']?.safeParse(typeof attribute?.value === 'string' ? attribute.value : undefined);
    if (parsed?.success && typeof parsed.data === 'string') ids.add(parsed.data);
  });
  return ids;
}

/** The first path segments of the site's pages other than chapters (src/pages), e.g. about, authoring. */
export function sitePages(root: string): Set<string> {
  const dir = path.join(root, 'src/pages');
  if (!existsSync(dir)) return new Set();
  return new Set(readdirSync(dir).map((name) => name.replace(/\.astro$/, '')));
}

const pageOf = (locale: Locale, slug: string): string => {
  const prefix = localeInfo[locale].prefix;
  return `${prefix ? `/${prefix}` : ''}/chapters/${slug}/`;
};

/**
 * Internal links of one chapter: a chapter that exists (and is published, in a production
 * build), a heading that exists on that page (#section), URL parameters that belong to a widget
 * on it (?race.lr=0.1), or another page of the site or a file in public/. Each wrong one is
 * reported at its line with the nearest correct name.
 */
export function linkProblems(
  chapter: ChapterSource,
  tree: Root,
  targets: ReadonlyMap<string, Target>,
  root: string,
  pages: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const here = `https://course.invalid${pageOf(chapter.locale, chapter.slug)}`;
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const report = (message: string) =>
      problems.push({
        file: chapter.file,
        line: node.position?.start.line ?? 1,
        column: node.position?.start.column ?? 1,
        message,
      });
    const raw = node.url;
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(raw)) return; // another site, mailto:
    const url = new URL(raw, here);
    let rest = decodeURI(url.pathname);
    let locale: Locale = defaultLocale;
    for (const l of locales) {
      const prefix = localeInfo[l].prefix;
      if (prefix && (rest === `/${prefix}` || rest.startsWith(`/${prefix}/`))) {
        locale = l;
        rest = rest.slice(prefix.length + 1) || '/';
      }
    }
    const match = /^\/chapters\/([^/]*)\/?$/.exec(rest);
    if (!match) {
      const first = rest.split('/')[1] ?? '';
      if (rest === '/' || (first !== 'chapters' && pages.has(first)) || existsSync(path.join(root, 'public', rest)))
        return;
      report(
        `the link ${raw} goes to no page of the course; link a chapter as /chapters/<slug>/, a section as /chapters/<slug>/#heading, or put the file in public/.`,
      );
      return;
    }
    const slug = match[1] ?? '';
    const target = targets.get(`${locale}/${slug}`);
    if (!target) {
      const same = [...targets.values()].filter((t) => t.chapter.locale === locale).map((t) => t.chapter.slug);
      const guess = didYouMean(slug, same, (s) => pageOf(locale, s));
      report(
        `the link ${raw} goes to no chapter: there is no ${locale === defaultLocale ? '' : `${locale}/`}${slug}.mdx.${guess} Link a chapter by its file name: /chapters/<slug>/.`,
      );
      return;
    }
    if (!target.published) {
      report(
        `the link ${raw} goes to a draft (${target.chapter.file}), which the production build leaves out; remove the link or publish that chapter.`,
      );
      return;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && !target.headings.has(anchor)) {
      const guess = didYouMean(anchor, target.headings, (s) => `#${s}`);
      report(
        `the link ${raw} names no heading of ${target.chapter.file}.${guess} A section's anchor is its heading in lower case, words joined by hyphens.`,
      );
    }
    for (const key of url.searchParams.keys()) {
      const widget = key.split('.')[0] ?? '';
      if (target.widgets.has(widget)) continue;
      const guess = didYouMean(widget, target.widgets);
      const known =
        target.widgets.size > 0
          ? ` Widgets on that page: ${[...target.widgets].join(', ')}.`
          : ' That page has no widget.';
      report(
        `the link ${raw} sets "${key}", but no widget on ${target.chapter.file} has the id "${widget}".${guess}${known}`,
      );
    }
  });
  return problems;
}
