/**
 * A temporary copy of the project for build tests: src, components, public, tools, the
 * introduction and the config; node_modules linked package by package so Astro's caches stay
 * separate. A fixture can never be left behind in content/chapters/, and a running `npm run dev`
 * sees nothing.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildEnv } from './child-env.ts';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');

export interface TempProject {
  root: string;
  chapters: string;
  /** Runs node with these arguments in the project; never throws: the exit code and all output. */
  inProject(args: string[]): Promise<{ code: number; output: string }>;
  build(): Promise<{ code: number; output: string }>;
  /** Builds with the given chapter files added (paths under content/chapters/), always removing them afterwards. */
  buildWith(files: Record<string, string>): Promise<{ code: number; output: string }>;
  remove(): void;
}

const noColor = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex

export function tempProject(prefix: string): TempProject {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
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
  const chapters = path.join(root, 'content/chapters');

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

  async function buildWith(files: Record<string, string>): Promise<{ code: number; output: string }> {
    try {
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(chapters, name)), { recursive: true });
        writeFileSync(path.join(chapters, name), text);
      }
      return await build();
    } finally {
      for (const name of Object.keys(files)) rmSync(path.join(chapters, name), { force: true });
    }
  }

  return { root, chapters, inProject, build, buildWith, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A valid chapter with one change: fields replace the frontmatter's (null removes one), body the text. */
export function chapter(fields: Record<string, string | null> = {}, body = 'Some prose.\n'): string {
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
