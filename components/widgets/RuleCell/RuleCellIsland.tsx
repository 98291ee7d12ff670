import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { classicOptimizerNames, optimizerNames } from '../../../src/engine/optim/index.ts';
import { rulePresetNames, rulePresets } from '../../../src/engine/rule/index.ts';
import { Button, Select, Slider, Toggle } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { ControlGroup } from '../lib/embed-context.tsx';
import { FormulaField } from '../lib/FormulaField.tsx';
import { useRecentMemo } from '../lib/recent-memo.ts';
import { optimizerTitlesOf, useLocale, useStrings, withLocale } from '../lib/i18n.tsx';
import { seriesColor } from '../lib/plot-theme.ts';
import { StepPlayer } from '../lib/StepPlayer.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { CellFigures } from './CellFigures.tsx';
import { downloadCellCsv, downloadCellPng } from './exports.ts';
import { cellStatus, networkGround, runCell, surfaceGround } from './model.ts';
import { paramLabel, paramSlider } from './params.ts';
import { RuleEditor } from './RuleEditor.tsx';
import type { RuleCellProps } from './schema.ts';
import { strings } from './strings.ts';
import { groundChoices, useCellState } from './use-cell-state.ts';

/** The rule's colour is the one no racer uses (AdamW's, which a cell does not race). */
const colorOf = (key: string) => seriesColor(key === 'rule' ? 6 : optimizerNames.indexOf(key as never));

/** A name from a table of titles, or the id itself. */
const titleIn = (table: Readonly<Record<string, string>>, id: string): string => table[id] ?? id;

/**
 * Props from RuleCell.astro: the schema's, and as children the author's rule typeset at build time.
 * Children, not a prop: Astro ships a slot once, in the page's HTML, while a prop is serialized
 * again into the island's attributes (a typeset Adam rule is 30 KB of HTML).
 */
type Props = RuleCellProps & { children?: ComponentChildren };

function RuleCellIsland(props: Props) {
  const s = useStrings(strings);
  const locale = useLocale();
  const titles = optimizerTitlesOf(locale);
  const ids = useId();
  const cell = useCellState(props, s);
  const { state, update } = cell;
  const formula = cell.formula;
  // The last few grounds and results are kept (recent-memo.ts): a reader going back to a surface
  // or a preset already shown gets it without running anything again.
  const ground = useRecentMemo(
    () => (props.data !== undefined ? networkGround(props.data) : surfaceGround(state.s, formula.text)),
    [state.s, formula.text],
  );
  const result = useRecentMemo(
    () =>
      runCell(
        {
          ground,
          source: cell.source,
          params: cell.params,
          steps: props.steps,
          racers: cell.racers,
          check: props.check,
        },
        s.myRule,
        titles,
      ),
    [ground, cell.source, JSON.stringify(cell.params), cell.racers.join(), s],
  );
  const shown = Math.min(state.step, props.steps);
  const last = Math.max(0, ...result.runs.map((r) => r.steps));
  const where =
    props.data !== undefined
      ? s.networkOn(titleIn(s.datasets, props.data))
      : state.s === 'formula'
        ? `f(x, y) = ${formula.text}`
        : titleIn(s.surfaces, state.s);

  // The typeset rule: the build's HTML for the author's rule (null), KaTeX loaded for any other.
  const [math, setMath] = useState<string | null>(null);
  const first = useRef(cell.source);
  useEffect(() => {
    if (cell.source === first.current) return void setMath(null);
    let live = true;
    void import('./typeset.ts').then(({ typesetRule }) => live && setMath(typesetRule(cell.source)));
    return () => void (live = false);
  }, [cell.source]);

  const figures = useRef<HTMLDivElement>(null);
  const save = async (kind: 'csv' | 'png') => {
    const name = props.data ?? state.s;
    try {
      if (kind === 'csv') downloadCellCsv(result.runs, name);
      else await downloadCellPng(figures.current!, name, locale, s.cannotRun(''));
      cell.setNotice(s.downloaded(kind.toUpperCase()));
    } catch (error) {
      cell.setNotice(s.downloadFailed(kind.toUpperCase(), error instanceof Error ? error.message : String(error)));
    }
  };
  const presetValue = rulePresetNames.find((name) => rulePresets[name].source === cell.source) ?? 'custom';

  return (
    <WidgetFrame
      name="rule-cell"
      title={props.title === strings.en.defaultTitle ? s.defaultTitle : props.title}
      status={cellStatus(result, shown, props.steps, where, s)}
      messages={[...cell.linkMessages, ...(cell.notice ? [cell.notice] : [])]}
      controls={
        <>
          <Select
            label={s.preset}
            param="preset"
            value={presetValue}
            options={[
              ...(presetValue === 'custom' ? [{ value: 'custom', label: s.custom }] : []),
              // A built-in's preset is named as the page names that optimizer (梯度下降, not Gradient descent).
              ...rulePresetNames.map((name) => {
                const builtIn = rulePresets[name].builtIn;
                return { value: name, label: builtIn === null ? rulePresets[name].title : titles[builtIn] };
              }),
            ]}
            onChange={(name) => {
              if (name !== 'custom') cell.load(rulePresets[name as keyof typeof rulePresets].source);
            }}
          />
          {props.data === undefined && (
            <Select
              label={s.surface}
              param="s"
              value={state.s}
              options={groundChoices.map((id) => ({
                value: id,
                label: id === 'formula' ? s.yourFunction : titleIn(s.surfaces, id),
              }))}
              onChange={(choice) => update({ s: choice, step: 0 })}
            />
          )}
          {props.data === undefined && state.s === 'formula' && (
            <ControlGroup name="fn" label={s.yourFunction}>
              <FormulaField
                ids={ids}
                value={formula.shown}
                error={formula.error}
                help={s.formulaHelp}
                apply={s.apply}
                onDraft={formula.setDraft}
                onApply={() => formula.apply() && update({ step: 0 })}
              />
            </ControlGroup>
          )}
        </>
      }
      settings={
        <ControlGroup as="fieldset" name="r" label={s.racers} class="rule-cell__racers">
          <legend class="control__label">{s.racers}</legend>
          {classicOptimizerNames.map((name) => (
            <Toggle
              key={name}
              label={titles[name]}
              checked={cell.racers.includes(name)}
              onChange={(on) => cell.toggleRacer(name, on)}
            />
          ))}
        </ControlGroup>
      }
    >
      <div class="rule-cell__player">
        <StepPlayer
          step={shown}
          last={last}
          max={props.steps}
          stride={Math.max(1, Math.round(props.steps / 150))}
          interval={30}
          onStep={(step) => update({ step })}
        />
      </div>
      <ul class="race__legend" aria-hidden="true">
        {result.runs.map((run) => (
          <li key={run.key} style={{ '--swatch': colorOf(run.key) }}>
            {run.label}
          </li>
        ))}
      </ul>
      {/* On a phone, the part that stays on top while the parameters and the editor below it are used (pin-figure.ts). */}
      <div ref={figures} data-pin-part>
        <CellFigures
          s={s}
          surface={ground.surface}
          runs={result.runs}
          colorOf={colorOf}
          shown={shown}
          steps={props.steps}
          where={where}
        />
      </div>
      {props.caption && <p class="rule-cell__caption">{props.caption}</p>}
      {cell.rule && cell.rule.params.length > 0 && (
        <ControlGroup as="fieldset" name="p" label={s.params} class="rule-cell__params">
          <legend class="control__label">{s.params}</legend>
          {cell.rule.params.map((decl) => {
            const slider = paramSlider(decl);
            return (
              <Slider
                key={decl.name}
                label={paramLabel(decl.name)}
                value={cell.params[decl.name] ?? decl.value}
                min={slider.min}
                max={slider.max}
                log={slider.log}
                step={(slider.max - slider.min) / 200}
                format={(v) => fmt(v)}
                onChange={(v) => cell.setParam(decl.name, v)}
              />
            );
          })}
        </ControlGroup>
      )}
      <div class="rule-cell__source">
        <ControlGroup name="src" label={s.editor}>
          <RuleEditor
            label={s.editor}
            hint={s.editorHint}
            value={cell.text}
            error={cell.draftError}
            onInput={cell.edit}
            onRun={() => update({ step: last })}
          />
        </ControlGroup>
        {math === null ? (
          <div key="author" class="rule-cell__math" aria-label={s.typeset} role="group">
            {props.children}
          </div>
        ) : (
          <div
            key="reader"
            class="rule-cell__math"
            aria-label={s.typeset}
            role="group"
            dangerouslySetInnerHTML={{ __html: math }}
          />
        )}
      </div>
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
          onClick={() =>
            void navigator.clipboard
              .writeText(window.location.href)
              .then(() => cell.setNotice(s.linkCopied))
              .catch(() => cell.setNotice(s.linkCopyFailed))
          }
        >
          {s.copyLink}
        </Button>
      </ControlGroup>
    </WidgetFrame>
  );
}

export default withLocale(RuleCellIsland);
