/**
 * What a reader does to a widget before its island hydrates, done again once it has.
 *
 * Until it hydrates, a widget is the build's markup: its buttons have no handlers, and its sliders,
 * selects and checkboxes move (the browser does that) while the widget's state does not. A reader
 * who opens a shared link at the widget, or scrolls fast on a slow phone, can press Step or move a
 * slider in that time. Without this, the press was lost, and the slider showed a value the widget
 * did not use.
 *
 * `holdEarlyInputOnPage`, run by the page's own script (src/site/layouts/Base.astro and
 * Embed.astro, an external module, so it adds nothing to each page's HTML), holds the input of
 * every island not yet hydrated, whatever its directive, and replays it on the island's
 * `astro:hydrate` event (Astro sends it once the island has hydrated, not when a held hydration
 * only kept the build's markup, near-directive.ts).
 *
 * `holdEarlyInput` notes the buttons clicked (by mouse, touch or keyboard: Enter and Space click a
 * button) and the form controls whose value changed. `replay`, called once the island has
 * hydrated, clicks those buttons again, in order, and sends each control's last `input` and
 * `change` event again with the value it had then, so the widget takes the value the reader gave.
 * Noting ends as `replay` is called, so that nothing the island's own handlers answered is done
 * twice. Links and `<summary>` work without JavaScript, and a checkbox already toggled itself, so
 * their clicks are not replayed.
 */

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
/** An action held: a button's click, or a control's event with the value it had then. */
type Held =
  { target: Element; type: 'click' } | { target: Control; type: 'input' | 'change'; value: string; checked: boolean };

const isToggle = (control: Control): control is HTMLInputElement =>
  control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');

export interface EarlyInput {
  /**
   * Stops noting at once (the island has hydrated: its own handlers answer from now on), then does
   * again what was held: each action after `pause` (by default the next
   * frame and the task after it), so that it meets the island as the previous one left it. Handlers
   * read the state of the render they came from: two replayed in one task, a press of Step and then
   * a slider, had the slider's handler set the step back to where it was before the press.
   */
  replay(pause?: () => Promise<void>): Promise<void>;
  /** How many actions are held. */
  readonly size: number;
}

/**
 * After the first frame and the task after it: Preact runs a render's effects after the frame
 * (its `afterPaint`), and a handler may need what they set up.
 */
export const afterEffects = (): Promise<void> =>
  new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(done);
    else done();
  });

const types = ['click', 'input', 'change'] as const;

/** Starts noting the reader's early actions on `island` (see above). */
export function holdEarlyInput(island: Element): EarlyInput {
  const held: Held[] = [];
  const note = (event: Event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || !island.contains(target)) return;
    if (event.type === 'click') {
      const button = target.closest('button');
      // A button of type "button" does nothing without its handler; a submit button would submit.
      if (button && button.type === 'button' && !button.disabled) held.push({ target: button, type: 'click' });
      return;
    }
    if (!target.matches('input, select, textarea')) return;
    const control = target as Control;
    // Only the control's last value matters: an earlier event of the same kind is dropped.
    const type = event.type as 'input' | 'change';
    const earlier = held.findIndex((h) => h.target === target && h.type === type);
    if (earlier >= 0) held.splice(earlier, 1);
    held.push({ target: control, type, value: control.value, checked: isToggle(control) && control.checked });
  };
  for (const type of types) island.addEventListener(type, note, true);
  return {
    async replay(pause = afterEffects) {
      for (const type of types) island.removeEventListener(type, note, true);
      for (const action of held.splice(0)) {
        await pause();
        const { target } = action;
        // A control the first render replaced, or a button now disabled, is left alone.
        if (!target.isConnected || !island.contains(target)) continue;
        if (action.type === 'click') {
          if (!(target as HTMLButtonElement).disabled) (target as HTMLButtonElement).click();
          continue;
        }
        // The value the reader gave: a render since (one a replayed press caused) set the
        // control back to the widget's state.
        if (isToggle(action.target)) action.target.checked = action.checked;
        else action.target.value = action.value;
        target.dispatchEvent(new Event(action.type, { bubbles: true }));
      }
    },
    get size() {
      return held.length;
    },
  };
}

/** Holds the early input of every island of the page that has not hydrated yet (see above). */
export function holdEarlyInputOnPage(root: ParentNode = document): void {
  for (const island of root.querySelectorAll('astro-island[ssr]')) {
    const early = holdEarlyInput(island);
    island.addEventListener('astro:hydrate', () => void early.replay(), { once: true });
  }
}
