import { createRecentMemo } from './recent-memo.ts';

/**
 * A recent memo (recent-memo.ts) per key: `memo(key, compute, deps)` keeps, for each key, the
 * results of its last `keep` sets of dependencies.
 *
 * Why (the Race): the runs of the optimizers whose settings did not change are kept when a
 * reader moves one optimizer's slider, and a slider pressed up then down again finds its runs.
 */
export function createKeyedMemo<T>(keep = 4): (key: string, compute: () => T, deps: readonly unknown[]) => T {
  if (!(keep >= 1)) throw new RangeError(`keep must be >= 1, got ${keep}`);
  const memos = new Map<string, ReturnType<typeof createRecentMemo<T>>>();
  return (key, compute, deps) => {
    let memo = memos.get(key);
    if (!memo) memos.set(key, (memo = createRecentMemo<T>(keep)));
    return memo(compute, deps);
  };
}
