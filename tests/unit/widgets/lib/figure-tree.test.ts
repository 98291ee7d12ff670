import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildNodes, toTree } from '../../../../components/widgets/lib/figure-tree.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

describe('toTree and buildNodes', () => {
  it('rebuild a figure, SVG in its namespace, attributes passed through the given function', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 10 10');
    const clip = document.createElementNS('http://www.w3.org/2000/svg', 'clipPath');
    clip.setAttribute('id', 'plot-clip-1');
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.textContent = 'w →';
    svg.append(clip, text);
    const tree = toTree(svg, (value) => value.replace('plot-clip-1', 'f-plot-clip-1'));
    const [rebuilt] = buildNodes([structuredClone(tree)], document) as Element[];
    expect(rebuilt!.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(rebuilt!.firstElementChild!.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(rebuilt!.outerHTML).toBe(svg.outerHTML.replace('plot-clip-1', 'f-plot-clip-1'));
  });

  it('keep text a reader typed as text, and make no event handler', () => {
    const typed = '<img src=x onerror=alert(1)>';
    const [paragraph] = buildNodes(
      [
        {
          tag: 'p',
          attributes: [
            ['class', 'visually-hidden'],
            ['onclick', 'alert(1)'],
          ],
          children: [typed],
        },
      ],
      document,
    ) as Element[];
    expect(paragraph!.querySelector('img')).toBeNull();
    expect(paragraph!.textContent).toBe(typed);
    expect(paragraph!.hasAttribute('onclick')).toBe(false);
    expect(paragraph!.getAttribute('class')).toBe('visually-hidden');
  });
});
