import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { optimizerNames, optimizerTitles } from '../../../../src/engine/optim/index.ts';
import { readFlags } from '../../../../components/widgets/lib/classroom.ts';
import { controlsOf } from '../../../../components/widgets/lib/control-list.tsx';
import { withLocale } from '../../../../components/widgets/lib/i18n.tsx';
import { OptimizerCards } from '../../../../components/widgets/lib/OptimizerCards.tsx';
import { SeedSlider } from '../../../../components/widgets/lib/NoiseControls.tsx';
import { defaultSettings } from '../../../../components/widgets/lib/optimizer-settings.ts';

const noop = () => {};
const Cards = withLocale(({ seedShown = false }: { seedShown?: boolean }) =>
  h('div', null, [
    h(OptimizerCards, {
      legend: 'Optimizers',
      titles: optimizerTitles,
      selected: ['adam'],
      settings: defaultSettings(),
      horizon: 100,
      words: { moreSettings: 'More settings', logScale: 'Log scale.' },
      toggle: noop,
      setLr: noop,
      setSchedule: noop,
    }),
    h(SeedSlider, { label: 'Noise seed', value: 3, onChange: noop, shown: seedShown }),
  ]),
) as unknown as Parameters<typeof controlsOf>[0];

describe('OptimizerCards and SeedSlider', () => {
  it('name every card, its learning rate and its folded settings, shown or not, the card first', () => {
    const { controls, html } = controlsOf(Cards, {});
    const names = controls.map((c) => c.name);
    expect(names.slice(0, 3)).toEqual([optimizerNames[0], `${optimizerNames[0]}.lr`, `${optimizerNames[0]}.more`]);
    for (const name of optimizerNames)
      expect(names).toEqual(expect.arrayContaining([name, `${name}.lr`, `${name}.more`]));
    expect(names).toContain('seed');
    // Only the running optimizer shows its slider; the seed waits for noise.
    // Adam's α and weight decay (a constant schedule has no field); no seed.
    expect(html.match(/type="range"/g)).toHaveLength(2);
    expect(html).not.toContain('Noise seed');
    expect(controls.find((c) => c.name === 'adam.more')?.label).toBe('Adam: More settings');
  });

  it('puts the Chinese colon in a Chinese label', () => {
    const { controls } = controlsOf(Cards, { locale: 'zh-cn' });
    expect(controls.find((c) => c.name === 'adam.more')?.label).toBe('Adam：More settings');
  });

  it('lock=adam disables every control of the card and nothing else; hide=seed hides the seed once shown', () => {
    const locked = controlsOf(Cards, {}, readFlags('?lock=adam')).html;
    expect(controlsOf(Cards, {}).html).not.toContain(' disabled');
    const from = locked.indexOf('data-control="adam"');
    const to = locked.indexOf('data-control="adamw"');
    const at = [...locked.matchAll(/ disabled/g)].map((m) => m.index);
    // The toggle, α, weight decay and schedule of Adam's card; nothing before or after it.
    expect(at.length).toBe(4);
    expect(at.every((i) => i > from && i < to)).toBe(true);
    const hidden = controlsOf(Cards, { seedShown: true }, readFlags('?hide=seed')).html;
    expect(hidden).toMatch(/data-control="seed" hidden/);
  });
});
