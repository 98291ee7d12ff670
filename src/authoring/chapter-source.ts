import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mathFromMarkdown } from 'mdast-util-math';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { math } from 'micromark-extension-math';
import { mdxjs } from 'micromark-extension-mdxjs';
import { defaultLocale, isLocale, type Locale } from '../i18n/locales.ts';
import type { Problem } from './problem.ts';

/** The chapters' folder, relative to the project root. */
export const chaptersDir = 'content/chapters';

/**
 * One chapter file as the author wrote it, read straight from disk so that every check can run
 * before Astro bundles anything (a mistake fails in seconds) and can point at the author's line.
 */
export interface ChapterSource {
  /** Relative to the project root, e.g. content/chapters/zh-cn/momentum.mdx. */
  file: string;
  locale: Locale;
  slug: string;
  text: string;
  /** The frontmatter as YAML gives it; checked against chapterSchema separately. */
  data: Record<string, unknown>;
  /** The body as MDX (positions count lines from the top of the file), or null if it does not parse. */
  tree: Root | null;
}

/** The line (1-based) of a frontmatter field (`order:`), or 1 when it is not there. */
export function fieldLine(chapter: ChapterSource, field: string): number {
  const lines = chapter.text.split('\n');
  const end = lines.indexOf('---', 1);
  const index = lines.findIndex((line, i) => i > 0 && (end < 0 || i < end) && line.startsWith(`${field}:`));
  return index < 0 ? 1 : index + 1;
}

/** A problem at a frontmatter field of a chapter. */
export const atField = (chapter: ChapterSource, field: string, message: string): Problem => ({
  file: chapter.file,
  line: fieldLine(chapter, field),
  column: 1,
  message,
});

/** Parses a chapter's MDX body the way @astrojs/mdx reads it (MDX, with $...$ math). */
export function parseBody(text: string): Root {
  const { content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
  return fromMarkdown(content, {
    extensions: [mdxjs(), math()],
    mdastExtensions: [mdxFromMarkdown(), mathFromMarkdown()],
  });
}

/**
 * Every chapter under `root`/content/chapters, English first. Files that cannot be read as a
 * chapter (YAML or MDX that does not parse) are reported in `problems` with their line.
 */
export function readChapters(root: string): { chapters: ChapterSource[]; problems: Problem[] } {
  const chapters: ChapterSource[] = [];
  const problems: Problem[] = [];
  const base = path.join(root, chaptersDir);
  if (!existsSync(base)) return { chapters, problems };
  const files = readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.split(path.sep).join('/'))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  for (const name of files) {
    const file = `${chaptersDir}/${name}`;
    const parts = name.slice(0, -'.mdx'.length).split('/');
    const folder = parts.length === 2 ? parts[0] : undefined;
    // Sub-folders that are not a language are reported by the course's own check (chapters.ts).
    if (parts.length > 2 || (folder !== undefined && (!isLocale(folder) || folder === defaultLocale))) continue;
    const locale: Locale = folder === undefined ? defaultLocale : folder;
    const text = readFileSync(path.join(base, name), 'utf8');
    let data: Record<string, unknown>;
    try {
      data = parseFrontmatter(text).frontmatter;
    } catch (error) {
      const mark = (error as { mark?: { line?: number; column?: number } }).mark;
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      problems.push({
        file,
        line: (mark?.line ?? 0) + 2,
        column: (mark?.column ?? 0) + 1,
        message: `the frontmatter is not valid YAML (${reason}).`,
      });
      continue;
    }
    let tree: Root | null = null;
    try {
      tree = parseBody(text);
    } catch (error) {
      const e = error as { line?: number; column?: number; reason?: string; message?: string };
      problems.push({
        file,
        line: e.line ?? 1,
        column: e.column ?? 1,
        message: `${e.reason ?? e.message ?? String(error)} (MDX cannot read this line).`,
      });
    }
    chapters.push({ file, locale, slug: parts[parts.length - 1] ?? name, text, data, tree });
  }
  return { chapters, problems };
}
