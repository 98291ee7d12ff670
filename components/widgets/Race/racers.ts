/**
 * The runs of a race as a list of entries, whichever form the author used: `racers` (one entry
 * per run, so Adam can race Adam at two learning rates) or the older `optimizers` + `hyper`
 * (each optimizer once). The island runs `raceEntries(props)` and keys its runs, colours and
 * legend by `key`, not by optimizer name.
 */
import { optimizerNames } from '../../../src/engine/optim/index.ts';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import type { Surface } from '../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../src/engine/sim/index.ts';
import type { RunResult } from '../../../src/engine/sim/index.ts';
import type { HyperProp, RacerProp } from '../lib/hyper-schema.ts';
import {
  applyHyper,
  defaultSettings,
  hyperOf,
  specOf,
  type HyperKey,
  type OptimizerSetting,
} from '../lib/optimizer-settings.ts';
import { raceLrs } from './model.ts';

export interface RaceEntry {
  /** Unique in the race: the optimizer's name, with -2, -3 for its further runs. */
  key: string;
  optimizer: OptimizerName;
  settings: OptimizerSetting;
  /** The author's label, else the optimizer's name, with its changed settings when it runs twice. */
  label: string;
}

/** The entries of a race from its props (as the schema gives them). */
export function raceEntries(props: {
  optimizers: readonly OptimizerName[];
  hyper: HyperProp;
  racers?: readonly RacerProp[] | undefined;
}): RaceEntry[] {
  const defaults = defaultSettings(raceLrs);
  if (props.racers === undefined) {
    const settings = applyHyper(defaults, props.hyper);
    return optimizerNames
      .filter((name) => props.optimizers.includes(name))
      .map((name) => ({ key: name, optimizer: name, settings: settings[name], label: name }));
  }
  const seen = new Map<OptimizerName, number>();
  const twice = new Set(props.racers.map((r) => r.optimizer).filter((name, i, all) => all.indexOf(name) !== i));
  return props.racers.map((racer) => {
    const { optimizer, label, ...rest } = racer;
    // The schema allowed only this optimizer's keys (racerSchema), all of them optional.
    const given = rest as Partial<Record<HyperKey, number>> & { biasCorrection?: boolean };
    const count = (seen.get(optimizer) ?? 0) + 1;
    seen.set(optimizer, count);
    const settings = applyHyper(defaults, { [optimizer]: given })[optimizer];
    const changed = hyperOf[optimizer]
      .filter((key) => given[key] !== undefined)
      .map((key) => `${key}=${settings[key]}`);
    const auto = twice.has(optimizer) && changed.length > 0 ? `${optimizer} (${changed.join(', ')})` : optimizer;
    return { key: count === 1 ? optimizer : `${optimizer}-${count}`, optimizer, settings, label: label ?? auto };
  });
}

/** Every entry from the shared start, as runRace does for optimizer names (the engine's errors propagate). */
export function runEntries(
  entries: readonly RaceEntry[],
  surface: Surface,
  options: { steps: number; start: readonly number[]; noise?: { sigma: number; seed: number } },
): { entry: RaceEntry; run: RunResult }[] {
  return entries.map((entry) => ({
    entry,
    run: runOnProblem(surface, specOf(entry.optimizer, entry.settings), options),
  }));
}
