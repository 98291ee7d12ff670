/**
 * `client:near`: hydrates an island when it comes into view, like Astro's `client:near`, but
 * also watching the chapter block that holds it.
 *
 * A chapter's blocks have `content-visibility: auto` (src/styles/global.css): the browser skips
 * their layout until they come near the viewport. `client:near` watches the island's own
 * elements with an IntersectionObserver, and in Chromium an element inside a block that was
 * skipped at load was never reported as intersecting after the block came into view, so at a
 * 360 px width some widgets never hydrated. The block itself is never skipped (only what is inside
 * it), so it is reported reliably; the island's own elements are watched too, for islands outside
 * any such block.
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
