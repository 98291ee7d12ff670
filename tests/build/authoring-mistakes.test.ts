/**
 * The instructor's mistakes of issue #23, all in one build: each fails `astro build` before
 * anything is bundled, at the author's file, line and column, with the fix, and without a stack
 * trace. One build reports them all (the checks read every chapter first: src/authoring/preflight.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapter, tempProject, type TempProject } from './temp-project.ts';

let project: TempProject;
let output = '';
let code = 0;

const body = [
  'See [gradient descent](/chapters/gradient-decent/) and [the idea](/chapters/introduction/#no-such-heading).',
  '',
  'A race of two Adams: [link](/chapters/zz-warm-up/?nope.lr=0.1).',
  '',
  '![](/images/missing.png)',
  '',
  '![A plot beside the chapter](./missing-local.png)',
  '',
  '<Quiz id="q1" question="Why $\\\\alpha_{\\\\max}$?" choices={["$2/\\lambda_{\\max}$", "b"]} answer={0}>',
  '',
  'Because.',
  '',
  '</Quiz>',
  '',
  '<Race id="twice" optimizers={["adam", "adam"]} />',
  '',
  '<Race id="extra" optimizers={["sgd"]} hyper={{ sgd: { beta1: 0.9 }, momentum: { learningRate: 0.1 }, adam: { lr: 0.1 } }} />',
  '',
  '<Trainr />',
  '',
  '$$',
  '\\frac{1}{',
  '$$',
  '',
].join('\n');

const files: Record<string, string> = {
  'zz-warm-up.mdx': chapter({ objectives: "\n  - 'Pick $\\\\alpha$ well.'", prerequisites: '[zz-unfinished]' }, body),
  'zz-unfinished.mdx': chapter({ order: '950', draft: 'true' }),
  // A translation under a misspelt name, and one whose order differs from its English chapter's.
  'zh-cn/zz-warmup.mdx': chapter({ title: '学习率预热' }),
  'zh-cn/introduction.mdx': chapter({ title: '引言', order: '5' }),
};

/** "file:line:" of the first line of a fixture that contains `marker` (the body starts on line 9). */
function at(file: string, marker: string): string {
  const line = (files[file] ?? '').split('\n').findIndex((l) => l.includes(marker)) + 1;
  return `content/chapters/${file}:${line}:`;
}

beforeAll(async () => {
  project = tempProject('descent-mistakes-test-');
  ({ code, output } = await project.buildWith(files));
}, 300_000);
afterAll(() => project.remove());

describe('one build with every kind of instructor mistake', () => {
  it('fails before bundling, with no stack trace', () => {
    expect(code, output.slice(-3000)).not.toBe(0);
    expect(output).toContain('mistakes in the chapters (file:line:column: what is wrong; the fix)');
    expect(output).not.toContain('Building static entrypoints');
    expect(output).not.toContain('Stack trace');
    expect(output).not.toMatch(/Location:|:0:0/);
  });

  const cases: [string, () => string, RegExp | string][] = [
    [
      'a link to a misspelt chapter',
      () => at('zz-warm-up.mdx', 'gradient-decent'),
      'goes to no chapter: there is no gradient-decent.mdx',
    ],
    [
      'a link to a heading that does not exist',
      () => at('zz-warm-up.mdx', 'no-such-heading'),
      'names no heading of content/chapters/introduction.mdx',
    ],
    [
      'a link setting a widget that is not on the page',
      () => at('zz-warm-up.mdx', 'nope.lr'),
      'no widget on content/chapters/zz-warm-up.mdx has the id "nope"',
    ],
    ['an image without alt text', () => at('zz-warm-up.mdx', 'missing.png'), 'has no alt text'],
    [
      'an image in public/ that does not exist',
      () => at('zz-warm-up.mdx', 'missing.png'),
      'put the file at public/images/missing.png',
    ],
    [
      'an image beside the chapter that does not exist',
      () => at('zz-warm-up.mdx', 'missing-local'),
      'put the file at content/chapters/missing-local.png',
    ],
    [
      'math in a quoted prop with doubled backslashes',
      () => at('zz-warm-up.mdx', '<Quiz'),
      /prop "question": .*two backslashes are a line break followed by the letters "alpha".*write one backslash/,
    ],
    [
      'math in braces that lost its backslashes',
      () => at('zz-warm-up.mdx', '<Quiz'),
      /prop "choices": "\\lambda" loses its backslash.*write every backslash twice/,
    ],
    [
      'math in the frontmatter with doubled backslashes',
      () => at('zz-warm-up.mdx', 'objectives'),
      /objectives\.0: .*two backslashes.*single quotes/,
    ],
    [
      'an optimizer listed twice',
      () => at('zz-warm-up.mdx', 'id="twice"'),
      'lists adam twice; list each optimizer once',
    ],
    [
      'a hyperparameter the optimizer does not have',
      () => at('zz-warm-up.mdx', 'id="extra"'),
      'prop "hyper.sgd": Unrecognized key "beta1"; sgd takes lr',
    ],
    [
      'a misnamed hyperparameter',
      () => at('zz-warm-up.mdx', 'id="extra"'),
      'Unrecognized key "learningRate"; momentum takes lr, momentum',
    ],
    [
      'hyper for an optimizer that does not race',
      () => at('zz-warm-up.mdx', 'id="extra"'),
      'prop "hyper.adam": adam is not in optimizers (sgd), so its settings do nothing',
    ],
    [
      'a misspelt component',
      () => at('zz-warm-up.mdx', '<Trainr'),
      '<Trainr> is not a course component. Did you mean <Trainer>?',
    ],
    ['bad display math', () => at('zz-warm-up.mdx', '$$'), 'display math: KaTeX parse error'],
    [
      'a published chapter needing a draft',
      () => at('zz-warm-up.mdx', 'prerequisites'),
      'prerequisite "zz-unfinished" is a draft',
    ],
    [
      'a translation without an English twin',
      () => 'content/chapters/zh-cn/zz-warmup.mdx:1:1:',
      'zh-cn/zz-warmup.mdx has no English chapter; did you mean zz-warm-up?',
    ],
    [
      'a translation in another order',
      () => at('zh-cn/introduction.mdx', 'order'),
      "order 5 differs from the English chapter's order 0",
    ],
  ];
  for (const [kind, where, what] of cases) {
    it(kind, () => {
      const lines = output.split('\n').filter((l) => l.startsWith(where()));
      expect(lines.length, `${where()} in:\n${output.slice(-4000)}`).toBeGreaterThan(0);
      if (typeof what === 'string') expect(lines.join('\n')).toContain(what);
      else expect(lines.join('\n')).toMatch(what);
    });
  }
});
