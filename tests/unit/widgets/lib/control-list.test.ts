import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { widgetNames } from '../../../../components/registry.ts';
import { islandOf, propsOf } from '../guide-islands.ts';
import { readFlags } from '../../../../components/widgets/lib/classroom.ts';
import { controlsOf } from '../../../../components/widgets/lib/control-list.tsx';

/** The names of the elements of `html` that carry `data-control` and match `selector`. */
const named = (html: string, selector: string) =>
  new Set(
    [...parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.querySelectorAll(selector)].map(
      (el) => el.getAttribute('data-control') ?? '',
    ),
  );

/** The disabled form controls, each as the names of the named elements it lies in. */
const disabled = (html: string) =>
  [
    ...parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.querySelectorAll(
      // A locked editor is read-only rather than disabled, so its text can still be read, scrolled and copied.
      'input:disabled, select:disabled, button:disabled, input[disabled], select[disabled], button[disabled], textarea[readonly]',
    ),
  ].map((el) => {
    const names: string[] = [];
    for (let at: Element | null = el; at; at = at.parentElement) {
      const name = at.getAttribute('data-control');
      if (name !== null) names.push(name);
    }
    return names;
  });

/** The form controls that lie in no named element, by their text or label. */
const unnamed = (html: string) =>
  [
    ...parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.querySelectorAll(
      'button:not(.linked-formula__link), input, select, textarea',
    ),
  ]
    .filter((el) => el.closest('[data-control]') === null)
    .map((el) => `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}`);

describe('controlsOf: the named controls the Share menu and the author guide list', () => {
  it('names controls, not bare URL parameters, with their labels in the page’s language', () => {
    const gd = controlsOf(islandOf('GdParabola'), propsOf('GdParabola')).controls;
    expect(gd.map((c) => c.name)).toContain('lr');
    const zh = controlsOf(islandOf('Race'), propsOf('Race', 'zh-cn')).controls;
    const en = controlsOf(islandOf('Race'), propsOf('Race')).controls;
    expect(zh.map((c) => c.name)).toEqual(en.map((c) => c.name));
    expect(en.find((c) => c.name === 'seed')?.label).toBe('Noise seed');
    expect(zh.find((c) => c.name === 'seed')?.label).toBe('噪声种子');
    // The Race's per-optimizer cards: the card, its learning rate and its folded settings.
    expect(en.map((c) => c.name)).toEqual(expect.arrayContaining(['adam', 'adam.lr', 'adam.more', 'sgd', 'sgd.lr']));
  });

  for (const name of widgetNames) {
    it(`${name}: each name hides exactly its control, and locks only controls inside it`, () => {
      const island = islandOf(name);
      const props = propsOf(name);
      const { controls, html } = controlsOf(island, props);
      const shown = named(html, '[data-control]');
      // Every control that changes the widget's state has a name, its own or its group's (issue #19:
      // a teacher who locks a widget locks its action buttons too), save the formula's emphasis
      // buttons, which only highlight a term of the formula.
      expect(unnamed(html), name).toEqual([]);
      const before = disabled(html).length;
      const onScreen = controls.map((c) => c.name).filter((control) => shown.has(control));
      const notYet = controls.map((c) => c.name).filter((control) => !shown.has(control));
      // Named before they are shown (a seed without noise, an optimizer that is off): together, they change nothing yet.
      const early = controlsOf(island, props, readFlags(`?hide=${notYet.join(',')}&lock=${notYet.join(',')}`)).html;
      expect(named(early, '[data-control][hidden]')).toEqual(new Set());
      expect(disabled(early).length).toBe(before);
      for (const control of onScreen) {
        // One render per name, hidden and locked at once: what is hidden and what is disabled are read apart.
        const flagged = controlsOf(island, props, readFlags(`?hide=${control}&lock=${control}`)).html;
        expect(named(flagged, '[data-control][hidden]'), control).toEqual(new Set([control]));
        const newly = disabled(flagged);
        expect(newly.length, control).toBeGreaterThan(before);
        // Every control disabled by the lock lies in the named one (or was disabled already).
        expect(newly.filter((names) => !names.includes(control)).length, control).toBeLessThanOrEqual(before);
      }
      expect(onScreen.length, name).toBeGreaterThan(0);
    }, 120_000); // one render per name: the Race has 30 names, and CI's two cores run the unit files in parallel
  }
});
