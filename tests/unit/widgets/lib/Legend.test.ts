import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { Legend } from '../../../../components/widgets/lib/Legend.tsx';

describe('Legend', () => {
  it('draws one key per item, solid, dashed 4 3 or dashed as the chart line, then the note', () => {
    const html = render(
      h(Legend, {
        items: [
          { label: 'Adam', color: 'red' },
          { label: 'SGD', color: 'blue', dashed: true },
          { label: 'without bias correction', color: 'grey', dashed: '5 3' },
        ],
        note: 'dashed: y',
      }),
    );
    expect(html.match(/<li>/g)).toHaveLength(4);
    expect(html.match(/stroke-dasharray="4 3"/g)).toHaveLength(1);
    expect(html.match(/stroke-dasharray="5 3"/g)).toHaveLength(1);
    expect(html.indexOf('without bias correction')).toBeLessThan(html.indexOf('dashed: y'));
    expect(html).toContain('aria-label="Colour key"');
  });
});
