import { describe, expect, it } from 'vitest';
import {
  applyHyper,
  decodeOptimizers,
  defaultSettings,
  encodeOptimizers,
  hyperLabels,
  hyperRanges,
  specOf,
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
      'Link parameter opt: "banana" is not an optimizer (use sgd, momentum, nag, adagrad, rmsprop, adam, adamw); ignored.',
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

describe('weight decay, schedules and AdamW in links and props', () => {
  const base = { selected: ['sgd', 'adam'] as const, settings: defaultSettings(raceLrs) };

  it('AdamW has its own defaults (weight decay 0.01) and settings; the others have none', () => {
    expect(base.settings.adamw).toMatchObject({ lr: 0.05, weightDecay: 0.01, schedule: { name: 'constant' } });
    expect(base.settings.adam.weightDecay).toBe(0);
    expect(specOf('adamw', base.settings.adamw)).toMatchObject({ name: 'adamw', weightDecay: 0.01, schedule: { name: 'constant' } });
  });

  it('writes weight decay and the schedule only when they differ from the base, and reads them back', () => {
    expect(encodeOptimizers(['adam', 'adamw'], base.settings, base.settings)).toBe(
      'adam:lr=0.05,b1=0.9,b2=0.999,eps=1e-8,bc=1;adamw:lr=0.05,b1=0.9,b2=0.999,eps=1e-8,bc=1',
    );
    const settings = applyHyper(base.settings, {
      sgd: { weightDecay: 0.1, schedule: { name: 'step', stepSize: 50 } },
      adamw: { weightDecay: 0 },
    });
    const text = encodeOptimizers(['sgd', 'adamw'], settings, base.settings);
    expect(text).toBe('sgd:lr=0.002,wd=0.1,sch=step,ss=50,sg=0.1;adamw:lr=0.05,b1=0.9,b2=0.999,eps=1e-8,bc=1,wd=0');
    const read = decodeOptimizers(text, base);
    expect(read.messages).toEqual([]);
    expect(read.selected).toEqual(['sgd', 'adamw']);
    expect(read.settings.sgd).toEqual(settings.sgd);
    expect(read.settings.adamw.weightDecay).toBe(0);
  });

  it('a base with a schedule: going back to constant is written, so the link keeps it', () => {
    const scheduled = applyHyper(base.settings, { adam: { schedule: { name: 'cosine' } } }, 200);
    expect(scheduled.adam.schedule).toEqual({ name: 'cosine', tMax: 200, minLr: 0 });
    const back = { ...scheduled, adam: { ...scheduled.adam, schedule: { name: 'constant' as const } } };
    const text = encodeOptimizers(['adam'], back, scheduled);
    expect(text).toContain('sch=constant');
    expect(decodeOptimizers(text, { selected: ['adam'], settings: scheduled }).settings.adam.schedule).toEqual({ name: 'constant' });
  });

  it('links written before weight decay and schedules existed keep their meaning', () => {
    const read = decodeOptimizers('momentum:lr=0.002,mu=0.5;adam:lr=0.2,b1=0.9,b2=0.99,eps=1e-8,bc=0', base);
    expect(read.messages).toEqual([]);
    expect(read.settings.adam).toEqual({ ...base.settings.adam, lr: 0.2, beta2: 0.99, biasCorrection: false });
    expect(read.settings.momentum.schedule).toEqual({ name: 'constant' });
  });

  it('explains a bad weight decay or schedule in the link and keeps the base', () => {
    const read = decodeOptimizers('adam:wd=5,sch=linear;sgd:wd=x,sch=cosine,T=0', { ...base, horizon: 100 }, 'en');
    expect(read.settings.adam.weightDecay).toBe(1);
    expect(read.settings.adam.schedule).toEqual({ name: 'constant' });
    expect(read.settings.sgd.weightDecay).toBe(0);
    expect(read.settings.sgd.schedule).toEqual({ name: 'cosine', tMax: 2, minLr: 0 });
    expect(read.messages).toEqual([
      'Link parameter opt: adam wd="5" is outside 0 to 1; using 1.',
      'Link parameter opt: adam sch="linear" is not a schedule (use constant, step, exponential, cosine, warmup, warmup-cosine); using constant.',
      'Link parameter opt: sgd wd="x" is not a usable number; using 0.',
      'Link parameter opt: sgd T="0" is outside 2 to 20000; using 2.',
    ]);
    expect(decodeOptimizers('adam:sch=linear', base, 'zh-cn').messages[0]).toContain('不是学习率调度');
  });
});
