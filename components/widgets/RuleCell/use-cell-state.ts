import { useMemo, useState } from 'preact/hooks';
import { classicOptimizerNames } from '../../../src/engine/optim/index.ts';
import type { ClassicOptimizerName } from '../../../src/engine/optim/index.ts';
import { surfaceIds } from '../../../src/engine/problems/index.ts';
import { checkRule } from '../../../src/engine/rule/index.ts';
import type { ParsedRule } from '../../../src/engine/rule/index.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import { ruleErrorText } from '../../../src/i18n/rule.ts';
import { useUrlState } from '../lib/hooks.ts';
import { useLocale } from '../lib/i18n.tsx';
import { useUrlParam } from '../lib/url-param.ts';
import type { EditorError } from './RuleEditor.tsx';
import { authorSource, formulaError, linkLength, maxLinkChars, readLinkFormula, readLinkSource } from './model.ts';
import { paramsFromLink, paramsToLink, paramValues } from './params.ts';
import type { RuleCellProps } from './schema.ts';
import type { RuleCellStrings } from './strings.ts';

export const groundChoices = [...surfaceIds, 'formula'] as const;

/**
 * The cell's state and where it lives: the rule in the page URL (`<id>.src`, only when it differs
 * from the author's), its param values (`<id>.p`), the racers (`<id>.r`), the surface (`<id>.s`),
 * the reader's own f(x, y) (`<id>.fn`, the Race's name) and the step shown (`<id>.step`); the editor's draft and its error in the component. The
 * running rule is always one that compiled: a draft with an error leaves the last good rule running.
 */
export function useCellState(props: RuleCellProps, s: RuleCellStrings) {
  const locale = useLocale();
  const author = useMemo(() => authorSource(props), []);
  const specs = useMemo(
    () =>
      ({
        s: { kind: 'enum', default: props.surface ?? 'rosenbrock', values: groundChoices },
        step: { kind: 'number', default: 0, min: 0, max: 1000, integer: true },
      }) as const,
    [],
  );
  const { state, update, messages } = useUrlState(props.id, specs);
  const src = useUrlParam(
    `${props.id}.src`,
    author,
    (text) => (linkLength(text) > maxLinkChars ? author : text),
    (raw, l) => readLinkSource(raw, author, s, l),
  );
  const racers = useUrlParam<ClassicOptimizerName[]>(
    `${props.id}.r`,
    [...props.racers],
    (list) => list.join(','),
    (raw) => {
      const names = raw === '' ? [] : raw.split(',');
      const value = classicOptimizerNames.filter((n) => names.includes(n));
      return { value, messages: names.length > value.length ? [s.linkRacers(clip(raw))] : [] };
    },
  );
  const [draft, setDraft] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const surface = useFormulaState(props, s, locale);

  const rule = useMemo(() => {
    const checked = checkRule(src.value);
    return checked.ok ? checked.rule : null;
  }, [src.value]);
  const decls = rule?.params ?? [];
  const p = useUrlParam<Record<string, number>>(`${props.id}.p`, {}, paramsToLink, (raw) => {
    const value = paramsFromLink(raw);
    const pairs = raw === '' ? 0 : raw.split(',').length;
    return { value, messages: pairs > Object.keys(value).length ? [s.linkParams(clip(raw))] : [] };
  });
  const params = paramValues(decls, p.value);

  const text = draft ?? src.value;
  const draftError: EditorError | null = useMemo(() => {
    if (draft === null) return null;
    const checked = checkRule(draft);
    if (checked.ok) return null;
    const { line, column } = checked.error.problem;
    return { line, column, text: `${s.errorAt(line, column, ruleErrorText(checked.error.problem, locale))} ${s.kept}` };
  }, [draft, locale]);

  /** The editor's text changed: run it at once if it compiles, else keep the last good rule. */
  const edit = (next: string) => {
    setDraft(next);
    const checked = checkRule(next);
    // Unchanged (an error typed, then undone): setting it again would mark the link pending with no write to clear it.
    if (!checked.ok || next === src.value) return;
    setNotice(linkLength(next) > maxLinkChars ? s.tooLongForLink(maxLinkChars) : null);
    src.setValue(next);
    p.setValue(keepParams(checked.rule, p.value));
    update({ step: state.step });
  };

  return {
    state,
    update,
    source: src.value,
    text,
    draftError,
    rule: rule,
    params,
    setParam: (name: string, value: number) => p.setValue({ ...p.value, [name]: value }),
    racers: racers.value,
    toggleRacer: (name: ClassicOptimizerName, on: boolean) =>
      racers.setValue(classicOptimizerNames.filter((n) => (n === name ? on : racers.value.includes(n)))),
    edit,
    load: (next: string) => {
      setDraft(null);
      setNotice(null);
      if (next !== src.value) src.setValue(next);
      p.setValue({});
    },
    notice,
    setNotice,
    /** The reader's own surface: its formula (in the link as `<id>.fn`), the box's draft and error. */
    formula: surface,
    linkMessages: [...messages, ...src.messages, ...racers.messages, ...p.messages, ...surface.messages],
  };
}

/**
 * The typed surface: the applied formula in the link (`<id>.fn`; one that does not parse falls
 * back to the author's `formula`, saying why), and the box's draft and error. A formula that does
 * not parse leaves the last good surface in place, with the parser's message at its column.
 */
function useFormulaState(props: RuleCellProps, s: RuleCellStrings, locale: Locale) {
  const fn = useUrlParam(
    `${props.id}.fn`,
    props.formula,
    (text) => text,
    (raw, l) => readLinkFormula(raw, props.formula, s, l),
  );
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return {
    text: fn.value,
    shown: draft ?? fn.value,
    error,
    setDraft,
    /** Applies the draft: the surface changes only if it parses. Returns whether it did. */
    apply(): boolean {
      const text = draft ?? fn.value;
      const problem = formulaError(text, s, locale);
      setError(problem);
      if (problem !== null) return false;
      setDraft(null);
      if (text !== fn.value) fn.setValue(text);
      return true;
    },
    messages: fn.messages,
  };
}

/** A link value as shown in a message: at most 40 characters. */
const clip = (raw: string): string => (raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

/** The reader's param values that the new rule still declares, within its ranges. */
function keepParams(rule: ParsedRule, values: Readonly<Record<string, number>>): Record<string, number> {
  const kept: Record<string, number> = {};
  for (const decl of rule.params) {
    const v = values[decl.name];
    if (v !== undefined && (decl.range === null || (v >= decl.range[0] && v <= decl.range[1]))) kept[decl.name] = v;
  }
  return kept;
}

export type CellState = ReturnType<typeof useCellState>;
