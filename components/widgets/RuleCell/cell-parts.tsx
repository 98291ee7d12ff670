import type { ComponentChildren } from 'preact';
import type { ParsedRule } from '../../../src/engine/rule/index.ts';
import { Button, Slider } from '../lib/controls.tsx';
import { ControlGroup } from '../lib/embed-context.tsx';
import { fmt } from '../lib/format.ts';
import { flushUrlWrites } from '../lib/url-writer.ts';
import { paramLabel, paramSlider } from './params.ts';
import { RuleEditor } from './RuleEditor.tsx';
import type { EditorError } from './RuleEditor.tsx';
import type { CellRun } from './model.ts';
import type { RuleCellStrings } from './strings.ts';

/**
 * The parts of a rule cell that a played frame or a step does not change: the island keeps each
 * as the same element between such renders (useMemo), so that Preact skips them.
 */

/** A slider for each `param` line of the rule. */
export function CellParams(props: {
  s: RuleCellStrings;
  rule: ParsedRule | null;
  values: Readonly<Record<string, number>>;
  onChange: (name: string, value: number) => void;
}) {
  const { s, rule, values, onChange } = props;
  if (!rule || rule.params.length === 0) return null;
  return (
    <ControlGroup as="fieldset" name="p" label={s.params} class="rule-cell__params">
      <legend class="control__label">{s.params}</legend>
      {rule.params.map((decl) => {
        const slider = paramSlider(decl);
        return (
          <Slider
            key={decl.name}
            label={paramLabel(decl.name)}
            value={values[decl.name] ?? decl.value}
            min={slider.min}
            max={slider.max}
            log={slider.log}
            step={(slider.max - slider.min) / 200}
            format={(v) => fmt(v)}
            onChange={(v) => onChange(decl.name, v)}
          />
        );
      })}
    </ControlGroup>
  );
}

/** The editor, and beside it the rule typeset: the build's (children) or KaTeX's for the reader's (`math`). */
export function CellSource(props: {
  s: RuleCellStrings;
  text: string;
  error: EditorError | null;
  /** The typeset reader's rule (KaTeX's HTML), and whether it shows instead of the build's (children). */
  math: { html: string; shown: boolean };
  onInput: (text: string) => void;
  onRun: () => void;
  children?: ComponentChildren;
}) {
  const { s, math } = props;
  return (
    <div class="rule-cell__source">
      <ControlGroup name="src" label={s.editor}>
        <RuleEditor
          label={s.editor}
          hint={s.editorHint}
          value={props.text}
          error={props.error}
          onInput={props.onInput}
          onRun={props.onRun}
        />
      </ControlGroup>
      {/*
       * Both typeset rules stay in the page, the one not shown hidden: a preset picked and then
       * the author's again swapped the build's KaTeX (some 2,000 elements for Adam) out and back,
       * and removing it, then parsing and inserting it again, was most of a render task of
       * 240-320 ms at 4x CPU slow-down, which the reader's next key waited for.
       */}
      <div class="rule-cell__math" aria-label={s.typeset} role="group">
        <div class="rule-cell__typeset" hidden={math.shown}>
          {props.children}
        </div>
        <div class="rule-cell__typeset" hidden={!math.shown} dangerouslySetInnerHTML={{ __html: math.html }} />
      </div>
    </div>
  );
}

/** Each run's name in its colour. */
export function CellLegend({ runs, colorOf }: { runs: readonly CellRun[]; colorOf: (key: string) => string }) {
  return (
    <ul class="race__legend" aria-hidden="true">
      {runs.map((run) => (
        <li key={run.key} style={{ '--swatch': colorOf(run.key) }}>
          {run.label}
        </li>
      ))}
    </ul>
  );
}

/** CSV, PNG and the link. */
export function CellExports(props: {
  s: RuleCellStrings;
  save: (kind: 'csv' | 'png') => Promise<void>;
  notice: (text: string) => void;
}) {
  const { s, save, notice } = props;
  return (
    <ControlGroup
      name="download"
      label={s.download}
      class="widget__buttons rule-cell__exports"
      role="group"
      aria-label={s.download}
    >
      <Button onClick={() => void save('csv')} label={s.csv}>
        CSV
      </Button>
      <Button onClick={() => void save('png')} label={s.png}>
        PNG
      </Button>
      <Button
        onClick={() => {
          // The page's URL is written once the reader pauses (url-writer.ts): write what waits first.
          flushUrlWrites();
          void navigator.clipboard
            .writeText(window.location.href)
            .then(() => notice(s.linkCopied))
            .catch(() => notice(s.linkCopyFailed));
        }}
      >
        {s.copyLink}
      </Button>
    </ControlGroup>
  );
}
