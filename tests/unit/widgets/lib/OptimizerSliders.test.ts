import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { OptimizerSliders } from '../../../../components/widgets/lib/OptimizerSliders.tsx';

const noop = () => {};
// Like LinkedFormula's linkProps(sym): a data-link attribute and the handlers that emphasize the symbol.
const linkTo = (sym: string) => {
  const props = { 'data-link': sym, onMouseEnter: noop };
  return props;
};

describe('OptimizerSliders', () => {
  it('draws a log learning-rate slider with the widget’s label, range and hint', () => {
    const html = render(
      h(OptimizerSliders, {
        lr: { value: 0.1, range: [0.001, 1.5], onChange: noop, label: 'Learning rate α', hint: 'Log scale.' },
      }),
    );
    expect(html.match(/type="range"/g)).toHaveLength(1);
    expect(html).toContain('Learning rate α');
    expect(html).toContain('Log scale.');
    // A log slider moves over positions, not over the value itself: its min is 0, not 0.001.
    expect(html).toMatch(/min="0"/);
    expect(html).not.toContain('min="0.001"');
    expect(html).not.toContain('control-link');
  });

  it('puts μ (0 to 0.99, steps of 0.01) before α, each in its formula link when given', () => {
    const html = render(
      h(OptimizerSliders, {
        momentum: { value: 0.9, onChange: noop, label: 'Momentum μ', link: linkTo('mu') },
        lr: {
          value: 0.01,
          range: [0.001, 0.2],
          onChange: noop,
          label: 'Learning rate α',
          link: linkTo('alpha'),
        },
      }),
    );
    expect(html.indexOf('Momentum μ')).toBeLessThan(html.indexOf('Learning rate α'));
    expect(html).toMatch(/<div class="control-link" data-link="mu">/);
    expect(html).toMatch(/<div class="control-link" data-link="alpha">/);
    expect(html).toMatch(/max="0.99" step="0.01"/);
  });
});
