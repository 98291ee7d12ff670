import { useRef } from 'preact/hooks';

/**
 * A memo that keeps its last few results, not only the last one: `useMemo` for a computation a
 * reader goes back to (a preset, then the one before it again; a surface, then the first again).
 *
 * ```ts
 * const result = useRecentMemo(() => runCell(...), [ground, source, paramsKey]);
 * ```
 *
 * Why: RuleCell ran its rule and racers again, and drew a map again, when a reader stepped
 * through the presets or surfaces and came back to one already shown. Entries are matched by
 * their dependencies, each compared with `Object.is` as `useMemo` does; the least recently used
 * goes when more than `keep` are held.
 */
export function createRecentMemo<T>(keep = 4): (compute: () => T, deps: readonly unknown[]) => T {
  if (!(keep >= 1)) throw new RangeError(`keep must be >= 1, got ${keep}`);
  let entries: { deps: readonly unknown[]; value: T }[] = [];
  return (compute, deps) => {
    const at = entries.findIndex((e) => e.deps.length === deps.length && e.deps.every((d, i) => Object.is(d, deps[i])));
    const entry = at >= 0 ? entries[at]! : { deps: [...deps], value: compute() };
    // Most recent first.
    entries = [entry, ...entries.filter((_, i) => i !== at)].slice(0, keep);
    return entry.value;
  };
}

/** `createRecentMemo` held by a component: its last `keep` results, by their dependencies. */
export function useRecentMemo<T>(compute: () => T, deps: readonly unknown[], keep = 4): T {
  const memo = useRef<ReturnType<typeof createRecentMemo<T>> | null>(null);
  memo.current ??= createRecentMemo<T>(keep);
  return memo.current(compute, deps);
}
