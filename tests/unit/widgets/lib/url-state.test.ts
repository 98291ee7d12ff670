import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { linkParamStrings, markUrlPending, parseParam, readState, urlPendingAttribute, type Specs } from '../../../../components/widgets/lib/url-state.ts';

const specs = {
  lr: { kind: 'number', default: 0.1, min: 0.001, max: 1.5 },
  step: { kind: 'number', default: 30, min: 0, max: 60, integer: true },
  problem: { kind: 'enum', default: 'twoMinima', values: ['twoMinima', 'ravine'] },
  decay: { kind: 'bool', default: false },
  start: { kind: 'numbers', default: [0, 0], min: -2, max: 2, length: 2 },
} satisfies Specs;
const base = { lr: 0.1, step: 30, problem: 'twoMinima', decay: false, start: [0, 0] };
const broken = '?w.lr=banana&w.step=99&w.problem=moon&w.decay=maybe&w.start=1,x&w.junk=1';

describe('link-parameter messages per language', () => {
  it('English is exactly what it was (the default when no language is given)', () => {
    const read = readState('w', specs, broken, base);
    expect(read.messages).toEqual([
      'Link parameter lr="banana" is not a usable number; using 0.1.',
      'Link parameter step="99" is outside 0 to 60; using 60.',
      'Link parameter problem="moon" is not one of twoMinima, ravine; using twoMinima.',
      'Link parameter decay="maybe" is not 1 or 0; using the default.',
      'Link parameter start="1,x" needs 2 numbers; using the default.',
    ]);
    expect(readState('w', specs, broken, base, 'en')).toEqual(read);
    expect(parseParam('start', specs.start, '5,1').message).toBe('start="5,1" is outside -2 to 2; clamped.');
    expect(parseParam('lr', specs.lr, 'x'.repeat(201)).message).toBe('lr is too long; using the default.');
  });

  it('Chinese gives the same fallbacks with Chinese sentences', () => {
    const en = readState('w', specs, broken, base);
    const zh = readState('w', specs, broken, base, 'zh-cn');
    expect(zh.state).toEqual(en.state);
    expect(zh.messages).toEqual([
      '链接参数 lr="banana" 不是可用的数，改用 0.1。',
      '链接参数 step="99" 超出了 0 到 60 的范围，改用 60。',
      '链接参数 problem="moon" 不是 twoMinima、ravine 之一，改用 twoMinima。',
      '链接参数 decay="maybe" 不是 1 或 0，改用默认值。',
      '链接参数 start="1,x" 需要 2 个数，改用默认值。',
    ]);
    expect(parseParam('start', specs.start, '5,1', 'zh-cn').message).toBe(
      'start="5,1" 超出了 -2 到 2 的范围，已截断到范围内。',
    );
    expect(linkParamStrings['zh-cn'].about('fn', '未知的名字。')).toBe('链接参数 fn：未知的名字。');
    expect(linkParamStrings.en.about('fn', 'Unknown name.')).toBe('Link parameter fn: Unknown name.');
  });
});

describe('the pending-write signal on <html>', () => {
  it('lists each key once while its write waits, and is gone when none waits', () => {
    const root = parseHTML('<!doctype html><html><body></body></html>').document.documentElement;
    markUrlPending('race', true, root);
    markUrlPending('race.fn', true, root);
    markUrlPending('race', true, root);
    expect(root.getAttribute(urlPendingAttribute)).toBe('race race.fn');
    markUrlPending('race', false, root);
    expect(root.getAttribute(urlPendingAttribute)).toBe('race.fn');
    markUrlPending('gd', false, root);
    expect(root.getAttribute(urlPendingAttribute)).toBe('race.fn');
    markUrlPending('race.fn', false, root);
    expect(root.hasAttribute(urlPendingAttribute)).toBe(false);
  });
});
