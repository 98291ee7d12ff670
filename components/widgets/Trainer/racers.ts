/**
 * The Trainer's networks as the author listed them (`racers`: built-in optimizers with their
 * settings, and update rules), and what the drawings show of each network (its lane: key, name,
 * colour). The rest of the Trainer keeps its built-ins keyed by optimizer name, as before; the
 * rules train after them, from the same weights on the same batches (model.ts).
 */
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import type { HyperProp, RacerProp, RuleRacerProp } from '../lib/hyper-schema.ts';
import { optimizerColor, series, seriesColor } from '../lib/palette.ts';
import { ruleLanguage } from '../lib/rule-language.ts';

/** A rule that trains beside the built-ins (a `racers` entry with `rule`): keyed `rule`, `rule-2`, ... */
export interface TrainerRule {
  key: string;
  label: string;
  source: string;
  params: Readonly<Record<string, number>>;
}

/**
 * The author's networks: `optimizers` and `hyper` as given, or, from `racers`, the built-in
 * entries as optimizers with their settings and the rule entries as rules (keyed `rule`,
 * `rule-2`, ...; named `ruleName(null)` when alone, else `ruleName(1)`, `ruleName(2)`, ..., unless
 * the author gave a label).
 */
export function trainerRacers(
  props: {
    optimizers: readonly OptimizerName[];
    hyper: HyperProp;
    racers?: readonly (RacerProp | RuleRacerProp)[] | undefined;
  },
  ruleName: (count: number | null) => string = (count) => (count === null ? 'rule' : `rule ${count}`),
): {
  optimizers: OptimizerName[];
  hyper: HyperProp;
  rules: TrainerRule[];
  /** The authors' names for built-in entries, over the optimizers' titles. */
  labels: Partial<Record<OptimizerName, string>>;
} {
  if (props.racers === undefined)
    return { optimizers: [...props.optimizers], hyper: props.hyper, rules: [], labels: {} };
  const labels: Partial<Record<OptimizerName, string>> = {};
  const optimizers: OptimizerName[] = [];
  const hyper: Record<string, unknown> = {};
  const ruleProps = props.racers.filter((r): r is RuleRacerProp => 'rule' in r);
  for (const racer of props.racers) {
    if ('rule' in racer) continue;
    const { optimizer, label, ...settings } = racer;
    optimizers.push(optimizer);
    if (label !== undefined) labels[optimizer] = label;
    hyper[optimizer] = settings;
  }
  const rules = ruleProps.map((r, i) => ({
    key: i === 0 ? 'rule' : `rule-${i + 1}`,
    label: r.label ?? ruleName(ruleProps.length > 1 ? i + 1 : null),
    source: r.rule,
    params: r.params ?? {},
  }));
  return { optimizers, hyper, rules, labels };
}

/** What the drawings show of each trainer: its key (panel and curve), its name and colour. */
export interface Lane {
  key: string;
  label: string;
  color: string;
}

/**
 * The lanes of a setup: a built-in keeps its colour everywhere in the course; a rule takes the
 * first series colour no trainer of this widget uses, so no two lanes share one.
 */
export function trainerLanes(
  setup: { names: readonly OptimizerName[]; rules: readonly TrainerRule[] },
  titles: Readonly<Record<OptimizerName, string>>,
  labels: Readonly<Partial<Record<OptimizerName, string>>> = {},
): Lane[] {
  const lanes: Lane[] = setup.names.map((n) => ({ key: n, label: labels[n] ?? titles[n], color: optimizerColor(n) }));
  const free = series.filter((c) => !lanes.some((lane) => lane.color === c));
  setup.rules.forEach((rule, i) => lanes.push({ key: rule.key, label: rule.label, color: free[i] ?? seriesColor(i) }));
  return lanes;
}

/** A rule racer's learning rate, when its rule declares `lr`: the slider's range and the author's value. */
export interface RuleLr {
  key: string;
  label: string;
  min: number;
  max: number;
  value: number;
}

/**
 * The rules that declare `lr`, each with the range its `param` line gives (else the built-ins'
 * range). With rules, the island must have loaded the rule language (lib/rule-language.ts).
 */
export function ruleLrs(rules: readonly TrainerRule[], fallback: { min: number; max: number }): RuleLr[] {
  return rules.flatMap((rule) => {
    const checked = ruleLanguage().checkRule(rule.source);
    const decl = checked.ok ? checked.rule.params.find((p) => p.name === 'lr') : undefined;
    if (decl === undefined) return [];
    const [min, max] = decl.range ?? [fallback.min, fallback.max];
    return [{ key: rule.key, label: rule.label, min, max, value: rule.params['lr'] ?? decl.value }];
  });
}

/** The reader's rates by rule key as link text (`rule:0.02,rule-2:0.1`), and back: unknown keys and values out of range are left out. */
export const ruleLrsToLink = (lrs: Readonly<Record<string, number>>): string =>
  Object.keys(lrs)
    .sort()
    .map((key) => `${key}:${lrs[key]}`)
    .join(',');

export function ruleLrsFromLink(
  raw: string,
  known: readonly RuleLr[],
): { value: Record<string, number>; bad: boolean } {
  const value: Record<string, number> = {};
  let bad = false;
  for (const pair of raw === '' ? [] : raw.slice(0, 300).split(',')) {
    const [key = '', text = ''] = pair.split(':');
    const lr = known.find((k) => k.key === key);
    const v = Number(text);
    if (lr !== undefined && text !== '' && Number.isFinite(v) && v >= lr.min && v <= lr.max) value[key] = v;
    else bad = true;
  }
  return { value, bad };
}
