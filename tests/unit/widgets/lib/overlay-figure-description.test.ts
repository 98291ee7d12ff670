// @vitest-environment happy-dom
/**
 * OverlayFigure keeps its figure's hidden description up to date without a redraw of the base, by
 * changing the paragraph's one text node in place: a played frame that changes the description
 * inserts and removes no node (which made the page's `:has()` rules restyle every ancestor).
 */
import { h, render } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { OverlayFigure } from '../../../../components/widgets/lib/OverlayFigure.tsx';

let island: HTMLElement | undefined;
afterEach(() => {
  if (island) render(null, island);
  island?.remove();
  island = undefined;
});

const figure = (description: string) =>
  h(OverlayFigure, {
    aspect: 0.5,
    label: 'A run',
    description,
    deps: [],
    scales: { x: [0, 10], y: [0, 5], margins: { top: 20, right: 20, bottom: 30, left: 40 } },
    draw: () => document.createElementNS('http://www.w3.org/2000/svg', 'svg'),
  });

test('a new description changes the text node the figure already has, and puts in no other', () => {
  island = document.body.appendChild(document.createElement('div'));
  render(figure('Step 1.'), island);
  // The paragraph the base's draw puts beside its figure (accessible-figure.ts).
  const paragraph = document.createElement('p');
  paragraph.className = 'visually-hidden';
  paragraph.textContent = 'Step 1.';
  island.querySelector('.plot-figure')!.append(paragraph);
  const text = paragraph.firstChild;

  render(figure('Step 2.'), island);
  expect(paragraph.textContent).toBe('Step 2.');
  expect(paragraph.childNodes).toHaveLength(1);
  expect(paragraph.firstChild).toBe(text);

  // A paragraph of several nodes is written whole.
  paragraph.append(document.createElement('br'), 'more');
  render(figure('Step 3.'), island);
  expect(paragraph.textContent).toBe('Step 3.');
  expect(paragraph.childNodes).toHaveLength(1);
});
