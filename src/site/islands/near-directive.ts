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
 *
 * A hydration may be held (`hydrateHeld`): while the island's first render runs, the page's global
 * `descentHydrating` is set, and a render that throws a promise then (useAfterPaint, in
 * components/widgets/lib/after-paint.ts, when its first value is long to compute) leaves the build's
 * markup as it is (Preact keeps the server's DOM for a thrown promise), does its work in tasks of its
 * own, and the island is hydrated again once the promise settles. So a widget whose first render ran
 * its optimizers (the Race: 405-433 ms at 4x CPU in one task) hydrates in several short tasks, with
 * its static frame on screen meanwhile.
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
      await hydrateHeld(hydrate);
    })
    .catch((error: unknown) => {
      // Astro's loader reports its own errors; a hydration that throws is reported here.
      console.error(error);
    });
  turns = turn;
  return turn;
}

/** The global a held hydration's first render looks for (after-paint.ts reads it by this name). */
export const hydratingKey = 'descentHydrating';

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/**
 * Runs `hydrate` with the page's `descentHydrating` set for its synchronous part (Astro's island and
 * Preact's hydrate render synchronously from the call); if it fails with a promise, waits for that
 * and hydrates again, until it hydrates or fails with anything else. `hydrate` is the island's, so
 * the global holds the island being hydrated, which after-paint.ts tells apart from the previous one.
 */
export async function hydrateHeld(hydrate: Hydrate): Promise<void> {
  const page = globalThis as Record<string, unknown>;
  const attempt = (): Promise<void> | void => {
    page[hydratingKey] = hydrate;
    try {
      return hydrate();
    } finally {
      page[hydratingKey] = undefined;
    }
  };
  for (;;) {
    try {
      await attempt();
      return;
    } catch (error) {
      if (!isThenable(error)) throw error;
      await error;
    }
  }
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
