import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import { rehypeMathPunctuation } from '../../../src/typeset/rehype-math-punctuation.ts';

const render = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkMath)
      .use(remarkRehype)
      .use(rehypeKatex)
      .use(rehypeMathPunctuation)
      .use(rehypeStringify)
      .processSync(markdown),
  );

describe('rehypeMathPunctuation', () => {
  it('keeps Chinese punctuation after a formula on its line', () => {
    const html = render('速度 $\\mu v$，然后再走一步。');
    expect(html).toMatch(/<span class="math-nowrap"><span class="katex">.*<\/span>，<\/span>然后再走一步。/);
  });

  it('wraps opening and closing brackets around a formula, and leaves other text alone', () => {
    const html = render('（$x$）后面的文字');
    expect(html).toMatch(/<p><span class="math-nowrap">（<span class="katex">.*<\/span>）<\/span>后面的文字<\/p>/);
    expect(render('没有标点 $y$ 的公式')).not.toContain('math-nowrap');
  });

  it('works for English commas and full stops, and never wraps display math', () => {
    expect(render('so $w$, then')).toMatch(/<span class="math-nowrap"><span class="katex">.*<\/span>,<\/span> then/);
    expect(render('$$\na^2\n$$\n\n，')).not.toContain('math-nowrap');
  });
});
