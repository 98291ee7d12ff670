/**
 * The embed page's inline script (classroom-frame.ts) applies an embed link's hide=, lock= and
 * caption=0 to the widget's static frame before it hydrates, so that hydration changes no control's
 * state (and moves no focus). Here: for every widget, the script run on the frame rendered without
 * flags gives the markup the widget renders with them. The script is run from its source, as the
 * page runs it, which also checks that the function needs nothing from outside its body.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { widgetNames } from '../../../../components/registry.ts';
import { islandOf, propsOf } from '../../widgets/guide-islands.ts';
import { readFlags } from '../../../../components/widgets/lib/classroom.ts';
import { flagStaticFrameScript } from '../../../../src/site/islands/classroom-frame.ts';
import { controlsOf } from '../../../../components/widgets/lib/control-list.tsx';

const documentOf = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

/** Runs the layout's script on `html` as a page at `?search` would. */
function flagged(html: string, search: string): Document {
  const document = documentOf(html);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the embed page's inline script, run as the page runs it
  const run = new Function('location', 'document', flagStaticFrameScript) as (
    location: { search: string },
    document: Document,
  ) => void;
  run({ search }, document);
  return document;
}

/** What flags change, element by element in document order. */
const states = (document: Document) =>
  [...document.querySelectorAll('*')].map(
    (el) =>
      `${el.tagName.toLowerCase()}${el.hasAttribute('data-control') ? `[${el.getAttribute('data-control')}]` : ''}` +
      `${el.hasAttribute('hidden') ? ' hidden' : ''}${el.hasAttribute('disabled') ? ' disabled' : ''}` +
      `${el.hasAttribute('readonly') ? ' readonly' : ''} ${el.getAttribute('class') ?? ''}`,
  );

describe('flagStaticFrame: the embed page applies the classroom flags to the static frame', () => {
  it('reads names as readFlags does, and changes nothing without flags', () => {
    const html = ['lr', 'start', 'adam.lr', 'x']
      .map((name) => `<div data-control="${name}"><input type="range"></div>`)
      .join('');
    const search = '?hide=%20start%20,,adam.lr,nosuch&lock=lr,,x';
    const document = flagged(html, search);
    const hidden = [...document.querySelectorAll('[hidden]')].map((el) => el.getAttribute('data-control'));
    const locked = [...document.querySelectorAll('[disabled]')].map((el) =>
      el.closest('[data-control]')?.getAttribute('data-control'),
    );
    const flags = readFlags(search);
    expect(hidden).toEqual(['start', 'adam.lr']);
    expect(new Set(hidden)).toEqual(new Set([...flags.hide].filter((name) => name !== 'nosuch')));
    expect(new Set(locked)).toEqual(flags.lock);
    // Without flags it changes nothing.
    expect(states(flagged(html, ''))).toEqual(states(documentOf(html)));
  });

  for (const name of widgetNames) {
    it(`${name}: every name hidden and locked, caption=0: the same markup as the widget renders`, () => {
      const island = islandOf(name);
      const props = propsOf(name);
      const { controls, html } = controlsOf(island, props);
      const names = controls.map((c) => c.name).join(',');
      for (const search of [`?lock=${names}&caption=0`, `?hide=${names}&lock=${names}`]) {
        const expected = controlsOf(island, props, readFlags(search)).html;
        expect(states(flagged(html, search)), search).toEqual(states(documentOf(expected)));
      }
    }, 60_000);
  }
});
