import type { Root } from 'hast';
import path from 'node:path';
import type { VFile } from 'vfile';

/**
 * rehype-katex reports bad LaTeX as a warning on the file and renders a red `.katex-error`
 * span. A course page must never ship that, so this plugin (placed right after rehype-katex)
 * turns every rehype-katex message into a build error that names the chapter file, the line and
 * quotes KaTeX's own message.
 */
export function rehypeKatexStrict() {
  return (_tree: Root, file: VFile) => {
    const problems = file.messages.filter((m) => m.source === 'rehype-katex');
    if (problems.length === 0) return;
    const points = problems.map(pointOf);
    const lines = problems.map((m, i) => {
      const point = points[i];
      const where = point ? `:${point.line}:${point.column}` : '';
      // KaTeX underlines the spot with U+0332 after each character; the line and column say where.
      const cause = (m.cause instanceof Error ? m.cause.message : String(m.reason)).replace(/\u0332/g, '');
      return `  ${relative(file.path)}${where}: ${cause}. See the supported commands at https://katex.org/docs/supported.html.`;
    });
    // line and column are what @astrojs/mdx and the dev overlay read to show the author's line.
    const first = points.find((p) => p !== undefined);
    throw Object.assign(
      new Error(`Invalid LaTeX in ${relative(file.path)}:\n${lines.join('\n')}`),
      first ? { line: first.line, column: first.column } : {},
    );
  };
}

type Point = { line: number; column: number };

/**
 * Where a rehype-katex message points. Inline math carries its own position; display math does
 * not: remark-math puts it on the <pre> around the <code> that rehype-katex reports, so without
 * the nearest positioned ancestor the dev overlay would show line 1 of the chapter.
 */
function pointOf(message: VFile['messages'][number]): Point | undefined {
  const place = message.place;
  if (place) return 'start' in place ? place.start : place;
  const ancestors = (message.ancestors ?? []) as readonly { position?: { start: Point } }[];
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const start = ancestors[i]?.position?.start;
    if (start) return { line: start.line, column: start.column };
  }
  return undefined;
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
