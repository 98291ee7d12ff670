/**
 * The "f(x, y) =" box for a surface the reader types (src/engine/expr): the text, an Apply button
 * (Enter applies too), and under it the help, or the parser's message when the text does not
 * parse, tied to the box by aria-describedby. The widget keeps the draft, the error and the
 * applied formula (in its link); see RuleCell's use-cell-state.ts and the Race's use-race-state.ts.
 *
 * Its classroom name: inside a named ControlGroup (RuleCell's `fn`) it is locked with the group;
 * given `name` (the Race's `fn`), the form itself carries the name, so `hide=`/`lock=` find it.
 */
import { exprLimits } from '../../../src/engine/expr/index.ts';
import { useControlFlags } from './embed-context.tsx';

export interface FormulaFieldProps {
  /** A unique id prefix (useId()). */
  ids: string;
  /** What the box shows: the draft, else the applied formula. */
  value: string;
  error: string | null;
  help: string;
  apply: string;
  onDraft: (text: string) => void;
  onApply: () => void;
  /** The form's own control name and its label (the Share menu's), when no named group holds it. */
  name?: string;
  nameLabel?: string;
}

export function FormulaField({ ids, value, error, help, apply, onDraft, onApply, name, nameLabel }: FormulaFieldProps) {
  // Locked when it or the group around it is (`lock=fn` on an embed page): shown at its value, not editable.
  const { hidden, locked } = useControlFlags(name, nameLabel);
  return (
    <form
      class="formula-field"
      data-control={name}
      hidden={hidden || undefined}
      onSubmit={(event) => {
        event.preventDefault();
        onApply();
      }}
    >
      <label class="control__label" for={`${ids}-fn`}>
        f(x, y) =
      </label>
      <input
        id={`${ids}-fn`}
        type="text"
        inputMode="text"
        spellcheck={false}
        autoComplete="off"
        maxLength={exprLimits.maxLength}
        value={value}
        disabled={locked || undefined}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={`${ids}-fn-help`}
        onInput={(event) => onDraft(event.currentTarget.value)}
      />
      <button type="submit" class="button" disabled={locked || undefined}>
        {apply}
      </button>
      <p id={`${ids}-fn-help`} class={error ? 'race__error' : 'race__help'} data-formula-error={error ? '' : undefined}>
        {error ?? help}
      </p>
    </form>
  );
}
