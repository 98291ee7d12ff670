/**
 * `client:near`: hydrates an island when it comes into view, like Astro's `client:visible`, but
 * also watching the chapter block that holds it.
 *
 * Most of a chapter's blocks have `content-visibility: auto` (src/site/styles/global.css): the browser
 * skips their layout until they come near the viewport. `client:visible` watches only the
 * island's own elements, and in Chromium an element inside a block skipped at load was not
 * reported as intersecting once the block came into view, so at 360 px some widgets never
 * hydrated. The block itself is never skipped (only what is inside it), so watching it helps;
 * it was not enough on its own (about 1 run in 6 still failed), so blocks that hold a widget are
 * for now left out of content-visibility, and this directive then behaves as client:visible.
 */
import type { ClientDirective } from 'astro';

const nearDirective: ClientDirective = (load, _options, island) => {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    void load().then((hydrate) => hydrate());
  });
  const block = island.closest(':is(.chapter, .guide) > *');
  if (block) observer.observe(block);
  for (const child of island.children) observer.observe(child);
};

export default nearDirective;
