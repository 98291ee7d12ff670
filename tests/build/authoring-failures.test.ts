/**
 * The promises of the author guide, checked against real builds: a new chapter from
 * `npm run new:chapter` builds and appears in the navigation, and each kind of mistake fails
 * `astro build` with the chapter's file named and the field or prop that is wrong.
 *
 * Builds run in a temporary copy of the project (src, components, public, tools, the introduction and the
 * config; node_modules linked package by package so Astro's caches stay separate), so a fixture
 * can never be left behind in content/chapters/ and a running `npm run dev` sees nothing.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from './child-env.ts';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
let root = '';

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'descent-build-test-'));
  for (const dir of ['src', 'components', 'public', 'tools'])
    cpSync(path.join(repo, dir), path.join(root, dir), { recursive: true });
  // Only the introduction (order 0, no prerequisites): each build stays small as the course grows.
  mkdirSync(path.join(root, 'content/chapters'), { recursive: true });
  cpSync(path.join(repo, 'content/chapters/introduction.mdx'), path.join(root, 'content/chapters/introduction.mdx'));
  for (const file of ['astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(path.join(repo, file), path.join(root, file));
  mkdirSync(path.join(root, 'node_modules'));
  for (const entry of readdirSync(path.join(repo, 'node_modules'))) {
    if (['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache'].includes(entry)) continue;
    symlinkSync(path.join(repo, 'node_modules', entry), path.join(root, 'node_modules', entry));
  }
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const chapters = () => path.join(root, 'content/chapters');
const noColor = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex

/** Runs a command in the temporary project; never throws, returns the exit code and all output. */
async function inProject(args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      env: buildEnv(),
    });
    return { code: 0, output: noColor(stdout + stderr) };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: noColor((e.stdout ?? '') + (e.stderr ?? '')) };
  }
}

const build = () => inProject([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build']);

/** Builds with the given chapter files added, always removing them afterwards. */
async function buildWith(files: Record<string, string>): Promise<{ code: number; output: string }> {
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(chapters(), name)), { recursive: true });
      writeFileSync(path.join(chapters(), name), text);
    }
    return await build();
  } finally {
    for (const name of Object.keys(files)) rmSync(path.join(chapters(), name), { force: true });
  }
}

/** A valid chapter with one change: fields replace the frontmatter's, body the text. */
function chapter(fields: Record<string, string | null> = {}, body = 'Some prose.\n'): string {
  const base: Record<string, string> = {
    title: 'Fixture',
    description: 'A chapter written to break the build on purpose.',
    order: '900',
    objectives: '\n  - Break the build.',
  };
  const merged = { ...base, ...fields };
  const front = Object.entries(merged)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${front}\n---\n\n${body}`;
}

describe('a new chapter from npm run new:chapter', () => {
  it('builds at once, has its page and appears in the navigation of other pages', async () => {
    const created = await inProject(['tools/new-chapter.ts', 'Learning Rate Schedules (Test)']);
    expect(created.output).toContain('content/chapters/learning-rate-schedules-test.mdx');
    expect(created.code).toBe(0);
    try {
      const again = await inProject(['tools/new-chapter.ts', 'Learning rate schedules: test']);
      expect(again.code).not.toBe(0);
      expect(again.output).toContain('already exists');
      const empty = await inProject(['tools/new-chapter.ts']);
      expect(empty.code).not.toBe(0);
      expect(empty.output).toContain('Give the chapter a title');

      const result = await build();
      expect(result.code, result.output.slice(-3000)).toBe(0);
      const page = path.join(root, 'dist/chapters/learning-rate-schedules-test/index.html');
      expect(existsSync(page)).toBe(true);
      expect(readFileSync(page, 'utf8')).toContain('Learning Rate Schedules (Test)');
      const intro = readFileSync(path.join(root, 'dist/chapters/introduction/index.html'), 'utf8');
      const nav = intro.slice(
        intro.indexOf('aria-label="Chapters"'),
        intro.indexOf('</nav>', intro.indexOf('aria-label="Chapters"')),
      );
      expect(nav).toContain('href="/chapters/learning-rate-schedules-test/"');
      expect(existsSync(path.join(root, 'dist/authoring/index.html'))).toBe(true);
    } finally {
      rmSync(path.join(chapters(), 'learning-rate-schedules-test.mdx'), { force: true });
    }
  });
});

describe('a chapter in one language only', () => {
  it('is listed in the other language marked as such, and the switcher leads to that language’s home page', async () => {
    // The temporary project has the English introduction only; add a chapter in Chinese only.
    const result = await buildWith({
      'zh-cn/zz-only-zh.mdx': chapter({ title: '只有中文的一章', order: '5', prerequisites: '[introduction]' }, '中文正文。\n'),
    });
    expect(result.code, result.output.slice(-3000)).toBe(0);
    const read = (p: string) => readFileSync(path.join(root, 'dist', p), 'utf8');
    const navOf = (html: string, label: string) =>
      html.slice(html.indexOf(`aria-label="${label}"`), html.indexOf('</nav>', html.indexOf(`aria-label="${label}"`)));

    // The Chinese chapter: its prerequisite exists only in English, so the link goes there, marked.
    const zhOnly = read('zh-cn/chapters/zz-only-zh/index.html');
    expect(zhOnly).toContain('lang="zh-CN"');
    expect(zhOnly).toMatch(/href="\/chapters\/introduction\/" hreflang="en"/);
    // No English version: no hreflang="en" alternate, and the switcher leads to the English home page, saying so.
    expect(zhOnly).not.toContain('hreflang="en" href="https://');
    const switcher = navOf(zhOnly, '语言');
    expect(switcher).toContain('href="/"');
    expect(switcher).toContain('This page has no English version yet');

    // The Chinese navigation lists the untranslated English introduction, marked "(English)".
    const zhNav = navOf(read('zh-cn/index.html'), '章节');
    expect(zhNav).toContain('href="/chapters/introduction/"');
    expect(zhNav).toContain('（English）');
    expect(zhNav).toContain('href="/zh-cn/chapters/zz-only-zh/"');

    // The English side never lists the Chinese-only chapter, and its switcher on the introduction
    // (which has no Chinese version here) leads to the Chinese home page.
    const intro = read('chapters/introduction/index.html');
    expect(navOf(intro, 'Chapters')).not.toContain('zz-only-zh');
    expect(navOf(intro, 'Language')).toContain('href="/zh-cn/"');
    expect(navOf(intro, 'Language')).toContain('本页暂无English版本'.replace('English', '简体中文'));
  });

  it('a chapter in a folder that is not a language fails the build, naming the file', async () => {
    const result = await buildWith({ 'fr/zz-french.mdx': chapter({ order: '7' }) });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('fr/zz-french.mdx');
    expect(result.output).toContain('must be in a language folder');
  });

  it('a duplicate order among one language’s chapters fails the build, naming both files', async () => {
    const result = await buildWith({
      'zh-cn/zz-a.mdx': chapter({ order: '3' }),
      'zh-cn/zz-b.mdx': chapter({ order: '3' }),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/zh-cn\/zz-b\.mdx: order 3 is already used by .*zh-cn\/zz-a\.mdx/);
  });
});

describe('each kind of mistake fails the build, naming the file', () => {
  const cases: { kind: string; files: Record<string, string>; expect: (string | RegExp)[] }[] = [
    {
      kind: 'bad LaTeX in the text',
      files: { 'zz-bad-latex.mdx': chapter({}, 'A fraction $\\frac{1}{$ left open.\n') },
      expect: ['Invalid LaTeX in content/chapters/zz-bad-latex.mdx', 'zz-bad-latex.mdx:9', '\\frac{1}{'],
    },
    {
      kind: 'bad LaTeX in a frontmatter objective',
      files: { 'zz-bad-objective.mdx': chapter({ objectives: '\n  - "Read $\\\\frac{1}{$ aloud."' }) },
      expect: ['zz-bad-objective.mdx', /objectives/, 'bad LaTeX'],
    },
    {
      kind: 'a command KaTeX does not trust',
      files: { 'zz-href.mdx': chapter({}, 'See $\\href{https://example.org}{x}$.\n') },
      expect: ['zz-href.mdx', 'is not allowed'],
    },
    {
      kind: 'frontmatter: order is not a number',
      files: { 'zz-order-text.mdx': chapter({ order: '"x"' }) },
      expect: ['zz-order-text.mdx', /order\b.*(number|Expected)/],
    },
    {
      kind: 'frontmatter: missing title',
      files: { 'zz-no-title.mdx': chapter({ title: null }) },
      // Astro's line for the field: "title**: **title: Required" (the file name alone must not pass).
      expect: ['zz-no-title.mdx', /^\s*title\W[^\n]*Required/m],
    },
    {
      kind: 'a prop: unknown optimizer name',
      files: { 'zz-rule.mdx': chapter({}, '<Rule optimizer="adamw" />\n') },
      expect: ['zz-rule.mdx:9', '<Rule> prop "optimizer"'],
    },
    {
      kind: 'a prop: number out of range',
      files: { 'zz-lr.mdx': chapter({}, '<GdParabola lr={5} />\n') },
      expect: ['zz-lr.mdx:9', '<GdParabola> prop "lr"'],
    },
    {
      kind: 'a prop: missing required prop',
      files: { 'zz-deepdive.mdx': chapter({}, '<DeepDive>\n\nMore.\n\n</DeepDive>\n') },
      expect: ['zz-deepdive.mdx:9', '<DeepDive> prop "title"'],
    },
    {
      kind: 'an unknown component tag',
      files: { 'zz-unknown.mdx': chapter({}, '<Widgetty speed={2} />\n') },
      expect: ['zz-unknown.mdx:9', '<Widgetty> is not a course component'],
    },
    {
      kind: 'a missing prerequisite',
      files: { 'zz-prereq.mdx': chapter({ prerequisites: '[no-such-chapter]' }) },
      expect: ['content/chapters/zz-prereq.mdx', 'prerequisite "no-such-chapter" is not a chapter'],
    },
    {
      kind: 'a prerequisite cycle',
      files: {
        'zz-cycle-a.mdx': chapter({ order: '901', prerequisites: '[zz-cycle-b]' }),
        'zz-cycle-b.mdx': chapter({ order: '902', prerequisites: '[zz-cycle-a]' }),
      },
      expect: [
        /content\/chapters\/zz-cycle-[ab]\.mdx: prerequisites form a cycle: zz-cycle-[ab] -> zz-cycle-[ab] -> zz-cycle-[ab]/,
      ],
    },
    {
      kind: 'a duplicate order',
      files: { 'zz-order-taken.mdx': chapter({ order: '0' }) },
      expect: ['content/chapters/zz-order-taken.mdx: order 0 is already used by content/chapters/introduction.mdx'],
    },
  ];

  for (const c of cases) {
    it(c.kind, async () => {
      const { code, output } = await buildWith(c.files);
      expect(code, output.slice(-2000)).not.toBe(0);
      for (const expected of c.expect) {
        if (typeof expected === 'string') expect(output, output.slice(-2000)).toContain(expected);
        else expect(output, output.slice(-2000)).toMatch(expected);
      }
    });
  }
});
