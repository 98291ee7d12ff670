/**
 * RuleCell's logic that is neither maths (src/engine) nor drawing: the rule it starts with, the
 * rule in the page URL, what it runs on (a surface or the toy network), the runs from one start,
 * the check against a preset, and the status line.
 */
import { datasets, generate, trainTestSplit } from '../../../src/engine/data/index.ts';
import { formulaDefaults, surfaceFromFormula } from '../../../src/engine/expr/index.ts';
import { createMLP } from '../../../src/engine/nn/index.ts';
import { optimizerDefaults, optimizerTitles } from '../../../src/engine/optim/index.ts';
import type { GradFn, OptimizerName } from '../../../src/engine/optim/index.ts';
import { problems } from '../../../src/engine/problems/index.ts';
import type { Surface } from '../../../src/engine/problems/index.ts';
import { createRng } from '../../../src/engine/rng/index.ts';
import { checkRule, ruleLimits, rulePresets } from '../../../src/engine/rule/index.ts';
import type { RulePresetName } from '../../../src/engine/rule/index.ts';
import { runWithGrad } from '../../../src/engine/sim/index.ts';
import { exprErrorText } from '../../../src/i18n/expr.ts';
// A cell always runs a rule: its runs (lib/rule-run.ts) get the language from here.
import '../lib/with-rules.ts';
import { ruleErrorText } from '../../../src/i18n/rule.ts';
import type { Locale } from '../lib/i18n.tsx';
import { firstDifference, runRule } from '../lib/rule-run.ts';
import type { TrainerDataset } from '../lib/datasets.ts';
import type { RuleCellStrings } from './strings.ts';

/** The rule the author gave: `source`, else the preset's source. */
export function authorSource(props: { source?: string | undefined; preset?: RulePresetName | undefined }): string {
  return props.source ?? rulePresets[props.preset ?? 'sgd'].source;
}

/** The most characters the rule may take in the page URL, percent-encoded (a rule at the language's 2,000-character limit may not fit). */
export const maxLinkChars = 3000;

export const linkLength = (source: string): number => encodeURIComponent(source).length;

/** The rule a link carries (`<id>.src`, already decoded), or the author's with the reason. */
export function readLinkSource(
  raw: string,
  fallback: string,
  s: RuleCellStrings,
  locale: Locale,
): { value: string; messages: string[] } {
  if (linkLength(raw) > maxLinkChars || raw.length > ruleLimits.maxLength) {
    return { value: fallback, messages: [s.linkSrcTooLong(linkLength(raw), maxLinkChars)] };
  }
  const checked = checkRule(raw);
  if (!checked.ok) {
    const { line, column } = checked.error.problem;
    return {
      value: fallback,
      messages: [s.linkSrcBroken(s.errorAt(line, column, ruleErrorText(checked.error.problem, locale)))],
    };
  }
  return { value: raw, messages: [] };
}

/**
 * A typed surface checked as the cell's box and link check it: null when `text` parses, else the
 * parser's message (at its character, in the page's language) and that the last good surface stays.
 */
export function formulaError(text: string, s: RuleCellStrings, locale: Locale): string | null {
  const problem = formulaProblem(text, s, locale);
  return problem === null ? null : s.formulaKept(problem);
}

/** Why a formula cannot be the cell's surface: it does not parse, or has no value where runs start. */
function formulaProblem(text: string, s: RuleCellStrings, locale: Locale): string | null {
  const read = surfaceFromFormula(text);
  if (!read.ok) return exprErrorText(read.error.problem, locale);
  const { surface } = read;
  return Number.isFinite(surface.f(Float64Array.from(surface.start))) ? null : s.noValueAtStart;
}

/** The formula a link carries (`<id>.fn`), or the author's with the reason. */
export function readLinkFormula(
  raw: string,
  fallback: string,
  s: RuleCellStrings,
  locale: Locale,
): { value: string; messages: string[] } {
  const problem = formulaProblem(raw, s, locale);
  return problem === null ? { value: raw, messages: [] } : { value: fallback, messages: [s.linkFn(problem, fallback)] };
}

/** What a cell runs on: a function of the weights with its gradient, a start, and for a surface the surface. */
export interface Ground {
  f: (w: Float64Array) => number;
  grad: GradFn;
  start: Float64Array;
  surface: Surface | null;
}

export function surfaceGround(choice: string, formula: string): Ground {
  let surface: Surface = problems.rosenbrock;
  if (choice === 'formula') {
    const read = surfaceFromFormula(formula);
    if (read.ok) surface = read.surface;
  } else {
    const found = (problems as Record<string, Surface | { dim: 1 }>)[choice];
    if (found && found.dim === 2) surface = found;
  }
  return { f: surface.f, grad: surface.grad, start: Float64Array.from(surface.start), surface };
}

export const formulaDomain = formulaDefaults.domain;

/**
 * The Trainer's toy network (2-8-8-1, tanh) on a data set, trained full batch on its training
 * rows, from the weights seed 1 draws: a loss of ~100 weights that every run shares.
 */
export function networkGround(dataset: TrainerDataset): Ground {
  const data = generate(dataset, 300, { seed: 1 });
  const { train } = trainTestSplit(data, 0.3, 1);
  const mlp = createMLP({ sizes: [2, 8, 8, 1], activation: 'tanh', loss: datasets[dataset].loss });
  const start = mlp.init(createRng(1));
  return {
    f: (w) => mlp.loss(w, train.X, train.Y),
    grad: (w, out) => void mlp.lossAndGrad(w, train.X, train.Y, out),
    start,
    surface: null,
  };
}

/** One run of the cell: the rule (key 'rule'), a racer (its optimizer's name) or the check ('check'). */
export interface CellRun {
  key: string;
  label: string;
  dim: number;
  steps: number;
  points: Float64Array;
  losses: Float64Array;
  /** The step it stopped at and, for a rule, the line that gave a non-finite value. */
  stopped: { step: number; line: number | null } | null;
}

export interface CellInput {
  ground: Ground;
  source: string;
  params: Readonly<Record<string, number>>;
  steps: number;
  racers: readonly OptimizerName[];
  check?: RulePresetName | undefined;
}

export interface CellResult {
  runs: CellRun[];
  /** How the rule compares with the `check` preset, or null without one. */
  check: { name: string; difference: { step: number; by: number } | null; steps: number } | null;
  /** Why nothing ran (the engine's message), or null. */
  error: string | null;
}

function ruleRun(
  key: string,
  label: string,
  ground: Ground,
  source: string,
  params: Readonly<Record<string, number>>,
  steps: number,
): CellRun {
  const run = runRule(ground.f, ground.grad, source, { steps, start: ground.start, params });
  const stopped = run.stopped && { step: run.stopped.step, line: 'rule' in run.stopped ? run.stopped.rule.line : null };
  return { key, label, dim: run.dim, steps: run.steps, points: run.points, losses: run.losses, stopped };
}

/**
 * The runs that depend on neither the reader's rule nor its params (each racer, the check's
 * preset), kept per ground and steps: moving a param or editing the rule runs only the rule again.
 * The check's Adam-like presets took most of an input's time (7 ms of 10 at full CPU speed on the
 * AMSGrad exercise, four times that on a phone). Nothing is kept for a run that threw.
 */
const kept = new WeakMap<Ground, Map<string, CellRun>>();

function keptRun(ground: Ground, key: string, compute: () => CellRun): CellRun {
  let runs = kept.get(ground);
  if (runs === undefined) kept.set(ground, (runs = new Map<string, CellRun>()));
  let run = runs.get(key);
  if (run === undefined) runs.set(key, (run = compute()));
  return run;
}

/** A racer's run with the engine's defaults, kept per ground and steps. */
function racerRun(ground: Ground, name: OptimizerName, steps: number): CellRun {
  return keptRun(ground, `racer ${name} ${steps}`, () => {
    const raced = runWithGrad(ground.start.length, ground.f, ground.grad, optimizerDefaults[name], {
      steps,
      start: ground.start,
    });
    const stopped = raced.diverged && { step: raced.diverged.step, line: null };
    const { dim, points, losses } = raced;
    return { key: name, label: name, dim, steps: raced.steps, points, losses, stopped };
  });
}

/** The check preset's run, kept per ground and steps. */
function checkRun(ground: Ground, name: RulePresetName, steps: number): CellRun {
  const preset = rulePresets[name];
  return keptRun(ground, `check ${name} ${steps}`, () =>
    ruleRun('check', preset.title, ground, preset.source, {}, steps),
  );
}

/**
 * The kept runs `runCell` will need and does not hold yet (a racer, the check's preset), each as
 * a stage that runs it (useAfterPaint's `stages`): on a new surface, each run is a task of its own
 * instead of all of them in the one that also runs the rule. None when all are held (a step, a param).
 */
export function keptRunStages(input: Pick<CellInput, 'ground' | 'steps' | 'racers' | 'check'>): (() => void)[] {
  const { ground, steps, check } = input;
  const held = kept.get(ground);
  const stages = input.racers
    .filter((name) => !held?.has(`racer ${name} ${steps}`))
    .map((name) => () => void racerRun(ground, name, steps));
  if (check !== undefined && !held?.has(`check ${check} ${steps}`))
    stages.push(() => void checkRun(ground, check, steps));
  return stages;
}

/** The rule, then each racer with the engine's defaults, from the ground's start. */
export function runCell(
  input: CellInput,
  ruleLabel: string,
  titles: Readonly<Record<OptimizerName, string>> = optimizerTitles,
): CellResult {
  const { ground, steps } = input;
  try {
    const runs = [ruleRun('rule', ruleLabel, ground, input.source, input.params, steps)];
    for (const name of input.racers) runs.push({ ...racerRun(ground, name, steps), label: titles[name] });
    let check: CellResult['check'] = null;
    if (input.check !== undefined) {
      const reference = checkRun(ground, input.check, steps);
      check = { name: reference.label, difference: firstDifference(runs[0]!, reference), steps };
    }
    return { runs, check, error: null };
  } catch (error) {
    return { runs: [], check: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The status line: each run's loss at step k (or where it stopped), then the check's verdict. */
export function cellStatus(result: CellResult, k: number, steps: number, where: string, s: RuleCellStrings): string {
  if (result.error !== null) return s.cannotRun(result.error);
  const parts = result.runs.map((run) => {
    const at = Math.min(k, run.steps);
    const stopped =
      // Said from the run's last point on: the player cannot go past it when every run stopped.
      run.stopped && k >= run.steps
        ? run.stopped.line !== null
          ? s.stoppedAt(run.stopped.step, run.stopped.line)
          : s.stoppedRun(run.stopped.step)
        : '';
    return s.item(run.label, formatLoss(run.losses[at] ?? NaN), stopped);
  });
  const check = result.check;
  const verdict =
    check === null
      ? ''
      : check.difference === null
        ? s.matches(check.name, check.steps)
        : s.differs(
            check.name,
            check.difference.step,
            Number.isFinite(check.difference.by) ? check.difference.by.toExponential(1) : '∞',
          );
  return s.status(Math.min(k, steps), steps, where, parts) + verdict;
}

const formatLoss = (v: number): string =>
  Math.abs(v) >= 1e-3 && Math.abs(v) < 1e4 ? v.toPrecision(4) : v.toExponential(2);
