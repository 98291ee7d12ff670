/**
 * The classroom flags of an embed link (components/widgets/lib/classroom.ts), applied to the widget's static frame before
 * it hydrates. The embed layout (layouts/Embed.astro) runs this function's source as an
 * inline script right after the widget's markup, so it acts before the first paint.
 *
 * Why: the widget reads the flags only once hydrated (components/widgets/lib/embed-context.tsx). Until then the static
 * frame showed a control that hide= names and let one that lock= names take the focus; hydration
 * then hid or disabled the focused control and the focus fell to the page's body (a keyboard walk
 * on the embedding guide, whose live example is `hide=start&lock=lr`), and the layout moved. Preact's
 * hydration keeps the attributes it finds, and the flags' first render sets the same ones.
 *
 * It does what the controls do with the flags: a `[data-control]` named in hide= gets `hidden`;
 * every input, select and button at or in one named in lock= is disabled (a locked ControlGroup
 * disables every lib control in it) and a textarea made read-only (a locked editor stays
 * readable); caption=0 hides the title from sight only. Names are read as readFlags reads them.
 * tests/unit/site/islands/classroom-frame.test.ts checks, for every widget, that its result is the
 * markup the widget renders under the same flags.
 *
 * Self-contained (no imports, no helpers, nothing from outside its body): its source is what runs.
 */
export function flagStaticFrame(search: string, root: ParentNode): void {
  const params = new URLSearchParams(search);
  const names = (key: string): Set<string> =>
    new Set(
      (params.get(key) ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '')
        .slice(0, 50),
    );
  const hide = names('hide');
  const lock = names('lock');
  const controls = 'input, select, button, textarea';
  for (const element of root.querySelectorAll('[data-control]')) {
    const name = element.getAttribute('data-control') ?? '';
    if (hide.has(name)) element.setAttribute('hidden', '');
    if (!lock.has(name)) continue;
    const inside = [...element.querySelectorAll(controls)];
    for (const control of element.matches(controls) ? [element, ...inside] : inside) {
      control.setAttribute(control.localName === 'textarea' ? 'readonly' : 'disabled', '');
    }
  }
  if (params.get('caption') === '0') {
    for (const title of root.querySelectorAll('.widget__title')) title.classList.add('visually-hidden');
  }
}

/** The inline script of an embed page: the function's source, called on the page. */
export const flagStaticFrameScript = `(${flagStaticFrame.toString()})(location.search, document);`;
