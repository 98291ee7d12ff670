/**
 * Each optimizer file writes its update rule twice: in the doc comment (for the reader of the
 * code) and as the exported `latex` string (what a chapter renders). This checks that the two
 * are the same text, so neither can be edited alone. The same for the schedules' formulas.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { optimizerLatex, optimizerNames, scheduleLatex } from '../../../../src/engine/optim/index.ts';

const fileOf = (name: string) => fileURLToPath(new URL(`../../../../src/engine/optim/${name}.ts`, import.meta.url));

/** The first `aligned` block of the file's leading doc comment, without the ` * ` margins. */
function docCommentLatex(source: string): string {
  const comment = /^\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
  const text = comment
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n');
  const begin = text.indexOf(String.raw`\begin{aligned}`);
  const end = text.indexOf(String.raw`\end{aligned}`);
  if (begin === -1 || end === -1) return '';
  return text.slice(begin, end + String.raw`\end{aligned}`.length);
}

describe('doc-comment formulas equal the exported LaTeX', () => {
  for (const name of optimizerNames) {
    it(`${name}.ts`, () => {
      const fromComment = docCommentLatex(readFileSync(fileOf(name), 'utf8'));
      expect(fromComment).not.toBe('');
      expect(fromComment).toBe(optimizerLatex[name]);
    });
  }

  it('schedule.ts', () => {
    expect(docCommentLatex(readFileSync(fileOf('schedule'), 'utf8'))).toBe(scheduleLatex);
  });

  it('notices an edit on either side', () => {
    const source = readFileSync(fileOf('sgd'), 'utf8');
    const edited = source.replace(
      String.raw` * w_t &= w_{t-1} - \alpha\, g_t`,
      String.raw` * w_t &= w_{t-1} - \alpha g_t`,
    );
    expect(edited).not.toBe(source);
    expect(docCommentLatex(edited)).not.toBe(optimizerLatex.sgd);
  });
});
