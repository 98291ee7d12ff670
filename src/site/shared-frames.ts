import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Identical static figure frames on one page, shipped once. Widgets of the same kind that start
 * from the same state draw the same first frame at build time (the seven rule cells of "Write your
 * own optimizer" show two surfaces): up to 14 copies of a 10 KB contour map, too far apart for
 * gzip's 32 KB window to share them.
 *
 * After the build, each frame that repeats on a page moves into a `<symbol>` of one hidden sprite
 * at the end of the page, and every copy becomes its own `<svg>` (attributes, classes, size kept)
 * drawing `<use href="#…">`. The picture is the same, with or without JavaScript: the symbol has
 * the frame's viewBox, and what the frame inherited (colour, font) it inherits from the `<use>`.
 * The sprite is outside every island, so a widget that redraws its figure takes away only its own
 * copy. Exports inline the symbol again (components/widgets/lib/export.ts, `standaloneSvg`).
 */
export const sharedFramePrefix = 'shared-frame-';

/** Frames under this many characters are left as they are: a `<use>` would save little. */
const minimumSize = 2000;

const framePattern = /<svg\b([^>]*\bclass="[^"]*\bplot-frame\b[^"]*"[^>]*)>([\s\S]*?)<\/svg>/g;

/**
 * Whether the frame at `offset` belongs to a ScaledPlot (a figure with an overlay drawn on it, the
 * Race's map): such a frame stays as it is, its plot area in place for the overlay to be checked
 * against (tests/e2e/static-frames.spec.ts).
 */
function inScaledPlot(html: string, offset: number): boolean {
  const figure = html.lastIndexOf('<div class="plot-figure', offset);
  return figure >= 0 && /<div class="scaled-plot\b[^>]*>$/.test(html.slice(Math.max(0, figure - 300), figure));
}

/** The page with its repeated frames shared (unchanged when none repeats). */
export function shareRepeatedFrames(html: string): string {
  // Plot numbers its clip paths (plot-clip-12): copies of one frame differ only in those.
  const keyOf = (content: string) => content.replace(/plot-clip-\d+/g, 'plot-clip');
  const counts = new Map<string, number>();
  for (const match of html.matchAll(framePattern)) {
    const content = match[2]!;
    if (content.length >= minimumSize && !inScaledPlot(html, match.index))
      counts.set(keyOf(content), (counts.get(keyOf(content)) ?? 0) + 1);
  }
  const ids = new Map<string, string>();
  const symbols: string[] = [];
  const shared = html.replace(framePattern, (frame, attributes: string, content: string, offset: number) => {
    const key = keyOf(content);
    if ((counts.get(key) ?? 0) < 2 || inScaledPlot(html, offset)) return frame;
    let id = ids.get(key);
    if (id === undefined) {
      id = `${sharedFramePrefix}${ids.size + 1}`;
      ids.set(key, id);
      const viewBox = /\sviewBox="([^"]*)"/.exec(attributes)?.[1];
      symbols.push(`<symbol id="${id}"${viewBox === undefined ? '' : ` viewBox="${viewBox}"`}>${content}</symbol>`);
    }
    return `<svg${attributes}><use href="#${id}"></use></svg>`;
  });
  if (symbols.length === 0) return html;
  // Not display: none, which would keep the symbols' clip paths from applying in some browsers.
  return shared.replace(/<\/body>/, `<svg class="frame-sprite" aria-hidden="true">${symbols.join('')}</svg></body>`);
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The integration: rewrites every built page (`shareRepeatedFrames`). */
export function sharedFrames(): AstroIntegration {
  return {
    name: 'descent-shared-frames',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const shared = shareRepeatedFrames(html);
          if (shared === html) continue;
          await writeFile(file, shared);
          pages++;
        }
        logger.info(`Shared repeated figure frames on ${pages} pages.`);
      },
    },
  };
}
