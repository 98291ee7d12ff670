import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Chapters link to each other, and show images from public/, with addresses from the site's
 * root (`/chapters/momentum/`, `/images/x.png`). When the site is built under a sub-path
 * (BASE_PATH=/descent/, astro.config.mjs `base`), this prefixes those addresses with it, as
 * src/site/course/url.ts does for the shell's own links; at the root it changes nothing.
 * Other sites (`https://`), protocol-relative (`//`) and relative addresses are left alone.
 */
export function remarkBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/+$/, '');
  return (tree: Root) => {
    if (base === '') return;
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      if (node.url.startsWith('/') && !node.url.startsWith('//') && !node.url.startsWith(`${base}/`))
        node.url = `${base}${node.url}`;
    });
  };
}
