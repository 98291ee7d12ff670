/**
 * Runs `start` once `element` is within one viewport's height of the screen (at once if the
 * browser has no IntersectionObserver). `start` may return a cleanup; the function returned stops
 * the wait, or calls that cleanup once started. For an effect:
 *
 * ```ts
 * useLayoutEffect(() => whenNearView(element, () => whenPlotReady(redraw)), [width, ...deps]);
 * ```
 *
 * Why: a figure whose build frame cannot be kept (the Race's sweep chart, computed again in the
 * browser) loaded Plot and drew cold as soon as its inputs settled, 2,000 px below the screen: on the
 * Race's page of the author guide at 412 px and 4x CPU slowdown, a task of 84 ms evaluating Plot
 * and one of 352 ms drawing, while the page was still loading.
 */
export function whenNearView(element: Element, start: () => (() => void) | undefined): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    const stop = start();
    return () => stop?.();
  }
  let stop: (() => void) | undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      stop = start();
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(element);
  return () => {
    observer.disconnect();
    stop?.();
  };
}
