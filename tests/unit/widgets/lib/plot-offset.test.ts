// @vitest-environment happy-dom
/**
 * An overlay's marks sit where Plot's own would: on a screen of device pixel ratio 1, Plot moves its
 * marks by half a pixel (its style.js `offset`), and OverlayFigure's layers move alike
 * (`plotOffset`); at a higher ratio neither moves.
 */
import * as Plot from '@observablehq/plot';
import { h, render } from 'preact';
import { afterEach, expect, it } from 'vitest';
import { OverlayFigure } from '../../../../components/widgets/lib/OverlayFigure.tsx';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => {
  render(null, root);
  Object.defineProperty(window, 'devicePixelRatio', { value: 1, configurable: true });
});

const margins = { top: 20, right: 10, bottom: 30, left: 40 };
/** The transforms of the overlay's layer groups, in both of the figure's frames. */
function overlayMoves(): (string | null)[] {
  render(
    h(OverlayFigure, {
      aspect: 0.5,
      label: 'A map',
      description: 'A dot.',
      deps: [],
      scales: { x: [0, 10], y: [0, 5], margins },
      layers: [{ kind: 'dots', points: [{ x: 1, y: 2 }], r: 3, fill: 'red' }],
      draw: (context) => Plot.plot({ document: context.document, width: context.width, height: context.height }),
    }),
    root,
  );
  const groups = root.querySelectorAll('[class*="overlay-figure__overlay"] svg > g');
  expect(groups.length).toBe(2);
  return [...groups].map((group) => group.getAttribute('transform'));
}

it("moves an overlay's layers by half a pixel at device pixel ratio 1, as Plot moves its marks", () => {
  Object.defineProperty(window, 'devicePixelRatio', { value: 1, configurable: true });
  expect(overlayMoves()).toEqual(['translate(0.5,0.5)', 'translate(0.5,0.5)']);
});

it('does not move them at device pixel ratio 2', () => {
  render(null, root);
  Object.defineProperty(window, 'devicePixelRatio', { value: 2, configurable: true });
  expect(overlayMoves()).toEqual([null, null]);
});
