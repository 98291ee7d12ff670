import * as Plot from '@observablehq/plot';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import '../../../../components/widgets/lib/ssr-dom.ts';
import { LayeredFigure, withoutDescription } from '../../../../components/widgets/lib/LayeredFigure.tsx';
import { fallbackScales } from '../../../../components/widgets/lib/scales.ts';

const margins = { top: 20, right: 20, bottom: 30, left: 40 };

const figure = (description: string, x: number) =>
  render(
    h(LayeredFigure, {
      aspect: 0.5,
      label: 'A dot on a line',
      description,
      deps: [],
      scalesAt: (width: number) => fallbackScales([0, 10], [0, 1], 0.5, margins, 'linear', 'linear', width),
      clip: margins,
      draw: (context) =>
        Plot.plot({
          document: context.document,
          width: context.width,
          height: context.height,
          marginTop: 20,
          marginRight: 20,
          marginBottom: 30,
          marginLeft: 40,
          ariaDescription: 'the base description',
          x: { domain: [0, 10] },
          y: { domain: [0, 1] },
          marks: [Plot.ruleY([0.5])],
        }),
      overlay: (S) => h('circle', { cx: S.x(x), cy: S.y(0.5), r: 3, 'data-dot': '' }),
    }),
  );

describe('LayeredFigure', () => {
  it('prints both build frames, each with its overlay drawn on that frame’s scales', () => {
    const html = figure('The dot is at 5.', 5);
    expect(html.match(/class="[^"]*plot-frame--(wide|narrow)/g)).toHaveLength(2);
    expect(html).toContain('scaled-plot__overlay--wide');
    expect(html).toContain('scaled-plot__overlay--narrow');
    // x = 5 on [40, 640 - 20] and on [40, 360 - 20].
    expect(html).toContain('cx="330"');
    expect(html).toContain('cx="190"');
    expect(html).toContain('viewBox="0 0 640 320"');
    expect(html).toContain('viewBox="0 0 360 180"');
  });

  it('is one image: the name and the live description on the outer element, once', () => {
    const html = figure('The dot is at 5.', 5);
    expect(html.match(/role="img"/g)).toHaveLength(1);
    expect(html).toContain('aria-label="A dot on a line"');
    expect(html).toContain('The dot is at 5.');
    expect(html).not.toContain('the base description');
    expect(figure('The dot is at 7.', 7)).toContain('The dot is at 7.');
  });
});

describe('withoutDescription', () => {
  it('drops the paragraph serverFrames appends, and only it', () => {
    expect(withoutDescription('<svg><p>in</p></svg><p id="d" class="visually-hidden">said</p>')).toBe(
      '<svg><p>in</p></svg>',
    );
    expect(withoutDescription('<svg></svg>')).toBe('<svg></svg>');
  });
});
