import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Chapters 5–9 carry at least 1,200 words of teaching prose in English, and a comparable amount
 * in Chinese (counted in Han characters: about two per English word). Counted: prose, lists,
 * block bodies and quiz explanations. Not counted: frontmatter, component tags and their props,
 * math, inline code, headings and the references.
 */
const slugs = ['momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'] as const;

const prose = (path: string): string =>
  proseOf(readFileSync(fileURLToPath(new URL(`../../../content/chapters/${path}`, import.meta.url)), 'utf8'));

function proseOf(text: string): string {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const refs = body.search(/^## (References|参考文献)/m);
  return (refs >= 0 ? body.slice(0, refs) : body)
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' ')
    .replace(/<[A-Z][^>]*?\/>/gs, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/gs, ' ')
    .replace(/^#+ .*$/gm, ' ')
    .replace(/`[^`]*`/g, ' ');
}

const englishWords = (text: string): number => (text.match(/[A-Za-z0-9][A-Za-z0-9'’.-]*/g) ?? []).length;
const hanCharacters = (text: string): number => (text.match(/[\u4e00-\u9fff]/g) ?? []).length;

describe('prose length of chapters 5–9', () => {
  it('the counters count what they should', () => {
    const mdx = '---\ntitle: x\n---\n## Heading\n\nThe ball, at $w$, rolls `fast`.\n\n<TryThis>\n\nStep once.\n\n</TryThis>\n\n<Rule optimizer="adam" />\n\n## References\n\n1. A paper.\n';
    expect(englishWords(proseOf(mdx))).toBe(6);
    expect(hanCharacters('学习率 α 取 0.1 时')).toBe(5);
  });
  for (const slug of slugs) {
    it(`${slug}: at least 1,200 English words`, () => {
      expect(englishWords(prose(`${slug}.mdx`))).toBeGreaterThanOrEqual(1200);
    });
    it(`${slug}: at least 2,200 Han characters in Chinese`, () => {
      expect(hanCharacters(prose(`zh-cn/${slug}.mdx`))).toBeGreaterThanOrEqual(2200);
    });
  }
});
