import { useMemo, useState } from 'preact/hooks';
import { surfaceFromFormula } from '../../../src/engine/expr/index.ts';
import { optimizerNames } from '../../../src/engine/optim/index.ts';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import type { Surface } from '../../../src/engine/problems/index.ts';
import { exprErrorText } from '../../../src/i18n/expr.ts';
import { useUrlState } from '../lib/hooks.ts';
import { useLocale } from '../lib/i18n.tsx';
import { applyHyper, decodeOptimizers, defaultSettings, encodeOptimizers } from '../lib/optimizer-settings.ts';
import type { Settings } from '../lib/optimizer-settings.ts';
import { useUrlParam } from '../lib/url-param.ts';
import { clampToDomain, formulaSurface, raceLrs, raceSpecs, surfaceOf } from './model.ts';
import type { RaceProps } from './schema.ts';
import type { RaceStrings } from './strings.ts';

/**
 * The Race's state and where it lives: surface, start, steps, step shown, speed, noise and seed in
 * the page URL (`<id>.s` ...), the optimizers and their settings (`<id>.opt`), a typed formula
 * (`<id>.fn`); the formula box's draft and error, and a notice, in the component. Also the
 * surface and start they mean, and the changes the controls make.
 */
export function useRaceState(props: RaceProps, s: RaceStrings) {
  const locale = useLocale();
  const specs = useMemo(() => raceSpecs(), []);
  const propSurface = useMemo(() => surfaceOf(props.surface, formulaSurface(props.formula)), []);
  const base = useMemo(
    () => ({
      s: props.surface,
      start: props.start ? clampToDomain(propSurface, props.start) : [...propSurface.start],
      steps: props.steps,
      step: 0,
      speed: 30,
      noise: props.noise,
      seed: props.seed,
    }),
    [],
  );
  const { state, update, messages } = useUrlState(props.id, specs, base);
  const baseOptimizers = useMemo(
    () => ({
      selected: [...props.optimizers],
      settings: applyHyper(defaultSettings(raceLrs), props.hyper, props.steps),
    }),
    [],
  );
  const opt = useUrlParam(
    `${props.id}.opt`,
    baseOptimizers,
    (v) => encodeOptimizers(v.selected, v.settings, baseOptimizers.settings),
    (raw) => {
      const read = decodeOptimizers(raw, { ...baseOptimizers, horizon: props.steps }, locale);
      return { value: { selected: read.selected, settings: read.settings }, messages: read.messages };
    },
  );
  const fn = useUrlParam(
    `${props.id}.fn`,
    props.formula,
    (text) => text,
    (raw) => {
      const result = surfaceFromFormula(raw);
      return result.ok
        ? { value: raw, messages: [] }
        : { value: props.formula, messages: [s.linkFn(exprErrorText(result.error.problem, locale), props.formula)] };
    },
  );
  const [draft, setDraft] = useState<string | null>(null);
  const [formulaError, setFormulaError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const formula = useMemo(() => formulaSurface(fn.value), [fn.value]);
  const surface: Surface = surfaceOf(state.s, formula);
  const start = clampToDomain(surface, state.start);
  const { selected, settings } = opt.value;

  const setSettings = (name: OptimizerName, patch: Partial<Settings[OptimizerName]>) =>
    opt.setValue({ selected, settings: { ...settings, [name]: { ...settings[name], ...patch } } });
  const setLrs = (lrs: readonly { name: OptimizerName; lr: number }[]) => {
    const next = { ...settings };
    for (const b of lrs) next[b.name] = { ...next[b.name], lr: b.lr };
    opt.setValue({ selected, settings: next });
  };
  const toggle = (name: OptimizerName, on: boolean) => {
    const next = on
      ? optimizerNames.filter((n) => n === name || selected.includes(n))
      : selected.filter((n) => n !== name);
    if (next.length === 0) {
      setNotice(s.atLeastOne);
      return;
    }
    setNotice(null);
    opt.setValue({ selected: next, settings });
  };
  const moveStart = (point: readonly number[]) =>
    update({ start: clampToDomain(surface, point), step: Math.min(state.step, state.steps) });
  const chooseSurface = (choice: string) =>
    update({ s: choice, start: [...surfaceOf(choice, formula).start], step: 0 });
  const applyFormula = () => {
    const text = draft ?? fn.value;
    const result = surfaceFromFormula(text);
    if (!result.ok) {
      setFormulaError(s.formulaKept(exprErrorText(result.error.problem, locale)));
      return;
    }
    setFormulaError(null);
    fn.setValue(text);
    setDraft(null);
    update({
      s: 'formula',
      start: clampToDomain(result.surface, state.s === 'formula' ? state.start : result.surface.start),
    });
  };

  return {
    state,
    update,
    linkMessages: [...messages, ...opt.messages, ...fn.messages],
    optValue: opt.value,
    selected,
    settings,
    formulaText: fn.value,
    surface,
    start,
    draft,
    setDraft,
    formulaError,
    notice,
    setNotice,
    setSettings,
    setLrs,
    toggle,
    moveStart,
    chooseSurface,
    applyFormula,
  };
}

export type RaceState = ReturnType<typeof useRaceState>;
