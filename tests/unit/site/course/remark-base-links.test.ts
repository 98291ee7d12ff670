import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { remarkBaseLinks } from '../../../../src/site/course/remark-base-links.ts';

function urls(markdown: string, base: string): string[] {
  const tree: Root = fromMarkdown(markdown);
  remarkBaseLinks({ base })(tree);
  const found: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') found.push(node.url);
  });
  return found;
}

const text =
  '[a](/chapters/adam/) [b](/chapters/adam/#x) ![c](/images/x.png) [d](https://x.org/) [e](//cdn/x) [f](../momentum/) [g](#top)\n\n[h]: /about/\n';

describe('remarkBaseLinks', () => {
  it('prefixes root-relative links, images and definitions with the base, once', () => {
    expect(urls(text, '/descent/')).toEqual([
      '/descent/chapters/adam/',
      '/descent/chapters/adam/#x',
      '/descent/images/x.png',
      'https://x.org/',
      '//cdn/x',
      '../momentum/',
      '#top',
      '/descent/about/',
    ]);
    expect(urls('[a](/descent/chapters/adam/)', '/descent')).toEqual(['/descent/chapters/adam/']);
  });

  it('changes nothing at the root', () => {
    expect(urls(text, '/')).toEqual([
      '/chapters/adam/',
      '/chapters/adam/#x',
      '/images/x.png',
      'https://x.org/',
      '//cdn/x',
      '../momentum/',
      '#top',
      '/about/',
    ]);
  });
});
