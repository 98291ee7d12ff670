/**
 * A race given as a list of entries (`racers`): every entry's run from the shared start, keyed,
 * labelled and coloured by its place in the list, so Adam can race Adam, and a rule the
 * author wrote can race both. The reader's learning rates travel in the link by entry key
 * (`<id>.lr=adam:0.01,adam-2:0.3`).
 */
import { optimizerDefaults } from '../../../src/engine/optim/index.ts';
import type { Surface } from '../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../src/engine/sim/index.ts';
import type { RunResult } from '../../../src/engine/sim/index.ts';
import { fmt } from '../lib/format.ts';
import { hyperRanges, specOf } from '../lib/optimizer-settings.ts';
import { seriesColor } from '../lib/plot-theme.ts';
import { runRule } from '../lib/rule-run.ts';
import { computeEveryRun, raceDeps } from './model.ts';
import type { RaceRun, RunMemo } from './model.ts';
import type { RaceEntry, RuleEntry } from './racers.ts';
import { strings, type RaceStrings } from './strings.ts';

export type AnyEntry = RaceEntry | RuleEntry;
export const isRuleEntry = (entry: AnyEntry): entry is RuleEntry => 'rule' in entry;

export interface EntryRaceInput {
  surface: Surface;
  start: readonly number[];
  steps: number;
  noise: number;
  seed: number;
  /** The reader's learning rate per built-in entry key, over the entry's own. */
  lrs: Readonly<Record<string, number>>;
}

/** A rule's run as the Race draws runs: the trajectory, and why and where it stopped. */
function ruleRaceRun(
  entry: RuleEntry,
  input: EntryRaceInput,
  noise: { sigma: number; seed: number } | undefined,
): RaceRun {
  const result = runRule(input.surface.f, input.surface.grad, entry.rule, {
    steps: input.steps,
    start: input.start,
    params: entry.params,
    noise,
  });
  const stop = result.stopped;
  const run: RunResult = {
    // A rule has no optimizer spec; the exports write its source instead (see exports.ts).
    spec: optimizerDefaults.sgd,
    dim: result.dim,
    steps: result.steps,
    points: result.points,
    losses: result.losses,
    diverged:
      stop === null
        ? null
        : 'rule' in stop
          ? { step: stop.step, reason: stop.rule.reason, kind: 'non-finite weight' }
          : { step: stop.step, reason: `stopped at step ${stop.step}`, kind: stop.run },
  };
  return {
    name: null,
    key: entry.key,
    label: entry.label,
    run,
    ruleStop: stop !== null && 'rule' in stop ? { step: stop.step, line: stop.rule.line } : null,
    rule: { source: entry.rule, params: entry.params },
  };
}

/** Every entry from the shared start, coloured by its place; a start where f is undefined gives an error. */
export function runEntryRace(
  entries: readonly AnyEntry[],
  input: EntryRaceInput,
  s: RaceStrings = strings.en,
  memo: RunMemo = computeEveryRun,
): { runs: RaceRun[]; error: string | null } {
  const noise = input.noise > 0 ? { sigma: input.noise, seed: input.seed } : undefined;
  const f0 = input.surface.f(Float64Array.from(input.start));
  if (!Number.isFinite(f0))
    return { runs: [], error: s.cannotStart(fmt(input.start[0]), fmt(input.start[1]), s.undefinedAtStart) };
  try {
    const runs = entries.map((entry, i): RaceRun => {
      const color = seriesColor(i);
      if (isRuleEntry(entry))
        return { ...memo(entry.key, () => ruleRaceRun(entry, input, noise), [...raceDeps(input), entry]), color };
      const lr = input.lrs[entry.key] ?? entry.settings.lr;
      const spec = specOf(entry.optimizer, { ...entry.settings, lr });
      const run = memo(
        entry.key,
        () =>
          runOnProblem(
            input.surface,
            spec,
            noise ? { steps: input.steps, start: input.start, noise } : { steps: input.steps, start: input.start },
          ),
        [...raceDeps(input), entry, lr],
      );
      return { name: entry.optimizer, key: entry.key, label: entry.label, color, run };
    });
    return { runs, error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { runs: [], error: s.cannotStart(fmt(input.start[0]), fmt(input.start[1]), message) };
  }
}

/** Learning rates by entry key as link text, and back (unknown keys and bad numbers left out). */
export const lrsToLink = (lrs: Readonly<Record<string, number>>): string =>
  Object.keys(lrs)
    .sort()
    .map((key) => `${key}:${lrs[key]}`)
    .join(',');

export function lrsFromLink(raw: string, keys: readonly string[]): Record<string, number> {
  const lrs: Record<string, number> = {};
  for (const pair of raw.slice(0, 300).split(',')) {
    const [key = '', text = ''] = pair.split(':');
    const value = Number(text);
    if (keys.includes(key) && Number.isFinite(value) && value >= hyperRanges.lr.min && value <= hyperRanges.lr.max)
      lrs[key] = value;
  }
  return lrs;
}
