import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imageProblems, mathProblems, placeholderProblems } from '../../../src/authoring/check-body.ts';
import { fixture } from './fixture-chapter.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'descent-check-body-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('mathProblems', () => {
  it('reports display and inline math at their own line, without KaTeX’s underline', () => {
    const chapter = fixture(
      'x',
      { order: 1 },
      'Fine $\\alpha$.\n\n$$\n\\frac{1}{\n$$\n\nAnd $\\alpah$ and $a \\\\ b$.\n',
    );
    const problems = mathProblems(chapter, chapter.tree!).map((p) => `${p.line}:${p.column}: ${p.message}`);
    expect(problems).toEqual([
      expect.stringMatching(/^8:1: display math: KaTeX parse error: .*\\frac\{1\}\{/),
      expect.stringMatching(/^12:5: \$\\alpah\$: KaTeX parse error: Undefined control sequence: \\alpah/),
      expect.stringMatching(/^12:18: .*two backslashes are a line break/),
    ]);
    expect(problems.join('')).not.toContain('\u0332');
  });
});

describe('imageProblems', () => {
  it('finds both forms of image on disk, and wants alt text', () => {
    mkdirSync(path.join(root, 'public/images'), { recursive: true });
    mkdirSync(path.join(root, 'content/chapters'), { recursive: true });
    writeFileSync(path.join(root, 'public/images/here.png'), '');
    writeFileSync(path.join(root, 'content/chapters/beside.png'), '');
    const chapter = fixture(
      'x',
      { order: 1 },
      '![A](/images/here.png) ![B](./beside.png)\n\n![](/images/gone.png) ![C](./gone.png) ![D](https://x.org/a.png)\n',
    );
    const problems = imageProblems(chapter, chapter.tree!, root).map((p) => `${p.line}:${p.column}: ${p.message}`);
    expect(problems).toEqual([
      expect.stringMatching(/^8:1: the image \/images\/gone\.png has no alt text/),
      expect.stringMatching(
        /^8:1: the image \/images\/gone\.png does not exist; put the file at public\/images\/gone\.png/,
      ),
      expect.stringMatching(
        /^8:23: the image \.\/gone\.png does not exist; put the file at content\/chapters\/gone\.png/,
      ),
      expect.stringMatching(/^8:40: the image https:\/\/x\.org\/a\.png is on another site/),
    ]);
  });
});

describe('placeholderProblems', () => {
  it('reports every line with a TODO', () => {
    const chapter = fixture('x', { order: 1, description: 'TODO: say it' }, 'Done.\n\nTODO: the idea. TODO again.\n');
    expect(placeholderProblems(chapter).map((p) => `${p.line}:${p.column}`)).toEqual(['4:15', '9:1']);
  });
});
