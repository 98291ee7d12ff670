/**
 * The promises of the author guide, checked against real builds: a new chapter from
 * `npm run new:chapter` builds and appears in the navigation, and each kind of mistake fails
 * `astro build` with the chapter's file named and the field or prop that is wrong.
 *
 * Builds run in a temporary copy of the project (src, components, public, tools, the introduction and the
 * config; node_modules linked package by package so Astro's caches stay separate), so a fixture
 * can never be left behind in content/chapters/ and a running `npm run dev` sees nothing.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapter, tempProject, type TempProject } from './temp-project.ts';

let project: TempProject;
let root = '';
beforeAll(() => {
  project = tempProject('descent-build-test-');
  root = project.root;
});
afterAll(() => project.remove());

const chapters = () => project.chapters;
const inProject = (args: string[]) => project.inProject(args);
const build = () => project.build();
const buildWith = (files: Record<string, string>) => project.buildWith(files);

describe('a new chapter from npm run new:chapter', () => {
  it('is a draft: it builds, and the production build publishes nothing of it (nor of a draft’s translation)', async () => {
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
      const text = readFileSync(path.join(chapters(), 'learning-rate-schedules-test.mdx'), 'utf8');
      expect(text).toMatch(/^draft: true/m);
      expect(text).not.toContain('Bommana');

      // A finished translation of the draft: a draft in one language is a draft in every one.
      const result = await buildWith({
        'zh-cn/learning-rate-schedules-test.mdx': text
          .replace(/^draft: true.*$/m, 'draft: false')
          .replace(/TODO/g, '待写'),
      });
      expect(result.code, result.output.slice(-3000)).toBe(0);
      for (const page of ['chapters/learning-rate-schedules-test', 'zh-cn/chapters/learning-rate-schedules-test']) {
        expect(existsSync(path.join(root, 'dist', page)), page).toBe(false);
      }
      for (const page of ['chapters/introduction/index.html', 'zh-cn/index.html', 'index.html']) {
        expect(readFileSync(path.join(root, 'dist', page), 'utf8'), page).not.toContain('learning-rate-schedules-test');
      }
      expect(existsSync(path.join(root, 'dist/authoring/index.html'))).toBe(true);
    } finally {
      rmSync(path.join(chapters(), 'learning-rate-schedules-test.mdx'), { force: true });
    }
  });

  it('published with its TODOs, fails the build at each TODO’s line, in seconds', async () => {
    await inProject(['tools/new-chapter.ts', 'Warm Up Test']);
    const file = path.join(chapters(), 'warm-up-test.mdx');
    try {
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true.*$/m, 'draft: false'));
      const started = Date.now();
      const { code, output } = await build();
      expect(code).not.toBe(0);
      expect(output).toMatch(
        /content\/chapters\/warm-up-test\.mdx:3:\d+: a TODO placeholder in a published chapter; write the text, or keep the chapter a draft/,
      );
      expect(output.match(/warm-up-test\.mdx:\d+:\d+: a TODO placeholder/g)?.length).toBeGreaterThanOrEqual(10);
      expect(output).not.toContain('Stack trace');
      // The checks run before bundling: no page is rendered.
      expect(output).not.toContain('Building static entrypoints');
      expect(Date.now() - started).toBeLessThan(120_000);
    } finally {
      rmSync(file, { force: true });
    }
  });
});

describe('a chapter in one language only', () => {
  it('is listed in the other language marked as such, and the switcher leads to that language’s home page', async () => {
    // The temporary project has the English introduction only; add a chapter in Chinese only.
    const result = await buildWith({
      'zh-cn/zz-only-zh.mdx': chapter(
        { title: '只有中文的一章', order: '5', prerequisites: '[introduction]' },
        '中文正文。\n',
      ),
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
    expect(result.output).toMatch(/zh-cn\/zz-b\.mdx:4:1: order 3 is already used by .*zh-cn\/zz-a\.mdx/);
  });
});

describe('each kind of mistake fails the build, naming the file', () => {
  const cases: { kind: string; files: Record<string, string>; expect: (string | RegExp)[] }[] = [
    {
      kind: 'bad LaTeX in the text',
      files: { 'zz-bad-latex.mdx': chapter({}, 'A fraction $\\frac{1}{$ left open.\n') },
      expect: ['content/chapters/zz-bad-latex.mdx:9:12: $\\frac{1}{$: KaTeX parse error', '\\frac{1}{'],
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
      expect: ['zz-no-title.mdx:1:1: title is missing; add a line "title: ..." to the frontmatter'],
    },
    {
      kind: 'a prop: unknown optimizer name',
      files: { 'zz-rule.mdx': chapter({}, '<Rule optimizer="lion" />\n') },
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
        /content\/chapters\/zz-cycle-[ab]\.mdx:7:1: prerequisites form a cycle: zz-cycle-[ab] -> zz-cycle-[ab] -> zz-cycle-[ab]/,
      ],
    },
    {
      kind: 'a duplicate order',
      files: { 'zz-order-taken.mdx': chapter({ order: '0' }) },
      expect: ['content/chapters/zz-order-taken.mdx:4:1: order 0 is already used by content/chapters/introduction.mdx'],
    },
  ];

  for (const c of cases) {
    it(c.kind, async () => {
      const { code, output } = await buildWith(c.files);
      expect(code, output.slice(-2000)).not.toBe(0);
      expect(output).not.toContain('Stack trace');
      for (const expected of c.expect) {
        if (typeof expected === 'string') expect(output, output.slice(-2000)).toContain(expected);
        else expect(output, output.slice(-2000)).toMatch(expected);
      }
    });
  }
});
