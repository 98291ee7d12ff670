import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { drawQueue, renderAfterInput, type DrawQueue } from './draw-queue.ts';
import { fingerprint } from './fingerprint.ts';

export interface AfterPaintOptions {
  /** The queue whose turns run the stages and compute the value. Default: the page's draw queue (draw-queue.ts). */
  queue?: DrawQueue;
  /** Runs the render of a computed value in a task of its own. Default `renderAfterInput`. */
  renderTask?: (task: () => void) => void;
  /**
   * For a value whose computation is long: the work of a change cut into stages (each warms a
   * cache that `compute` then reads: one optimizer's run, a figure drawn off screen), each run in a
   * turn of its own before `compute`. Called once per change, in the first of its turns. Default: none.
   */
  stages?: () => readonly (() => void)[];
}

/**
 * `compute()`, computed again when `deps` change, but after the frame that answers the input has
 * been painted, and once for the latest `deps` however many inputs came in before its turn: until
 * then the component shows the value it had (`pending` says so). The first render computes at once
 * (the build's frame and hydration must agree), except in a hydration that can be held (below).
 * `flush()` gives the value for the latest `deps` at
 * once, for a handler that needs it now (Ctrl+Enter runs the rule just typed; Train acts on the new
 * networks; a download saves what it shows).
 *
 * ```ts
 * const settled = useAfterPaint(() => ({ ground, result: runCell(...) }), [ground, source, params]);
 * const race = useAfterPaint(() => runAll(), [surface, start], { stages: () => [drawMap, ...runEach] });
 * ```
 *
 * Why: a widget that ran its optimizers or retrained its networks inside the render of the
 * reader's key press painted the slider's new value only after every run (80 ms and more at 4x CPU
 * slowdown: RuleCell, ScheduleView, AdamInternals, the Trainer). Here:
 * - the runs wait for the page's draw queue, whose first turn follows the paint of the input's
 *   frame, and a run still waiting is replaced by a newer input's. A passive effect would not do:
 *   Preact runs a component's pending effects inside its next render, so the second of two keys
 *   pressed back to back (as a reader holding a key does) paid for the first one's runs in its
 *   own handler;
 * - with `stages`, each stage is a turn of the queue (cheap ones share a task, draw-queue.ts's
 *   budget), so no task is longer than the longest stage: the Race's change of surface ran six
 *   optimizers and drew a contour map, 190-260 ms at 4x, which in one task kept the next key
 *   press waiting as long. A newer input drops the stages left; `flush()` runs them at once;
 * - the render of what they computed (the figures) is a task of its own after the runs: in one
 *   task the two made one long task, which the reader's next key press had to wait for. The
 *   figures that render redraws follow in plain tasks (the queue's `afterPaint`), not after
 *   another paint: the value and its figures reach the screen in one frame (a Trainer's key
 *   press took four frames: the input's, the value's, an empty one, the redrawn chart's);
 * - at hydration (client:near, src/site/islands/near-directive.ts, sets the page's
 *   `descentHydrating` while it hydrates an island), the first value is computed in turns of the
 *   queue too, its stages first: the first render throws a promise, which leaves the build's markup
 *   on screen untouched (Preact keeps the server's DOM for a thrown promise; nothing is drawn, no
 *   focus is lost), and settles once the value is computed; the island is then hydrated again and
 *   this hook's first render takes that value (`carried`, matched by the fingerprint of `deps`).
 *   The Race ran its six optimizers in its hydration, one task of 405-433 ms at 4x CPU; ScheduleView
 *   its 40 runs, 337-364 ms.
 */
export function useAfterPaint<T>(
  compute: () => T,
  deps: readonly unknown[],
  { queue = drawQueue, renderTask = renderAfterInput, stages = noStages }: AfterPaintOptions = {},
): { value: T; flush: () => T; pending: boolean } {
  const [held, setHeld] = useState<Held<T>>(() => ({ deps, value: firstValue(compute, deps, stages, queue) }));
  const kept = useRef<Kept<T> | null>(null);
  kept.current ??= keeper(held, setHeld);
  const k = kept.current;
  Object.assign(k, { compute, deps, stages, queue, renderTask });
  const stale = !sameDeps(k.held.deps, deps);
  useLayoutEffect(() => {
    if (stale) k.cancel = queue.schedule(k, k.settle);
  });
  useLayoutEffect(
    () => () => {
      k.alive = false;
      k.cancel?.();
    },
    [],
  );
  return { value: held.value, flush: k.flush, pending: !sameDeps(held.deps, deps) };
}

const noStages = () => [];

/** The global near-directive.ts sets to the island it is hydrating, during its first render. */
const hydratingKey = 'descentHydrating';

/**
 * Whether this render hydrates an island's build markup (client:near's, near-directive.ts): what it
 * renders there must match that markup, but Preact sets no attribute while hydrating, so a value
 * that only feeds attributes need not be computed (OverlayFigure keeps the build's overlays).
 */
export const hydrating = (): boolean => hydratingIsland() !== undefined;

/**
 * Whether this component's first render hydrated the build's markup (`hydrating()` then): for as
 * long as a figure shows the build's frames, their overlays can stay as the build drew them. Not
 * only in the render that hydrates: the renders that follow it before the figure knows its width
 * (the first ResizeObserver callback, a frame later) would otherwise compute every frame's overlay
 * again, paths that match the build's, to be replaced by the live overlay once the width is known.
 * On the author guide's Race page that was two frames of six runs' trajectories and loss lines,
 * simplified, in the task after the hydration's.
 */
export function useHydratedBuild(): boolean {
  const first = useRef<boolean | null>(null);
  first.current ??= hydrating();
  return first.current;
}

/**
 * The props of an element whose build markup Preact keeps as it is: set no inner HTML while
 * hydrating, and the same empty one in later renders, which Preact does not apply again.
 */
export const keepBuildMarkup = { __html: '' } as const;

/** The island near-directive.ts is hydrating (undefined outside a hydration). */
const hydratingIsland = (): unknown => (globalThis as Record<string, unknown>)[hydratingKey];

/**
 * The first values computed for the island being hydrated, in the order its hooks asked for them
 * (each attempt renders the hooks in the same order: same props, same link), and how many of them
 * the attempt under way has taken.
 */
let carried: Carried = fresh(undefined);

interface Carried {
  island: unknown;
  values: { key: string; value?: unknown; failed?: true }[];
  taken: number;
  /** What useHeldRef made for this island, in call order, and how many the attempt under way has taken. */
  objects: unknown[];
  objectsTaken: number;
}

function fresh(island: unknown): Carried {
  return { island, values: [], taken: 0, objects: [], objectsTaken: 0 };
}

/** The record of the island being hydrated (a new one for another island). */
function carriedFor(island: unknown): Carried {
  if (carried.island !== island) carried = fresh(island);
  return carried;
}

/**
 * `create()`'s object, made once per component like a ref's first value, and the same object in
 * every attempt of a held hydration (matched by call order, like the values). A cache the stages
 * filled in an attempt whose component Preact then dropped is the one the hydrated component
 * keeps: the Race's run memo, which the stages fill with each optimizer's run, was made again empty,
 * and the reader's first change ran all six optimizers again instead of one.
 */
export function useHeldRef<T>(create: () => T): T {
  const ref = useRef<{ object: T } | null>(null);
  if (ref.current === null) {
    if (!hydrating()) ref.current = { object: create() };
    else {
      const record = carriedFor(hydratingIsland());
      if (record.objectsTaken === record.objects.length) record.objects.push(create());
      ref.current = { object: record.objects[record.objectsTaken++] as T };
    }
  }
  return ref.current.object;
}

/**
 * The first render's value: computed at once, or, in a hydration that can be held, the value a
 * previous attempt computed in turns of the queue; when there is none yet, throws the promise of
 * it (see useAfterPaint).
 */
function firstValue<T>(
  compute: () => T,
  deps: readonly unknown[],
  stages: () => readonly (() => void)[],
  queue: DrawQueue,
): T {
  if (!hydrating()) return compute();
  const record = carriedFor(hydratingIsland());
  const key = fingerprint(deps);
  const ready = record.values[record.taken];
  if (ready) {
    record.taken++;
    // Other inputs than the attempt that computed it (or a computation that threw): computed here,
    // as without a hold (and throwing here, where the island reports it).
    return ready.key === key && !ready.failed ? (ready.value as T) : compute();
  }
  const values = record.values;
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- a thrown promise is how a render asks Preact to keep the build's DOM
  throw new Promise<void>((resolve) => {
    const turns = [
      ...stages(),
      () => {
        try {
          values.push({ key, value: compute() });
        } catch {
          values.push({ key, failed: true });
        }
      },
    ];
    const owner = {};
    const turn = () => {
      const next = turns.shift();
      if (next) {
        queue.schedule(owner, turn);
        try {
          next();
        } catch {
          // The stage's error shows again where the value is computed.
        }
        return;
      }
      record.taken = 0;
      record.objectsTaken = 0;
      resolve();
    };
    queue.schedule(owner, turn);
  });
}

type Held<T> = { deps: readonly unknown[]; value: T };

interface Kept<T> {
  compute: () => T;
  deps: readonly unknown[];
  stages: () => readonly (() => void)[];
  queue: DrawQueue;
  renderTask: (task: () => void) => void;
  /** What was last handed to the component (it may not have rendered it yet). */
  held: Held<T>;
  /** The stages not yet run for `deps` (null: none started). */
  left: { deps: readonly unknown[]; stages: (() => void)[] } | null;
  /** Computed in the queue's turn, waiting for its render task. */
  pending: Held<T> | null;
  alive: boolean;
  cancel?: () => void;
  settle: () => void;
  flush: () => T;
}

function keeper<T>(first: Held<T>, setHeld: (held: Held<T>) => void): Kept<T> {
  const k: Kept<T> = {
    compute: () => first.value,
    deps: first.deps,
    stages: noStages,
    queue: drawQueue,
    renderTask: renderAfterInput,
    held: first,
    left: null,
    pending: null,
    alive: true,
    // One queue turn: the next stage for the latest deps (then the next turn is queued), or, when
    // none is left, the value.
    settle: () => {
      if (!k.alive || sameDeps(k.held.deps, k.deps)) return;
      if (k.pending !== null && sameDeps(k.pending.deps, k.deps)) return;
      const stage = stagesLeft().shift();
      if (stage) {
        // Queued before the stage runs: a stage that throws does not stop the ones after it.
        k.cancel = k.queue.schedule(k, k.settle);
        stage();
        return;
      }
      const pending = { deps: k.deps, value: k.compute() };
      k.pending = pending;
      // Rendered even if a newer input came meanwhile (its own turn is queued): a reader holding
      // a key still sees the figures follow.
      // Rendered as after-paint work: the figures the new value redraws (PlotFigure) follow in
      // the next task, not after another paint, so value and figures land in one frame.
      k.renderTask(() => {
        if (k.alive && k.pending === pending) k.queue.afterPaint(() => commit(pending));
      });
    },
    flush: () => {
      if (sameDeps(k.held.deps, k.deps)) return k.held.value;
      if (k.pending !== null && sameDeps(k.pending.deps, k.deps)) return commit(k.pending);
      for (let stage = stagesLeft().shift(); stage; stage = stagesLeft().shift()) stage();
      return commit({ deps: k.deps, value: k.compute() });
    },
  };
  /** The stages left for the latest deps: a newer input's replace those of an older one. */
  const stagesLeft = (): (() => void)[] => {
    if (k.left === null || !sameDeps(k.left.deps, k.deps)) k.left = { deps: k.deps, stages: [...k.stages()] };
    return k.left.stages;
  };
  const commit = (next: Held<T>): T => {
    k.held = next;
    k.pending = null;
    k.left = null;
    setHeld(next);
    return next.value;
  };
  return k;
}

/** Whether two lists of dependencies are the same, each compared with `Object.is` as hooks do. */
export const sameDeps = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
