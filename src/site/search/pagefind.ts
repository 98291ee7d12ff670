import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Full-text search: after `astro build`, Pagefind indexes the built HTML and writes its bundle to
 * dist/pagefind/. Pagefind splits the index by each page's `<html lang>`, so English and Chinese
 * get one index each (and Chinese text is segmented into words by the extended binary that the
 * npm package ships; the browser does not segment a Chinese query the same way, which
 * src/site/search/cjk.ts makes up for). Only `data-pagefind-body` regions are indexed (chapter articles and pages'
 * prose); widgets, quizzes' controls and the navigation are left out, and of each formula only its
 * MathML text is kept: KaTeX's visible HTML and the LaTeX source it keeps in an <annotation> would
 * each repeat the formula in a result's excerpt ("y=sinxy = \sin x").
 *
 * A failure here fails the build: a site whose search box finds nothing is broken.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'descent-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ excludeSelectors: ['.widget', '.quiz__choices', '.quiz button', 'nav', '.katex-html', '.katex-mathml annotation'] });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error('Pagefind found no page with data-pagefind-body to index.');
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages for search.`);
        } finally {
          await close();
        }
      },
    },
  };
}
