import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { isWideSelect, Select } from '../../../../components/widgets/lib/controls.tsx';

const noop = () => {};

describe('isWideSelect', () => {
  it('gives two grid cells only to a select whose longest option would be cut short in one', () => {
    expect(isWideSelect(['XOR', 'Two moons', 'Spirals'])).toBe(false);
    expect(isWideSelect(['tanh', 'relu', 'Straight valley (curvatures 1 and 20)'])).toBe(true);
    // 14 letters fit; 15 do not.
    expect(isWideSelect(['abcdefghijklmn'])).toBe(false);
    expect(isWideSelect(['abcdefghijklmno'])).toBe(true);
  });

  it('counts a Chinese character as two letters wide', () => {
    expect(isWideSelect(['两个月牙形'])).toBe(false);
    expect(isWideSelect(['病态条件的狭长山谷表面'])).toBe(true);
  });
});

describe('Select', () => {
  it('marks a select with long options as wide, and a short one not', () => {
    const wide = render(
      h(Select, {
        label: 'Surface',
        value: 'a',
        options: [{ value: 'a', label: 'Ill-conditioned valley' }],
        onChange: noop,
      }),
    );
    const narrow = render(
      h(Select, { label: 'Data', value: 'a', options: [{ value: 'a', label: 'XOR' }], onChange: noop }),
    );
    expect(wide).toContain('control--wide');
    expect(narrow).toContain('control--select');
    expect(narrow).not.toContain('control--wide');
  });
});
