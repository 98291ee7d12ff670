import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { katexOptions } from '../../../src/typeset/katex.ts';
import { rehypeKatexStrict } from '../../../src/typeset/rehype-katex-strict.ts';

/** The error the chapter pipeline's math steps throw for `markdown`, or null. */
async function mathError(markdown: string): Promise<(Error & { line?: number; column?: number }) | null> {
  const file = new VFile({ path: `${process.cwd()}/content/chapters/x.mdx`, value: markdown });
  try {
    await unified()
      .use(remarkParse)
      .use(remarkMath)
      .use(remarkRehype)
      .use(rehypeKatex, katexOptions)
      .use(rehypeKatexStrict)
      .use(rehypeStringify)
      .process(file);
    return null;
  } catch (error) {
    return error as Error;
  }
}

describe('rehypeKatexStrict', () => {
  it('puts bad display math at the line of its opening $$ (the dev overlay reads line and column)', async () => {
    const error = await mathError('Some text.\n\nMore text.\n\n$$\nw = \\frac{1}{\n$$\n');
    expect(error).not.toBeNull();
    expect(error!.line).toBe(5);
    expect(error!.column).toBe(1);
    expect(error!.message).toContain('content/chapters/x.mdx:5:1: KaTeX parse error');
    expect(error!.message).toContain('See the supported commands at https://katex.org/docs/supported.html.');
  });

  it('puts bad inline math at its own line and column, without KaTeX underline characters', async () => {
    const error = await mathError('One line.\n\nThen $\\alpah$ here.\n');
    expect(error!.line).toBe(3);
    expect(error!.column).toBe(6);
    expect(error!.message).toContain('x.mdx:3:6:');
    expect(error!.message).not.toMatch(/\u0332/);
  });

  it('lets good math through', async () => {
    expect(await mathError('$$\nw_t = w_{t-1} - \\alpha\\, g_t\n$$\n\nand $\\alpha$.')).toBeNull();
  });
});
