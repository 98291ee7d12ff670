import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chapterText } from './chapter-text.ts';

/** One Chinese word per idea across the Chinese edition (issue #18, terms). */
const slugs = readdirSync(fileURLToPath(new URL('../../../content/chapters/zh-cn/', import.meta.url)))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -4));

/** A chapter's prose: without its references, component tag names and the Distill article's title. */
const prose = (slug: string): string =>
  chapterText(slug, 'zh-cn')
    .replace(/## 参考文献[\s\S]*$/, '')
    .replace(/<\/?[A-Z][A-Za-z]*/g, '<')
    .replace(/Why Momentum Really Works/g, '');

describe('Chinese terms', () => {
  it('reads the chapters', () => {
    expect(slugs).toContain('momentum');
  });
  for (const slug of slugs) {
    it(`${slug}: 动量, 锯齿, 累加器, 信赖域, 正体`, () => {
      const text = prose(slug);
      expect(text).not.toMatch(/Momentum/);
      expect(text).not.toMatch(/之字形/);
      expect(text).not.toMatch(/缓存/);
      expect(text).not.toMatch(/信任域/);
      expect(text).not.toMatch(/直立的/);
    });
  }
  it('the words chosen are the ones used', () => {
    expect(prose('momentum')).toMatch(/锯齿形振荡/);
    expect(prose('rmsprop')).toMatch(/累加器本身有多少噪声/);
    expect(prose('adam')).toMatch(/信赖域/);
    expect(prose('partial-derivatives')).toMatch(/用正体 \$d\$ 写的/);
  });
});
