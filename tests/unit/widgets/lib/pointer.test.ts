// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { dataAtFigure } from '../../../../components/widgets/lib/pointer.ts';
import { fallbackScales } from '../../../../components/widgets/lib/scales.ts';

const margins = { top: 20, right: 20, bottom: 30, left: 40 };
const scalesAt = (width: number) => fallbackScales([-2.5, 2.5], [-1.6, 1.3], 0.6, margins, 'linear', 'linear', width);

/** A figure with the build's two frames, of which only the `shown` one has a box, shown at half its size. */
function figure(shown: 'wide' | 'narrow') {
  const container = document.createElement('div');
  container.innerHTML = `<div class="plot-figure">
    <svg class="plot-frame plot-frame--wide" viewBox="0 0 640 384"></svg>
    <svg class="plot-frame plot-frame--narrow" viewBox="0 0 360 216"></svg>
  </div>`;
  for (const svg of container.querySelectorAll('svg')) {
    const width = svg.classList.contains(`plot-frame--${shown}`) ? Number(svg.getAttribute('viewBox')!.split(' ')[2]) / 2 : 0;
    svg.getBoundingClientRect = () => ({ left: 10, top: 20, width, height: width * 0.6 }) as DOMRect;
  }
  return container;
}

test('a click is read with the scales of the frame on screen, at the size it is shown', () => {
  // The middle of the plot area (w = 0): 40 + 580 / 2 = 330 px of the 640 px frame, shown at half size.
  expect(dataAtFigure(figure('wide'), { clientX: 10 + 330 / 2, clientY: 0 }, 'x', scalesAt)).toBeCloseTo(0, 9);
  // On the phone's frame, the same pixel of the screen is further right in the data.
  const narrow = dataAtFigure(figure('narrow'), { clientX: 10 + 330 / 2, clientY: 0 }, 'x', scalesAt)!;
  expect(narrow).toBeCloseTo(-2.5 + ((330 - 40) / (360 - 60)) * 5, 9);
  // The y axis, from the top: the plot area's top edge is the domain's top.
  expect(dataAtFigure(figure('wide'), { clientX: 0, clientY: 20 + 20 / 2 }, 'y', scalesAt)).toBeCloseTo(1.3, 9);
});

test('no figure shown: no value', () => {
  const container = document.createElement('div');
  expect(dataAtFigure(container, { clientX: 1, clientY: 1 }, 'x', scalesAt)).toBe(null);
});
