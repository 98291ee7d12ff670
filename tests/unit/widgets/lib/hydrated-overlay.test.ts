// @vitest-environment happy-dom
/**
 * A figure hydrated from the build keeps the build's overlays, unchanged and not computed again,
 * in every render before it knows its width (the first ResizeObserver callback): OverlayFigure and
 * ScaledPlot alike. On the old code only the render that hydrated kept them: the next one (any
 * state change of the island, before the width) computed every frame's overlay again.
 */
import { h, hydrate, render } from 'preact';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { renderToString } from 'preact-render-to-string';
import { afterEach, expect, test } from 'vitest';
import { OverlayFigure } from '../../../../components/widgets/lib/OverlayFigure.tsx';
import { ScaledPlot } from '../../../../components/widgets/lib/ScaledPlot.tsx';
import type { Scales } from '../../../../components/widgets/lib/scales.ts';
import { hydrateHeld } from '../../../../src/site/islands/near-directive.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
afterEach(() => render(null, document.body));

const margins = { top: 10, right: 10, bottom: 20, left: 30 };
const emptyFigure = () => document.createElementNS('http://www.w3.org/2000/svg', 'svg');

/** Hydrates `figure` in an island whose other state changes once; returns the overlays drawn and the markup. */
async function hydrateAndRerender(figure: (drawn: number[]) => ComponentChildren) {
  const drawn: number[] = [];
  let other: (n: number) => void = () => {};
  function Island() {
    const [n, setN] = useState(0);
    other = setN;
    return h('div', { 'data-n': n }, figure(drawn));
  }
  const markup = renderToString(h(Island, null));
  drawn.length = 0;
  const island = document.createElement('div');
  island.innerHTML = markup;
  document.body.append(island);
  await hydrateHeld(() => hydrate(h(Island, null), island));
  const overlays = () => [...island.querySelectorAll('svg path')].map((p) => p.getAttribute('d'));
  const built = overlays();
  other(1);
  await tick();
  return { drawn, built, now: overlays(), island };
}

test('OverlayFigure: a render after the hydration keeps the build overlays and draws none', async () => {
  const { drawn, built, now, island } = await hydrateAndRerender((drawn) =>
    h(OverlayFigure, {
      aspect: 0.5,
      label: 'A figure',
      deps: [],
      scales: { x: [0, 10], y: [0, 5], margins },
      draw: emptyFigure,
      overlay: (S: Scales) => (drawn.push(S.width), h('path', { d: `M0,0L${S.width},1` })),
    }),
  );
  expect(island.querySelector('[data-n]')?.getAttribute('data-n')).toBe('1');
  expect(built).toEqual(['M0,0L640,1', 'M0,0L360,1']);
  expect(now).toEqual(built);
  expect(drawn).toEqual([]);
});

test('ScaledPlot: a render after the hydration keeps the build overlays and draws none', async () => {
  const { drawn, built, now, island } = await hydrateAndRerender((drawn) =>
    h(ScaledPlot, {
      aspect: 0.5,
      label: 'A figure',
      deps: [],
      draw: emptyFigure,
      overlay: (width: number | undefined) => (
        drawn.push(width ?? 0), h('svg', null, h('path', { d: `M0,0L${width ?? 0},1` }))
      ),
    }),
  );
  expect(island.querySelector('[data-n]')?.getAttribute('data-n')).toBe('1');
  expect(built).toEqual(['M0,0L640,1', 'M0,0L360,1']);
  expect(now).toEqual(built);
  expect(drawn).toEqual([]);
});
