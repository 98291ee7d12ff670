// @vitest-environment happy-dom
/**
 * What a reader does to a widget before it hydrates is done again once it has
 * (src/site/islands/early-input.ts): the buttons pressed, in order, and each control's last value;
 * nothing its own handlers answered after hydration, and nothing the browser already did itself;
 * on a page, every island not yet hydrated, until Astro says it has.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { holdEarlyInput, holdEarlyInputOnPage } from '../../../../src/site/islands/early-input.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

/** An island as the build leaves it: markup with no handlers. */
function island(): HTMLElement {
  document.body.innerHTML = `
    <astro-island ssr>
      <button type="button" id="step">Step</button>
      <button type="button" id="off" disabled>Off</button>
      <input type="range" id="lr" min="0" max="10" value="2">
      <select id="data"><option>a</option><option>b</option></select>
      <details><summary id="share">Share</summary></details>
      <a href="#x" id="link">link</a>
    </astro-island>
    <button type="button" id="outside">Outside</button>`;
  return document.querySelector('astro-island')!;
}

/** The events each element gets, once "hydrated" (handlers added after the fact). */
function listen(...ids: string[]): string[] {
  const log: string[] = [];
  for (const id of ids)
    for (const type of ['click', 'input', 'change'])
      document.getElementById(id)!.addEventListener(type, (event) => {
        const target = event.currentTarget as HTMLInputElement;
        log.push(`${id} ${type}${type === 'click' ? '' : ` ${target.value}`}`);
      });
  return log;
}

const now = () => Promise.resolve();
const get = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

describe('holdEarlyInput', () => {
  it("replays the presses in order and each control's last input and change, with its value now", async () => {
    const root = island();
    const early = holdEarlyInput(root);
    get('step').click();
    const lr = get<HTMLInputElement>('lr');
    for (const value of ['3', '4']) {
      lr.value = value;
      lr.dispatchEvent(new Event('input', { bubbles: true }));
    }
    lr.dispatchEvent(new Event('change', { bubbles: true }));
    get('step').click();
    expect(early.size).toBe(4);
    // A render since hydration set the slider back to the widget's state: the reader's value is sent.
    lr.value = '2';
    const log = listen('step', 'lr');
    // Each one after a pause of its own (a frame and a task, in the page).
    const pauses: number[] = [];
    await early.replay(() => {
      pauses.push(log.length);
      return Promise.resolve();
    });
    expect(log).toEqual(['step click', 'lr input 4', 'lr change 4', 'step click']);
    expect(pauses).toEqual([0, 1, 2, 3]);
    expect(early.size).toBe(0);
  });

  it('leaves alone what works without JavaScript, disabled buttons and what is outside the island', () => {
    const root = island();
    const early = holdEarlyInput(root);
    for (const id of ['off', 'share', 'link', 'outside']) get(id).click();
    expect(early.size).toBe(0);
  });

  it('notes nothing once replay is called, so an input the hydrated island answered is not done twice', async () => {
    const root = island();
    const early = holdEarlyInput(root);
    get('step').click();
    const log = listen('step');
    const replayed = early.replay(now);
    // The reader's press after hydration, while the replay waits: the island answers it once.
    get('step').click();
    await replayed;
    expect(log).toEqual(['step click', 'step click']);
    expect(early.size).toBe(0);
  });

  it('skips a control the first render replaced', async () => {
    const root = island();
    const early = holdEarlyInput(root);
    const step = get('step');
    step.click();
    step.replaceWith(step.cloneNode(true));
    const log = listen('step');
    await early.replay(now);
    expect(log).toEqual([]);
  });
});

describe('holdEarlyInputOnPage', () => {
  it("holds every island not yet hydrated and replays its input on Astro's astro:hydrate", async () => {
    const root = island();
    const hydrated = document.createElement('astro-island');
    hydrated.innerHTML = '<button type="button" id="done">Done</button>';
    document.body.append(hydrated);
    holdEarlyInputOnPage();
    get('step').click();
    const log = listen('step', 'done');
    get('done').click();
    expect(log).toEqual(['done click']);
    root.removeAttribute('ssr');
    root.dispatchEvent(new CustomEvent('astro:hydrate'));
    // The replay waits a frame and a task before each action.
    await expect.poll(() => log).toEqual(['done click', 'step click']);
  });
});
