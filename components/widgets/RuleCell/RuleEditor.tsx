import { useId, useRef } from 'preact/hooks';
import { useControlFlags } from '../lib/embed-context.tsx';

export interface EditorError {
  line: number;
  column: number;
  text: string;
}

interface Props {
  label: string;
  hint: string;
  value: string;
  error: EditorError | null;
  onInput: (text: string) => void;
  /** Ctrl+Enter (Cmd+Enter): run from the start. */
  onRun: () => void;
}

/**
 * A textarea with a line-number gutter: light enough to load with the page (no editor library).
 * The gutter scrolls with the text; the line with an error is marked in it, and the error, with
 * its line and column, sits under the editor in a polite live region tied to the textarea.
 */
export function RuleEditor({ label, hint, value, error, onInput, onRun }: Props) {
  const id = useId();
  const gutter = useRef<HTMLDivElement>(null);
  const lines = value.split('\n').length;
  // Locked by its group (`lock=src` on an embed page): read-only, so the rule can still be read, scrolled and copied.
  const { locked } = useControlFlags(undefined);
  return (
    <div class="rule-editor">
      <label for={id} class="control__label">
        {label}
      </label>
      <p class="rule-editor__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div class="rule-editor__box">
        <div class="rule-editor__gutter" ref={gutter} aria-hidden="true">
          {Array.from({ length: lines }, (_, i) => (
            <span
              key={i}
              class={error?.line === i + 1 ? 'rule-editor__line rule-editor__line--error' : 'rule-editor__line'}
            >
              {i + 1}
            </span>
          ))}
        </div>
        <textarea
          id={id}
          class="rule-editor__text"
          value={value}
          rows={Math.max(4, Math.min(14, lines + 1))}
          readOnly={locked}
          spellcheck={false}
          autocomplete="off"
          autocapitalize="off"
          aria-invalid={error !== null}
          aria-describedby={`${id}-hint ${id}-error`}
          onInput={(event) => onInput(event.currentTarget.value)}
          onScroll={(event) => {
            if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              onRun();
            }
          }}
        />
      </div>
      <p
        class="rule-editor__error"
        id={`${id}-error`}
        aria-live="polite"
        data-rule-error={error ? `${error.line}:${error.column}` : undefined}
      >
        {error?.text ?? ''}
      </p>
    </div>
  );
}
