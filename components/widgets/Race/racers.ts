/**
 * The runs of a race as a list of entries, whichever form the author used: `racers` (one entry
 * per run, so Adam can race Adam at two learning rates) or the older `optimizers` + `hyper`
 * (each optimizer once). The island runs `raceEntries(props)` and keys its runs, colours and
 * legend by `key`, not by optimizer name.
 */
import { optimizerNames } from '../../../src/engine/optim/index.ts';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import type { HyperProp, RacerProp, RuleRacerProp } from '../lib/hyper-schema.ts';
import {
  applyHyper,
  defaultSettings,
  hyperOf,
  type HyperKey,
  type OptimizerSetting,
  type Settings,
} from '../lib/optimizer-settings.ts';
import { raceLrs } from './model.ts';

export interface RaceEntry {
  /** Unique in the race: the optimizer's name (`rule` for a rule), with -2, -3 for its further runs. */
  key: string;
  optimizer: OptimizerName;
  settings: OptimizerSetting;
  /** The author's label, else the optimizer's name, with its changed settings when it runs twice. */
  label: string;
}

/** A racer that is an update rule (src/engine/rule), with its params' values. */
export interface RuleEntry {
  key: string;
  rule: string;
  params: Readonly<Record<string, number>>;
  label: string;
}

const isRuleProp = (racer: RacerProp | RuleRacerProp): racer is RuleRacerProp => 'rule' in racer;

/** The entries of a race from its props (as the schema gives them). */
export function raceEntries(props: {
  optimizers: readonly OptimizerName[];
  hyper: HyperProp;
  racers?: readonly (RacerProp | RuleRacerProp)[] | undefined;
}): (RaceEntry | RuleEntry)[] {
  const defaults = defaultSettings(raceLrs);
  if (props.racers === undefined) {
    const settings = applyHyper(defaults, props.hyper);
    return optimizerNames
      .filter((name) => props.optimizers.includes(name))
      .map((name) => ({ key: name, optimizer: name, settings: settings[name], label: name }));
  }
  const seen = new Map<OptimizerName | 'rule', number>();
  const names = props.racers.map((r) => (isRuleProp(r) ? 'rule' : r.optimizer));
  const twice = new Set(names.filter((name, i, all) => all.indexOf(name) !== i));
  return props.racers.map((racer): RaceEntry | RuleEntry => {
    if (isRuleProp(racer)) {
      const count = (seen.get('rule') ?? 0) + 1;
      seen.set('rule', count);
      const key = count === 1 ? 'rule' : `rule-${count}`;
      return {
        key,
        rule: racer.rule,
        params: racer.params ?? {},
        label: racer.label ?? (twice.has('rule') ? `rule ${count}` : 'rule'),
      };
    }
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

/**
 * What the learning-rate sweep covers in a race of entries: each optimizer that has an entry,
 * at its first entry's settings (the sweep varies the rate, so entries differing only in it share one curve).
 */
export function entrySweep(
  entries: readonly (RaceEntry | RuleEntry)[],
  base: Settings,
): { selected: OptimizerName[]; settings: Settings } {
  const settings = { ...base };
  const selected: OptimizerName[] = [];
  for (const entry of entries) {
    if ('rule' in entry || selected.includes(entry.optimizer)) continue;
    selected.push(entry.optimizer);
    settings[entry.optimizer] = entry.settings;
  }
  return { selected: optimizerNames.filter((n) => selected.includes(n)), settings };
}
