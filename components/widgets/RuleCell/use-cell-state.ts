import { useMemo, useState } from 'preact/hooks';
import { classicOptimizerNames } from '../../../src/engine/optim/index.ts';
import type { ClassicOptimizerName } from '../../../src/engine/optim/index.ts';
import { surfaceIds } from '../../../src/engine/problems/index.ts';
import { checkRule } from '../../../src/engine/rule/index.ts';
import type { ParsedRule } from '../../../src/engine/rule/index.ts';
import { ruleErrorText } from '../../../src/i18n/rule.ts';
import { useUrlState } from '../lib/hooks.ts';
import { useLocale } from '../lib/i18n.tsx';
import { useUrlParam } from '../lib/url-param.ts';
import type { EditorError } from './RuleEditor.tsx';
import { authorSource, linkLength, maxLinkChars, readLinkSource } from './model.ts';
import { paramsFromLink, paramsToLink, paramValues } from './params.ts';
import type { RuleCellProps } from './schema.ts';
import type { RuleCellStrings } from './strings.ts';

export const groundChoices = [...surfaceIds, 'formula'] as const;

/**
 * The cell's state and where it lives: the rule in the page URL (`<id>.src`, only when it differs
 * from the author's), its param values (`<id>.p`), the racers (`<id>.r`), the surface (`<id>.s`)
 * and the step shown (`<id>.step`); the editor's draft and its error in the component. The
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
    (raw) => ({ value: classicOptimizerNames.filter((n) => raw.split(',').includes(n)), messages: [] }),
  );
  const [draft, setDraft] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const rule = useMemo(() => {
    const checked = checkRule(src.value);
    return checked.ok ? checked.rule : null;
  }, [src.value]);
  const decls = rule?.params ?? [];
  const p = useUrlParam<Record<string, number>>(`${props.id}.p`, {}, paramsToLink, (raw) => ({
    value: paramsFromLink(raw),
    messages: [],
  }));
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
    if (!checked.ok) return;
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
      src.setValue(next);
      p.setValue({});
    },
    notice,
    setNotice,
    linkMessages: [...messages, ...src.messages, ...racers.messages, ...p.messages],
  };
}

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
