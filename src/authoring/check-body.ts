import { existsSync } from 'node:fs';
import path from 'node:path';
import katex from 'katex';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { katexOptions } from '../typeset/katex.ts';
import { mathEscapeProblem } from '../typeset/math-escapes.ts';
import type { ChapterSource } from './chapter-source.ts';
import type { Problem } from './problem.ts';

interface Positioned {
  position?: { start: { line: number; column: number } } | undefined;
}
const at = (chapter: ChapterSource, node: Positioned, message: string): Problem => ({
  file: chapter.file,
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
  message,
});

/**
 * The math of a chapter's text, each formula rendered with the course's KaTeX options: bad
 * LaTeX is reported at the formula's own line (display math too), with KaTeX's message, and
 * inline math with a doubled backslash (a line break, never meant there) is reported as well.
 */
export function mathProblems(chapter: ChapterSource, tree: Root): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node) => {
    if (node.type !== 'math' && node.type !== 'inlineMath') return;
    const display = node.type === 'math';
    try {
      katex.renderToString(node.value, { ...katexOptions, displayMode: display });
    } catch (error) {
      // KaTeX underlines the spot with U+0332 after each character; drop it, the line says where.
      const reason = (error instanceof Error ? error.message : String(error)).replace(/\u0332/g, '');
      problems.push(
        at(
          chapter,
          node,
          `${display ? 'display math' : `$${node.value}$`}: ${reason}. See the supported commands at https://katex.org/docs/supported.html.`,
        ),
      );
      return;
    }
    const escape = display ? null : mathEscapeProblem(`$${node.value}$`, 'body');
    if (escape) problems.push(at(chapter, node, escape));
  });
  return problems;
}

/**
 * Images: `![alt](/images/x.png)` must be a file in public/ (public/images/x.png), and
 * `![alt](./x.png)` a file beside the chapter; both need alt text. Images from other sites are
 * refused (the Content-Security-Policy would block them in the reader's browser).
 */
export function imageProblems(chapter: ChapterSource, tree: Root, root: string): Problem[] {
  const problems: Problem[] = [];
  visit(tree, 'image', (node) => {
    const url = node.url.split(/[?#]/)[0] ?? '';
    if (node.alt === null || node.alt === undefined || node.alt.trim() === '') {
      problems.push(
        at(
          chapter,
          node,
          `the image ${node.url} has no alt text; describe what it shows between the brackets: ![A loss curve that flattens](${node.url}).`,
        ),
      );
    }
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
      problems.push(
        at(
          chapter,
          node,
          `the image ${node.url} is on another site, which the course's Content-Security-Policy blocks; save it in public/images/ and write ![...](/images/name.png).`,
        ),
      );
      return;
    }
    const target = url.startsWith('/')
      ? path.join(root, 'public', decodeURI(url))
      : path.join(root, path.dirname(chapter.file), decodeURI(url));
    if (!existsSync(target)) {
      const where = path.relative(root, target).split(path.sep).join('/');
      const fix = url.startsWith('/')
        ? `put the file at ${where} (an address starting with / is a file in public/)`
        : `put the file at ${where} (an address starting with ./ is a file beside the chapter), or check the name`;
      problems.push(at(chapter, node, `the image ${node.url} does not exist; ${fix}.`));
    }
  });
  return problems;
}

/**
 * TODO placeholders (from `npm run new:chapter`) in a chapter that is published: each line that
 * still has one. A draft may keep them; the production build leaves drafts out.
 */
export function placeholderProblems(chapter: ChapterSource): Problem[] {
  const problems: Problem[] = [];
  chapter.text.split('\n').forEach((line, index) => {
    const column = line.indexOf('TODO');
    if (column < 0) return;
    problems.push({
      file: chapter.file,
      line: index + 1,
      column: column + 1,
      message:
        'a TODO placeholder in a published chapter; write the text, or keep the chapter a draft (draft: true) until it is done.',
    });
  });
  return problems;
}
