import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { optimizerLatex, optimizerNames } from '../../../src/engine/optim/index.ts';
import { chapterText } from './chapter-text.ts';

/** One step convention and no clash with g_t, course-wide (issue #18, notation). */
const slugs = readdirSync(fileURLToPath(new URL('../../../content/chapters/', import.meta.url)))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -4));
const chapters = slugs.flatMap((slug) => [
  { name: slug, text: chapterText(slug) },
  { name: `zh-cn/${slug}`, text: chapterText(slug, 'zh-cn') },
]);

describe('notation across the chapters', () => {
  it('reads every chapter in both languages', () => {
    expect(slugs).toContain('introduction');
    expect(chapters.length).toBe(2 * slugs.length);
  });

  it('the engine steps from w_{t-1} to w_t, and so does every chapter', () => {
    // AdamW shrinks first: w_t = (1 - αλ) w_{t-1} - …; every rule still steps from w_{t-1} to w_t.
    for (const name of optimizerNames) expect(optimizerLatex[name]).toMatch(/w_t &= (\(1 - \\alpha \\lambda\)\\, )?w_\{t-1\}/);
    for (const { name, text } of chapters) expect(text, name).not.toMatch(/w_\{t ?\+ ?1\}/);
    expect(chapterText('introduction')).toContain('w_t = w_{t-1} - \\alpha \\, \\frac{dL}{dw}(w_{t-1})');
    expect(chapterText('introduction', 'zh-cn')).toContain('w_t = w_{t-1} - \\alpha \\, \\frac{dL}{dw}(w_{t-1})');
  });

  it('the slice of the loss is φ(u), not g(t), which would clash with the gradient g_t at step t', () => {
    for (const { name, text } of chapters) expect(text, name).not.toMatch(/(^|[^a-zA-Z\\])g\(t\)/);
    for (const lang of ['en', 'zh-cn'] as const) {
      const text = chapterText('partial-derivatives', lang);
      expect(text).toContain('\\varphi(u) = L(w_1, \\dots, w_{i-1},\\ u,\\ w_{i+1}, \\dots, w_n)');
      expect(text).toContain("\\varphi'(w_i)");
    }
  });
});
