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
 *
 * Each hydration runs in a task of its own, after the task that evaluated the island's modules,
 * and islands that come into view together hydrate one after the other, a task each (`hydrateInTurn`).
 * Before, the promise callbacks ran in the task that evaluated the modules: on the Race's page of
 * the author guide, at 412 px with 4x CPU slowdown, that was one task of 689–929 ms of thread
 * time (evaluating the modules, 72–80 ms of it, then the widget's first render), and several islands
 * in view at load all hydrated in one task.
 */
import type { ClientDirective } from 'astro';

type Hydrate = () => Promise<void> | void;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

let turns: Promise<unknown> = Promise.resolve();

/**
 * Hydrates once `loaded` resolves, in a task after the one that resolved it and after the
 * hydrations asked for earlier (each in its own task). The modules of every island load at once;
 * only the hydrations wait their turn. One that fails does not stop the ones after it.
 */
export function hydrateInTurn(loaded: Promise<Hydrate>, wait: () => Promise<void> = nextTask): Promise<void> {
  const turn = Promise.all([loaded, turns])
    .then(async ([hydrate]) => {
      await wait();
      await hydrate();
    })
    .catch((error: unknown) => {
      // Astro's loader reports its own errors; a hydration that throws is reported here.
      console.error(error);
    });
  turns = turn;
  return turn;
}

const nearDirective: ClientDirective = (load, _options, island) => {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    void hydrateInTurn(load());
  });
  const block = island.closest(':is(.chapter, .guide) > *');
  if (block) observer.observe(block);
  for (const child of island.children) observer.observe(child);
};

export default nearDirective;
