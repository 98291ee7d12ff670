import type { ComponentChildren } from 'preact';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { classicOptimizerNames, optimizerNames } from '../../../src/engine/optim/index.ts';
import { rulePresetNames, rulePresets } from '../../../src/engine/rule/index.ts';
import type { RulePresetName } from '../../../src/engine/rule/index.ts';
import { Select, Toggle } from '../lib/controls.tsx';
import { ControlGroup } from '../lib/embed-context.tsx';
import { FormulaField } from '../lib/FormulaField.tsx';
import { createRecentMemo, useRecentMemo } from '../lib/recent-memo.ts';
import { optimizerTitlesOf, useLocale, useStrings, withLocale } from '../lib/i18n.tsx';
import { seriesColor } from '../lib/plot-theme.ts';
import { StepPlayer } from '../lib/StepPlayer.tsx';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { useAfterPaint } from '../lib/after-paint.ts';
import { CellFigures } from './CellFigures.tsx';
import { surfaceMap } from './drawn-runs.ts';
import { downloadCellCsv, downloadCellPng } from './exports.ts';
import { cellStatus, keptRunStages, networkGround, runCell, surfaceGround } from './model.ts';
import type { CellResult } from './model.ts';
import { CellExports, CellLegend, CellParams, CellSource } from './cell-parts.tsx';
import type { RuleCellProps } from './schema.ts';
import { strings } from './strings.ts';
import { typesetRuleAsync } from './typeset-client.ts';
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
  // One object per language (a new one each render would defeat the memos below).
  const titles = useMemo(() => optimizerTitlesOf(locale), [locale]);
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
  const where =
    props.data !== undefined
      ? s.networkOn(titleIn(s.datasets, props.data))
      : state.s === 'formula'
        ? `f(x, y) = ${formula.text}`
        : titleIn(s.surfaces, state.s);
  const paramsKey = JSON.stringify(cell.params);
  const runs = useRef<ReturnType<typeof createRecentMemo<CellResult>> | null>(null);
  runs.current ??= createRecentMemo<CellResult>();
  // The runs, and the ground, words and step they go with, follow the input after its frame is
  // painted (after-paint.ts); the map, the chart and the status line show them together. The step
  // too: a step key or a played frame paints the player at once, and the figures in a task of
  // their own after it (drawn in the frame's own task, the figures' render and the page's layout
  // and paint made one task of 55-110 ms per played frame at 4x CPU slow-down). The runs of a
  // step that changed nothing else come from `runs` without running anything.
  const { steps, check } = props;
  const input = { ground, source: cell.source, params: cell.params, steps, racers: cell.racers, check };
  const settled = useAfterPaint(
    () => ({
      ground,
      where,
      step: state.step,
      result: runs.current!(
        () => runCell(input, s.myRule, titles),
        [ground, cell.source, paramsKey, cell.racers.join(), s],
      ),
    }),
    [ground, cell.source, paramsKey, cell.racers.join(), s, where, state.step],
    // A new surface's map, and each racer or check run not held yet, in turns of their own first.
    { stages: () => [...(ground.surface ? [() => void surfaceMap(ground.surface!)] : []), ...keptRunStages(input)] },
  );
  const { result } = settled.value;
  // The step the figures and the status line show (the player shows `state.step` at once).
  const shown = Math.min(settled.value.step, props.steps);
  const last = Math.max(0, ...result.runs.map((r) => r.steps));

  // The typeset rule: the build's HTML for the author's rule, KaTeX's for any other (the last one
  // typeset is kept, hidden, while the author's shows: CellSource).
  const [math, setMath] = useState<{ html: string; shown: boolean }>({ html: '', shown: false });
  const first = useRef(cell.source);
  useEffect(() => {
    if (cell.source === first.current) return void setMath((m) => (m.shown ? { ...m, shown: false } : m));
    let live = true;
    // In a worker (typeset-client.ts): typesetting a preset (and, the first time, evaluating
    // KaTeX) on the main thread was a task of 300-500 ms at 4x CPU slowdown, which the reader's
    // next key press had to wait for. A newer rule drops this one's answer.
    void typesetRuleAsync(cell.source).then((html) => live && setMath({ html, shown: true }));
    return () => {
      live = false;
    };
  }, [cell.source]);

  const figures = useRef<HTMLDivElement>(null);
  const save = async (kind: 'csv' | 'png') => {
    const name = props.data ?? state.s;
    try {
      if (kind === 'csv') downloadCellCsv(settled.flush().result.runs, name);
      else await downloadCellPng(figures.current!, name, locale, s.cannotRun(''));
      cell.setNotice(s.downloaded(kind.toUpperCase()));
    } catch (error) {
      cell.setNotice(s.downloadFailed(kind.toUpperCase(), error instanceof Error ? error.message : String(error)));
    }
  };
  // What a played frame or a step does not change is kept as the same elements (useMemo), so
  // that Preact skips it: only the player, the status line and the figures follow the step. The
  // handlers inside read the latest render's state through `live`.
  const live = useRef({ cell, update, save, settled });
  live.current = { cell, update, save, settled };
  // A preset picked shows in the select at once; the rule, its editor, its params and its runs
  // follow after the frame that answers the key is painted (in useAfterPaint's render task), for
  // the last of the keys pressed before then: loading it in the key's own handler re-rendered the
  // editor and the params there (92 ms of thread time at 4x CPU slow-down).
  const [picked, setPicked] = useState<RulePresetName | null>(null);
  const toLoad = useAfterPaint(() => picked, [picked]).value;
  useLayoutEffect(() => {
    if (toLoad === null) return;
    setPicked(null);
    live.current.cell.load(rulePresets[toLoad].source);
  }, [toLoad]);
  const presetValue = picked ?? rulePresetNames.find((name) => rulePresets[name].source === cell.source) ?? 'custom';

  const controls = useMemo(
    () => (
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
            if (name !== 'custom') setPicked(name as RulePresetName);
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
            onChange={(choice) => live.current.update({ s: choice, step: 0 })}
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
              onDraft={(text) => live.current.cell.formula.setDraft(text)}
              onApply={() => live.current.cell.formula.apply() && live.current.update({ step: 0 })}
            />
          </ControlGroup>
        )}
      </>
    ),
    [presetValue, state.s, formula.shown, formula.error, s, titles],
  );
  const settings = useMemo(
    () => (
      <ControlGroup as="fieldset" name="r" label={s.racers} class="rule-cell__racers">
        <legend class="control__label">{s.racers}</legend>
        {classicOptimizerNames.map((name) => (
          <Toggle
            key={name}
            label={titles[name]}
            checked={cell.racers.includes(name)}
            onChange={(on) => live.current.cell.toggleRacer(name, on)}
          />
        ))}
      </ControlGroup>
    ),
    [cell.racers.join(), s, titles],
  );
  const params = useMemo(
    () => (
      <CellParams
        s={s}
        rule={cell.rule}
        values={cell.params}
        onChange={(name, v) => live.current.cell.setParam(name, v)}
      />
    ),
    [cell.rule, paramsKey, s],
  );
  const source = useMemo(
    () => (
      <CellSource
        s={s}
        text={cell.text}
        error={cell.draftError}
        math={math}
        onInput={(text) => live.current.cell.edit(text)}
        // The last step of the rule just typed, even before its run was drawn.
        onRun={() =>
          live.current.update({ step: Math.max(0, ...live.current.settled.flush().result.runs.map((r) => r.steps)) })
        }
      >
        {props.children}
      </CellSource>
    ),
    [cell.text, cell.draftError, math, s, props.children],
  );
  const exports = useMemo(
    () => (
      <CellExports
        s={s}
        save={(kind) => live.current.save(kind)}
        notice={(text) => live.current.cell.setNotice(text)}
      />
    ),
    [s],
  );

  // The figures follow the runs and the step shown only: the render that answers a preset or a
  // param (whose runs come after the paint) does not draw them again.
  const figuresView = useMemo(
    () => (
      <CellFigures
        s={s}
        surface={settled.value.ground.surface}
        runs={result.runs}
        colorOf={colorOf}
        shown={shown}
        steps={props.steps}
        where={settled.value.where}
      />
    ),
    [s, settled.value, shown, props.steps],
  );

  // The player follows the step and the last step only, the legend the runs: a param's key or the
  // render of new runs does not render them again.
  const playerStep = Math.min(state.step, props.steps);
  const player = useMemo(
    () => (
      <div class="rule-cell__player">
        <StepPlayer
          step={playerStep}
          last={last}
          max={props.steps}
          stride={Math.max(1, Math.round(props.steps / 150))}
          interval={30}
          onStep={(step) => live.current.update({ step })}
        />
      </div>
    ),
    [playerStep, last, props.steps],
  );
  const legend = useMemo(() => <CellLegend runs={result.runs} colorOf={colorOf} />, [result.runs]);

  return (
    <WidgetFrame
      name="rule-cell"
      title={props.title === strings.en.defaultTitle ? s.defaultTitle : props.title}
      status={cellStatus(result, shown, props.steps, settled.value.where, s)}
      messages={[...cell.linkMessages, ...(cell.notice ? [cell.notice] : [])]}
      controls={controls}
      settings={settings}
    >
      {player}
      {legend}
      {/* On a phone, the part that stays on top while the parameters and the editor below it are used (pin-figure.ts). */}
      <div ref={figures} data-pin-part>
        {figuresView}
      </div>
      {props.caption && <p class="rule-cell__caption">{props.caption}</p>}
      {params}
      {source}
      {exports}
    </WidgetFrame>
  );
}

export default withLocale(RuleCellIsland);
