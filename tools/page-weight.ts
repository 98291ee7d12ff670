/**
 * `node tools/page-weight.ts [page ...]` (after `npm run build`): where each built chapter page's
 * gzipped bytes go. Per page: the whole file gzipped (-9, as a server would send it), and what
 * each part costs, measured as the gzipped bytes the page would lose without it (gzip shares
 * repeats across parts, so a part's cost is what removing it saves, not its own gzipped size):
 * SVG path data, KaTeX's visual HTML, KaTeX's MathML, inline styles, island props (serialized
 * widget props), the build's static figure frames as a whole, and the rest. `--islands` adds the
 * largest islands' props by component. The pages default to every chapter, both languages.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { chapterPages } from '../tests/e2e/pages.ts';
import path from 'node:path';

/** The file in dist/ that serves a page path (as tools/check-mathml.ts, which runs on import). */
const builtFile = (page: string): string => path.join('dist', page.endsWith('/') ? `${page}index.html` : page);

const gz = (text: string): number => gzipSync(text, { level: 9 }).length;

/** A part of a page: how to take it out of a parsed copy of the page. */
const parts: Record<string, (document: Document) => void> = {
  'svg paths': (d) => d.querySelectorAll('path[d]').forEach((p) => p.setAttribute('d', '')),
  'static frames': (d) => d.querySelectorAll('svg.plot-frame').forEach((svg) => svg.remove()),
  'katex html': (d) => d.querySelectorAll('.katex-html').forEach((e) => e.remove()),
  'katex mathml': (d) => d.querySelectorAll('.katex-mathml').forEach((e) => e.remove()),
  'inline styles': (d) => {
    d.querySelectorAll('[style]').forEach((e) => e.removeAttribute('style'));
    d.querySelectorAll('style').forEach((e) => e.remove());
  },
  'island props': (d) => d.querySelectorAll('astro-island[props]').forEach((e) => e.setAttribute('props', '{}')),
};

export interface PageWeight {
  page: string;
  raw: number;
  gzip: number;
  /** Gzipped bytes saved without each part. */
  parts: Record<string, number>;
}

/** The weight of one built page (a path such as /chapters/momentum/). */
export function pageWeight(page: string): PageWeight {
  const html = readFileSync(builtFile(page), 'utf8');
  const gzip = gz(html);
  // Removal is measured on linkedom's serialization on both sides, so its quoting does not count.
  const whole = gz(parseHTML(html).document.documentElement.outerHTML);
  const saved: Record<string, number> = {};
  for (const [name, remove] of Object.entries(parts)) {
    const { document } = parseHTML(html);
    remove(document);
    saved[name] = whole - gz(document.documentElement.outerHTML);
  }
  return { page, raw: Buffer.byteLength(html), gzip, parts: saved };
}

/** The islands with the largest props on a page: component name, count, raw props bytes. */
export function islandProps(page: string): [string, number, number][] {
  const { document } = parseHTML(readFileSync(builtFile(page), 'utf8'));
  const sizes = new Map<string, [number, number]>();
  for (const island of document.querySelectorAll('astro-island[props]')) {
    const name = (island.getAttribute('component-url') ?? '?').replace(/^.*\//, '').replace(/\..*$/, '');
    const [count, bytes] = sizes.get(name) ?? [0, 0];
    sizes.set(name, [count + 1, bytes + (island.getAttribute('props') ?? '').length]);
  }
  return [...sizes]
    .map(([name, [count, bytes]]): [string, number, number] => [name, count, bytes])
    .sort((a, b) => b[2] - a[2]);
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

if (import.meta.main) {
  const args = process.argv.slice(2);
  const showIslands = args.includes('--islands');
  const requested = args.filter((a) => !a.startsWith('--'));
  const pages = requested.length > 0 ? requested : chapterPages();
  const names = Object.keys(parts);
  console.log(['page', 'raw KB', 'gz KB', ...names.map((n) => `${n} gz`)].join('\t'));
  for (const page of pages) {
    const w = pageWeight(page);
    console.log([page, kb(w.raw), kb(w.gzip), ...names.map((n) => kb(w.parts[n]!))].join('\t'));
    if (showIslands)
      for (const [name, count, bytes] of islandProps(page).slice(0, 5))
        console.log(`\t${name} ×${count}: ${kb(bytes)} KB raw props`);
  }
}
