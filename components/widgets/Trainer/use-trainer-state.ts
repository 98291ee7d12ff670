import { useMemo, useState } from 'preact/hooks';
import { activations } from '../../../src/engine/nn/index.ts';
import type { Activation } from '../../../src/engine/nn/index.ts';
import { optimizerNames } from '../../../src/engine/optim/index.ts';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import { useUrlState } from '../lib/hooks.ts';
import { useLocale } from '../lib/i18n.tsx';
import { applyHyper, decodeOptimizers, defaultSettings, encodeOptimizers } from '../lib/optimizer-settings.ts';
import type { OptimizerSetting } from '../lib/optimizer-settings.ts';
import { hyperRanges } from '../lib/optimizer-settings.ts';
import { useUrlParam } from '../lib/url-param.ts';
import { encodeHidden, parseHidden, trainerDatasets, trainerHorizon, trainerLrs } from './model.ts';
import type { TrainerConfig, TrainerDataset } from './model.ts';
import { ruleLrs, ruleLrsFromLink, ruleLrsToLink, trainerRacers } from './racers.ts';
import type { TrainerProps } from './schema.ts';
import type { TrainerStrings } from './strings.ts';

/** Steps per optimizer per animation frame (always within the time budget). */
export const speeds: Record<string, { steps: number }> = {
  slow: { steps: 1 },
  normal: { steps: 4 },
  fast: { steps: 20 },
};

/**
 * The Trainer's state and where it lives: the data set, activation, batch, seed and speed in the
 * page URL (`<id>.ds` ...), the optimizers and their settings (`<id>.opt`), the hidden layers
 * (`<id>.hidden`); the author's rule racers, which train after the built-ins, and the reader's
 * rates for them (`<id>.rl`); the hidden-layer box's draft and error, and a notice, in the component.
 */
export function useTrainerState(props: TrainerProps, s: TrainerStrings) {
  const locale = useLocale();
  const specs = useMemo(
    () =>
      ({
        ds: { kind: 'enum', default: props.dataset, values: trainerDatasets },
        act: { kind: 'enum', default: props.activation, values: activations },
        batch: { kind: 'number', default: props.batchSize, min: 1, max: 210, integer: true },
        seed: { kind: 'number', default: props.seed, min: 0, max: 9999, integer: true },
        speed: { kind: 'enum', default: 'normal', values: Object.keys(speeds) },
      }) as const,
    [],
  );
  const { state, update, messages } = useUrlState(props.id, specs, {
    ds: props.dataset,
    act: props.activation,
    batch: props.batchSize,
    seed: props.seed,
    speed: 'normal',
  });
  // `racers` (built-ins and rules) or optimizers + hyper: the built-ins are then handled alike.
  const racers = useMemo(() => trainerRacers(props, s.ruleName), []);
  const baseOptimizers = useMemo(
    () => ({
      selected: [...racers.optimizers],
      settings: applyHyper(defaultSettings(trainerLrs), racers.hyper, trainerHorizon),
    }),
    [],
  );
  const opt = useUrlParam(
    `${props.id}.opt`,
    baseOptimizers,
    (v) => encodeOptimizers(v.selected, v.settings, baseOptimizers.settings),
    (raw) => {
      const read = decodeOptimizers(raw, { ...baseOptimizers, horizon: trainerHorizon }, locale);
      return { value: { selected: read.selected, settings: read.settings }, messages: read.messages };
    },
  );
  const baseHidden = props.sizes.slice(1, -1);
  const hiddenParam = useUrlParam(`${props.id}.hidden`, baseHidden, encodeHidden, (raw) => {
    const read = parseHidden(raw, s);
    return read.ok
      ? { value: read.hidden, messages: [] }
      : { value: baseHidden, messages: [s.linkHidden(read.message, baseHidden.join(', '))] };
  });
  const [hiddenDraft, setHiddenDraft] = useState<string | null>(null);
  const [hiddenError, setHiddenError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const { selected, settings } = opt.value;
  const hidden = hiddenParam.value;
  // A rule racer's rate, in the link as <id>.rl (a built-in's is in <id>.opt).
  const lrOfRules = useMemo(() => ruleLrs(racers.rules, hyperRanges.lr), []);
  const rl = useUrlParam<Record<string, number>>(`${props.id}.rl`, {}, ruleLrsToLink, (raw) => {
    const read = ruleLrsFromLink(raw, lrOfRules);
    return { value: read.value, messages: read.bad ? [s.linkRuleLr(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw)] : [] };
  });
  const rules = racers.rules.map((rule) =>
    rl.value[rule.key] === undefined ? rule : { ...rule, params: { ...rule.params, lr: rl.value[rule.key]! } },
  );
  const config: TrainerConfig = {
    dataset: state.ds as TrainerDataset,
    hidden,
    activation: state.act as Activation,
    batchSize: state.batch,
    seed: state.seed,
    selected,
    settings,
    rules,
  };

  const toggle = (name: OptimizerName, on: boolean) => {
    const next = on
      ? optimizerNames.filter((n) => n === name || selected.includes(n))
      : selected.filter((n) => n !== name);
    // With a rule training, every built-in may go; without one, a network must stay.
    if (next.length === 0 && racers.rules.length === 0) {
      setNotice(s.atLeastOne);
      return;
    }
    setNotice(null);
    opt.setValue({ selected: next, settings });
  };
  const setSettings = (name: OptimizerName, patch: Partial<OptimizerSetting>) =>
    opt.setValue({ selected, settings: { ...settings, [name]: { ...settings[name], ...patch } } });
  const setLr = (name: OptimizerName, lr: number) => setSettings(name, { lr });
  const applyHidden = () => {
    if (hiddenDraft === null) return;
    const read = parseHidden(hiddenDraft, s);
    if (!read.ok) {
      setHiddenError(s.keeps(read.message, hidden.length ? hidden.join(', ') : s.noHidden));
      return;
    }
    setHiddenError(null);
    setHiddenDraft(null);
    hiddenParam.setValue(read.hidden);
  };
  const allMessages = [
    ...messages,
    ...opt.messages,
    ...hiddenParam.messages,
    ...rl.messages,
    ...(hiddenError ? [hiddenError] : []),
    ...(notice ? [notice] : []),
  ];

  return {
    state,
    update,
    config,
    selected,
    settings,
    hidden,
    hiddenDraft,
    setHiddenDraft,
    hiddenError,
    toggle,
    setLr,
    setSettings,
    applyHidden,
    allMessages,
    optValue: opt.value,
    /** The authors' names for built-in racers (`racers` entries with a label). */
    labels: racers.labels,
    ruleLrs: lrOfRules,
    ruleLrValues: rl.value,
    setRuleLr: (key: string, lr: number) => rl.setValue({ ...rl.value, [key]: lr }),
  };
}

export type TrainerState = ReturnType<typeof useTrainerState>;
