import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useLocale } from './i18n.tsx';
import { defaultsOf, markUrlPending, readState, writeParams, type Specs, type StateOf } from './url-state.ts';
import { cancelUrlWrite, queueUrlWrite } from './url-writer.ts';
import { createInputYield } from './reader-activity.ts';

/**
 * A widget's state, mirrored in the page URL. The first render uses `base` (the author's props),
 * exactly as at build time, so hydration matches the static frame; the URL is read once mounted.
 * Returns the state, a setter taking a partial update, and the messages about link parameters
 * that could not be used as given, in the page's language (`useLocale()`; English outside
 * `withLocale`). While the URL and the state are out of step, the key is listed in `data-url-pending`
 * on <html> (`markUrlPending`), the signal browser tests wait on. The URL is written once the reader
 * pauses (url-writer.ts); what reads it for a link calls `flushUrlWrites()` first.
 */
export function useUrlState<S extends Specs>(key: string, specs: S, base: StateOf<S> = defaultsOf(specs)) {
  const locale = useLocale();
  const [state, setState] = useState<StateOf<S>>(base);
  const [messages, setMessages] = useState<string[]>([]);
  // The state read from the URL on mount. Until the widget renders with it, nothing is written
  // back: writing the first render's state (the props) would wipe the link's parameters.
  const fromUrl = useRef<StateOf<S> | null>(null);
  const ready = useRef(false);
  // Until the URL's state is applied, the widget and the URL disagree: say so from the first
  // render in the browser (hydration), before Astro reports the island hydrated.
  const marked = useRef(false);
  if (!marked.current && typeof document !== 'undefined') {
    marked.current = true;
    markUrlPending(key, true);
  }

  // Read in a layout effect: it runs as hydration commits, before Astro reports the island
  // hydrated and before any input event, so a reader's first change cannot be overwritten by
  // the URL's state arriving after it (a passive effect waits for the next paint).
  useLayoutEffect(() => {
    const read = readState(key, specs, window.location.search, base, locale);
    fromUrl.current = read.state;
    setState(read.state);
    setMessages(read.messages);
    // The specs and base are fixed for the widget's lifetime.
  }, [key]);

  useEffect(() => {
    if (!ready.current) {
      if (fromUrl.current !== null && state === fromUrl.current) {
        ready.current = true;
        markUrlPending(key, false);
      }
      return;
    }
    // Written with every other widget's once the reader pauses, in idle time (url-writer.ts).
    queueUrlWrite(key, (params) => writeParams(key, specs, state, params, base));
  }, [state]);
  // A widget that goes away leaves no write pending behind it.
  useEffect(
    () => () => {
      cancelUrlWrite(key);
      markUrlPending(key, false);
    },
    [key],
  );

  // Marked at once, not when the effect runs after the next paint: from the reader's input on,
  // the URL is known to be behind until the write lands.
  const update = (patch: Partial<StateOf<S>>) => {
    markUrlPending(key, true);
    setState((old) => ({ ...old, ...patch }));
  };
  return { state, update, messages, setMessages } as const;
}

/** True when the reader asked the system for reduced motion; widgets then start paused. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Calls `tick` once per animation frame while `playing`; when `tick` returns false, `onStop` runs.
 * The frame that answers a reader's key press or tap is left to it (reader-activity.ts): its tick
 * waits for the next frame, for at most `maxDeferred` ms in a row (`createInputYield`).
 */
export function useAnimationFrame(playing: boolean, tick: () => boolean, onStop: () => void): void {
  const tickRef = useRef(tick);
  tickRef.current = tick;
  const stopRef = useRef(onStop);
  stopRef.current = onStop;
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    const yieldToInput = createInputYield();
    const loop = (time: number) => {
      if (yieldToInput(time, performance.now())) {
        frame = requestAnimationFrame(loop);
        return;
      }
      if (tickRef.current()) frame = requestAnimationFrame(loop);
      else stopRef.current();
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [playing]);
}
