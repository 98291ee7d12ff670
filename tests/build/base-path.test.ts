/**
 * The course must deploy to any static host, also under a sub-path (a project page such as
 * https://you.github.io/descent/, README "Build and deploy"). This builds the whole course with
 * BASE_PATH=/descent/ in a temporary copy of the project and serves dist/ the way a static host
 * would (everything under /descent/, nothing at the root), then checks:
 *
 * - every internal address in every page (links, scripts, styles, islands, icons, the search
 *   bundle) starts with the base, and every one of them answers 200;
 * - every chapter page, in both languages, is under 60 KB of gzipped HTML (the page-weight budget);
 * - every stylesheet's url() (KaTeX's fonts) and every script's imports resolve too;
 * - in a browser: a chapter's widgets hydrate and respond, with no console error and no failed
 *   request, and the search finds a chapter and links to it under the base.
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
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from '../e2e/browser.ts';
import { buildEnv } from './child-env.ts';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
const base = '/descent/';
let root = '';
let dist = '';
let server: Server | undefined;
let origin = '';
let buildOutput = '';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** A static host: dist/ under the base, directories answer with their index.html, the rest 404 (with 404.html). */
function staticHost(): Server {
  return createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = '';
    if (pathname.startsWith(base)) {
      file = path.join(dist, pathname.slice(base.length));
      if (!file.startsWith(dist)) file = '';
      else if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    }
    if (file && existsSync(file)) {
      response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    } else {
      response.writeHead(404, { 'content-type': types['.html']! });
      response.end(readFileSync(path.join(dist, '404.html')));
    }
  });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'descent-base-test-'));
  for (const dir of ['src', 'components', 'public', 'tools', 'content'])
    cpSync(path.join(repo, dir), path.join(root, dir), { recursive: true });
  for (const file of ['astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(path.join(repo, file), path.join(root, file));
  // A draft chapter: left out of the production build, its page and every list.
  writeFileSync(
    path.join(root, 'content/chapters/zz-draft.mdx'),
    '---\ntitle: Draft fixture\ndescription: A draft that the production build leaves out.\norder: 950\nobjectives:\n  - Stay hidden.\ndraft: true\n---\n\nNot yet.\n',
  );
  // A published chapter linking other chapters and a section from the site's root, as authors write them.
  writeFileSync(
    path.join(root, 'content/chapters/zz-links.mdx'),
    '---\ntitle: Links fixture\ndescription: Links to other chapters, written from the root of the site.\norder: 951\nobjectives:\n  - Link.\n---\n\nSee [the introduction](/chapters/introduction/) and [no memory](/chapters/momentum/#gradient-descent-has-no-memory).\n',
  );
  mkdirSync(path.join(root, 'node_modules'));
  for (const entry of readdirSync(path.join(repo, 'node_modules'))) {
    if (['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache'].includes(entry)) continue;
    symlinkSync(path.join(repo, 'node_modules', entry), path.join(root, 'node_modules', entry));
  }
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024,
        env: buildEnv({ BASE_PATH: base }),
      },
    );
    buildOutput = stdout + stderr;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`The build with BASE_PATH=${base} failed:\n${((e.stdout ?? '') + (e.stderr ?? '')).slice(-3000)}`, {
      cause: error,
    });
  }
  dist = path.join(root, 'dist');
  server = staticHost();
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 300_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Every built page, as its file relative to dist/. */
function htmlFiles(dir = dist): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...htmlFiles(full));
    else if (entry.name.endsWith('.html')) found.push(path.relative(dist, full));
  }
  return found;
}

/** Attributes that hold an address the browser will request or navigate to. */
const addressAttributes = ['href', 'src', 'srcset', 'action', 'poster', 'component-url', 'renderer-url'];
/** Attributes that hold the start of addresses (the search's bundle folder and the site's root). */
const prefixAttributes = ['data-bundle', 'data-base'];

/** The site-internal addresses of a page: root-relative ones and absolute ones on the site's own origin. */
function addressesIn(html: string, attributes = addressAttributes): string[] {
  const found: string[] = [];
  const pattern = new RegExp(`\\s(${attributes.join('|')})="([^"]*)"`, 'g');
  for (const match of html.matchAll(pattern)) {
    const values = match[1] === 'srcset' ? match[2]!.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [match[2]!];
    for (const raw of values) {
      const value = raw.replace(/&amp;/g, '&');
      if (value.startsWith('https://descent.example.org'))
        found.push(value.slice('https://descent.example.org'.length) || '/');
      else if (value.startsWith('/') && !value.startsWith('//')) found.push(value);
    }
  }
  return found;
}

describe(`the course built with BASE_PATH=${base}`, () => {
  it('builds every page, and every internal address in them starts with the base', () => {
    expect(buildOutput).toContain('Complete!');
    const pages = htmlFiles();
    expect(pages).toContain('index.html');
    expect(pages).toContain('chapters/introduction/index.html');
    expect(pages).toContain('zh-cn/index.html');
    const outside: string[] = [];
    let count = 0;
    for (const page of pages) {
      for (const address of addressesIn(readFileSync(path.join(dist, page), 'utf8'), [
        ...addressAttributes,
        ...prefixAttributes,
      ])) {
        count++;
        if (!address.startsWith(base)) outside.push(`${page}: ${address}`);
      }
    }
    expect(count).toBeGreaterThan(pages.length * 10);
    expect(outside).toEqual([]);
  });

  it('ships every chapter page, in both languages, in under 60 KB of gzipped HTML (#21)', () => {
    // #21 asks for 60 KB. Built at the root the largest, Chinese momentum, is 58.5 KB (6 Dec: it
    // had crept to 60.3 KB, and was brought back by drawing a static frame's dots, and the
    // Trainer's data points, as paths of relative moves). Measured on this build (the /descent/
    // base), whose longer addresses add about 0.1 KB.
    // The largest were 98.5 KB (Chinese momentum) and 265 KB (Chinese "Write your own optimizer")
    // before static frames were thinned and shared (#21). tools/page-weight.ts says where a page's
    // bytes go.
    const chapters = htmlFiles().filter((page) => /^(?:zh-cn\/)?chapters\/[^/]+\/index\.html$/.test(page));
    expect(chapters.filter((page) => page.startsWith('zh-cn/')).length).toBeGreaterThan(10);
    const over = chapters
      .map((page) => ({ page, bytes: gzipSync(readFileSync(path.join(dist, page)), { level: 9 }).length }))
      .filter(({ bytes }) => bytes > 60 * 1024)
      .map(({ page, bytes }) => `${page}: ${(bytes / 1024).toFixed(1)} KB gzipped`);
    expect(over, 'chapter pages over 60 KB gzipped').toEqual([]);
  });

  it('builds the embed pages under the base, their oEmbed JSON and links pointing inside it', () => {
    const pages = htmlFiles();
    expect(pages).toContain('embed/introduction/gd/index.html');
    expect(pages).toContain('zh-cn/embed/introduction/gd/index.html');
    const chapter = readFileSync(path.join(dist, 'chapters/introduction/index.html'), 'utf8');
    expect(chapter).toContain(`data-embed="${base}embed/introduction/gd/"`);
    const embed = readFileSync(path.join(dist, 'embed/introduction/gd/index.html'), 'utf8');
    expect(embed).toContain(`href="${base}chapters/introduction/#gd"`);
    expect(embed).toMatch(
      new RegExp(`type="application/json\\+oembed" href="https?://[^"]+${base}embed/introduction/gd/oembed\\.json"`),
    );
    const json = JSON.parse(readFileSync(path.join(dist, 'embed/introduction/gd/oembed.json'), 'utf8')) as {
      html: string;
    };
    expect(json.html).toMatch(new RegExp(`<iframe src="https?://[^"]+${base}embed/introduction/gd/"`));
    expect(existsSync(path.join(dist, 'embed.js'))).toBe(true);
  });

  it('rewrites a root-relative chapter link written in a chapter to the base', () => {
    const html = readFileSync(path.join(dist, 'chapters/zz-links/index.html'), 'utf8');
    expect(html).toContain(`href="${base}chapters/introduction/"`);
    expect(html).toContain(`href="${base}chapters/momentum/#gradient-descent-has-no-memory"`);
    expect(html).not.toContain('href="/chapters/');
  });

  it('leaves a draft chapter out: no page, no link to it', () => {
    expect(existsSync(path.join(dist, 'chapters/zz-draft'))).toBe(false);
    for (const page of htmlFiles()) expect(readFileSync(path.join(dist, page), 'utf8'), page).not.toContain('zz-draft');
  });

  it('every internal address, stylesheet url() and script import answers 200 from a static host', async () => {
    const pending = new Set<string>();
    for (const page of htmlFiles()) {
      pending.add(base + page.replace(/index\.html$/, ''));
      for (const address of addressesIn(readFileSync(path.join(dist, page), 'utf8'))) pending.add(address);
    }
    const seen = new Set<string>();
    const broken: string[] = [];
    while (pending.size > 0) {
      const [address] = pending;
      pending.delete(address!);
      const target = new URL(address!, origin);
      target.hash = '';
      if (seen.has(target.pathname)) continue;
      seen.add(target.pathname);
      const response = await fetch(target);
      if (!response.ok) {
        broken.push(`${response.status} ${target.pathname}`);
        continue;
      }
      // Follow what a stylesheet or a script loads in turn: fonts, chunks, islands' renderers.
      if (target.pathname.endsWith('.css')) {
        for (const m of (await response.text()).matchAll(/url\(["']?([^)"']+)["']?\)/g)) {
          if (!m[1]!.startsWith('data:')) pending.add(new URL(m[1]!, target).pathname);
        }
      } else if (target.pathname.endsWith('.js') && target.pathname.includes('/_astro/')) {
        for (const m of (await response.text()).matchAll(
          /(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g,
        )) {
          pending.add(new URL(m[1]!, target).pathname);
        }
      } else {
        await response.arrayBuffer();
      }
    }
    expect(broken).toEqual([]);
    for (const p of seen) expect(p.startsWith(base), p).toBe(true);
    // The KaTeX fonts are among what was fetched, from the site itself.
    expect([...seen].some((p) => /\/_astro\/KaTeX_Main-Regular\.[\w-]+\.woff2$/.test(p))).toBe(true);
    // The search's bundle is there, under the base.
    expect(seen.has(`${base}pagefind/pagefind.js`) || (await fetch(`${origin}${base}pagefind/pagefind.js`)).ok).toBe(
      true,
    );
    // And the root of the host, outside the base, is not the course: nothing above depended on it.
    expect((await fetch(`${origin}/`)).status).toBe(404);
  });

  it('in a browser: a chapter’s widget hydrates and responds, and search finds a chapter under the base', async () => {
    const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
      page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
      page.on('response', (r) => {
        if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
      });

      await page.goto(`${origin}${base}`);
      await page.getByRole('navigation', { name: 'Chapters', exact: true }).getByRole('link').first().click();
      await page.waitForURL(`${origin}${base}chapters/introduction/`);

      const slider = page.getByRole('slider', { name: /learning rate/i }).first();
      await slider.scrollIntoViewIfNeeded();
      await page.locator('astro-island:not([ssr]) [data-widget="gd-parabola"]').first().waitFor();
      const status = page.locator('[data-widget="gd-parabola"] [role="status"]').first();
      const before = await status.textContent();
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => status.textContent()).not.toBe(before);

      await page
        .getByRole('button', { name: /search/i })
        .first()
        .click();
      await page.getByRole('searchbox').fill('momentum');
      const result = page.getByRole('dialog').getByRole('link').first();
      await result.waitFor();
      expect(await result.getAttribute('href')).toMatch(new RegExp(`^${base}chapters/[a-z-]+/`));
      await result.click();
      await page.waitForURL(new RegExp(`^${origin}${base}chapters/`));
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
