import { describe, expect, it } from 'vitest';
import {
  applyHyper,
  decodeOptimizers,
  defaultSettings,
  encodeOptimizers,
  hyperLabels,
  hyperRanges,
} from '../../../../components/widgets/lib/optimizer-settings.ts';
import { raceLrs } from '../../../../components/widgets/Race/model.ts';

describe('optimizer settings in links', () => {
  const base = { selected: ['sgd', 'adam'] as const, settings: defaultSettings(raceLrs) };

  it('round-trips', () => {
    const settings = applyHyper(base.settings, {
      adam: { lr: 0.2, beta2: 0.99, biasCorrection: false },
      momentum: { momentum: 0.5 },
    });
    const text = encodeOptimizers(['adam', 'momentum'], settings);
    expect(text).toBe('momentum:lr=0.002,mu=0.5;adam:lr=0.2,b1=0.9,b2=0.99,eps=1e-8,bc=0');
    const read = decodeOptimizers(text, { selected: [...base.selected], settings: base.settings });
    expect(read.messages).toEqual([]);
    expect(read.selected).toEqual(['momentum', 'adam']);
    expect(read.settings.adam).toEqual(settings.adam);
    expect(read.settings.momentum.momentum).toBe(0.5);
  });

  it('clamps, ignores and explains bad parts', () => {
    const read = decodeOptimizers('adam:lr=50,b1=abc,zz=1;__proto__:lr=1;sgd:mu=0.5;adam:lr=1', {
      selected: [...base.selected],
      settings: base.settings,
    });
    expect(read.selected).toEqual(['adam', 'sgd']);
    expect(read.settings.adam.lr).toBe(10);
    expect(read.settings.adam.beta1).toBe(0.9);
    expect(read.messages.join(' ')).toContain('lr="50" is outside 0.0001 to 10; using 10');
    expect(read.messages.join(' ')).toContain('b1="abc" is not a usable number');
    expect(read.messages.join(' ')).toContain('"__proto__" is not an optimizer');
    expect(read.messages.join(' ')).toContain('sgd has no setting "mu"');
    expect(read.messages.join(' ')).toContain('lists adam twice');
    expect(({} as Record<string, unknown>)['lr']).toBeUndefined();
  });

  it('falls back to the base selection when nothing is usable', () => {
    const read = decodeOptimizers('banana', { selected: [...base.selected], settings: base.settings });
    expect(read.selected).toEqual(['sgd', 'adam']);
    expect(read.messages.at(-1)).toContain('no usable optimizer');
  });
});

describe('optimizer link messages per language', () => {
  it('the optimizers parameter speaks both languages; English is unchanged', () => {
    const settings = defaultSettings();
    const text = 'adam:lr=50,b1=abc,zz=1;banana:lr=1;adam:lr=1';
    const en = decodeOptimizers(text, { selected: ['sgd'], settings });
    expect(en.messages).toEqual([
      'Link parameter opt: adam lr="50" is outside 0.0001 to 10; using 10.',
      'Link parameter opt: adam b1="abc" is not a usable number; using 0.9.',
      'Link parameter opt: adam has no setting "zz"; ignored.',
      'Link parameter opt: "banana" is not an optimizer (use sgd, momentum, nag, adagrad, rmsprop, adam); ignored.',
      'Link parameter opt lists adam twice; the first one is used.',
    ]);
    const zh = decodeOptimizers(text, { selected: ['sgd'], settings }, 'zh-cn');
    expect(zh.selected).toEqual(en.selected);
    expect(zh.messages[0]).toBe('链接参数 opt：adam lr="50" 超出了 0.0001 到 10 的范围，改用 10。');
    expect(zh.messages[4]).toBe('链接参数 opt 把 adam 列了两次，只采用第一次。');
    expect(decodeOptimizers('banana', { selected: ['sgd'], settings }, 'zh-cn').messages.at(-1)).toBe(
      '链接参数 opt 没有给出任何可用的优化器，改用默认的优化器。',
    );
    for (const key of Object.keys(hyperRanges) as (keyof typeof hyperRanges)[])
      expect(hyperLabels.en[key]).toBe(hyperRanges[key].label);
    expect(hyperLabels['zh-cn'].lr).toBe('学习率 α');
  });
});
