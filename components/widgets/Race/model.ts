/**
 * The Race widget's logic that is neither maths (src/) nor drawing: link parameters, default
 * learning rates, which surface to use, the runs, and the words of the status line.
 */
import { formulaDefaults, surfaceFromFormula } from '../../../src/engine/expr/index.ts';
import { optimizerNames, optimizerTitles } from '../../../src/engine/optim/index.ts';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import { problems, surfaceIds } from '../../../src/engine/problems/index.ts';
import type { Surface, SurfaceId } from '../../../src/engine/problems/index.ts';
import { runOnProblem } from '../../../src/engine/sim/index.ts';
import type { RunResult } from '../../../src/engine/sim/index.ts';
import { fmt } from '../lib/format.ts';
import { optimizerColor, seriesColor } from '../lib/plot-theme.ts';
import { specOf } from '../lib/optimizer-settings.ts';
import type { Settings } from '../lib/optimizer-settings.ts';
import type { Specs } from '../lib/url-state.ts';
import type { RunDivergence } from '../../../src/engine/sim/index.ts';
import { strings, type RaceStrings } from './strings.ts';

/** Learning rates that make every optimizer move visibly, yet stay stable, on most surfaces. */
export const raceLrs: Readonly<Record<OptimizerName, number>> = Object.freeze({
  sgd: 0.002,
  momentum: 0.002,
  nag: 0.002,
  adagrad: 0.5,
  rmsprop: 0.01,
  adam: 0.05,
  adamw: 0.05,
});

export const surfaceChoices = [...surfaceIds, 'formula'] as const;
export type SurfaceChoice = SurfaceId | 'formula';

export const raceSpecs = (maxSteps = 1000) =>
  ({
    s: { kind: 'enum', default: 'rosenbrock', values: surfaceChoices },
    start: { kind: 'numbers', default: [0, 0], min: -100, max: 100, length: 2 },
    steps: { kind: 'number', default: 300, min: 10, max: maxSteps, integer: true },
    step: { kind: 'number', default: 0, min: 0, max: maxSteps, integer: true },
    speed: { kind: 'number', default: 30, min: 1, max: 300 },
    noise: { kind: 'number', default: 0, min: 0, max: 5 },
    seed: { kind: 'number', default: 1, min: 0, max: 9999, integer: true },
  }) satisfies Specs;

/** The surface for a choice (a typed formula needs its parsed surface, passed in). */
export function surfaceOf(choice: string, formulaSurface: Surface): Surface {
  if (choice === 'formula') return formulaSurface;
  const found = (problems as Record<string, Surface | { dim: 1 }>)[choice];
  return found && found.dim === 2 ? found : problems.rosenbrock;
}

/** A formula's surface, or the fallback formula's when it does not parse (the widget validates first). */
export function formulaSurface(text: string): Surface {
  const result = surfaceFromFormula(text);
  if (result.ok) return result.surface;
  const fallback = surfaceFromFormula('x^2 + 10*sin(y)');
  if (!fallback.ok) throw new Error('the fallback formula must parse');
  return fallback.surface;
}

export const formulaDomain = formulaDefaults.domain;

/** Clamps a point into the surface's drawn domain. */
export function clampToDomain(surface: Surface, [x, y]: readonly number[]): [number, number] {
  const cx = Math.min(surface.domain.x[1], Math.max(surface.domain.x[0], x ?? 0));
  const cy = Math.min(surface.domain.y[1], Math.max(surface.domain.y[0], y ?? 0));
  return [Number(cx.toPrecision(4)), Number(cy.toPrecision(4))];
}

export interface RaceRun {
  /** The built-in optimizer, or null for a rule (a `racers` entry `{ rule }`). */
  name: OptimizerName | null;
  run: RunResult;
  /** With `racers`: the entry's key (its runs, colour and link values are keyed by it), else the name. */
  key?: string;
  /** With `racers`: the legend's label, else the optimizer's title in the page's language. */
  label?: string;
  /** With `racers`: the entry's colour (by its place in the list), else the optimizer's. */
  color?: string;
  /** A rule that stopped: at which step and on which line. */
  ruleStop?: { step: number; line: number } | null;
  /** A rule's source and params (its `run.spec` is a placeholder: a rule has no optimizer spec). */
  rule?: { source: string; params: Readonly<Record<string, number>> };
}

/** A run's key, title and colour, whichever form of props made it. */
export const runKey = (r: RaceRun): string => r.key ?? r.name ?? 'rule';
export const runTitle = (r: RaceRun, titles: Readonly<Record<OptimizerName, string>>): string =>
  r.label ?? (r.name === null ? 'rule' : titles[r.name]);
export const runColor = (r: RaceRun): string => r.color ?? (r.name === null ? seriesColor(6) : optimizerColor(r.name));

export interface RaceInput {
  surface: Surface;
  start: readonly number[];
  steps: number;
  noise: number;
  seed: number;
  selected: readonly OptimizerName[];
  settings: Settings;
}

/**
 * Gives a run kept for `key` and `deps` or computes it (lib/keyed-memo.ts): the runs whose inputs
 * did not change are not run again. By default every run is computed.
 */
export type RunMemo = <T>(key: string, compute: () => T, deps: readonly unknown[]) => T;
export const computeEveryRun: RunMemo = (_key, compute) => compute();

/** What every run of a race depends on besides its optimizer's settings (the memo's dependencies). */
export const raceDeps = (input: Pick<RaceInput, 'surface' | 'start' | 'steps' | 'noise' | 'seed'>) => [
  input.surface,
  input.start[0],
  input.start[1],
  input.steps,
  input.noise,
  input.noise > 0 ? input.seed : 0,
];

/** One selected optimizer's run (kept by `memo` while its inputs do not change). */
export function raceRun(input: RaceInput, name: OptimizerName, memo: RunMemo = computeEveryRun): RunResult {
  const noise = input.noise > 0 ? { sigma: input.noise, seed: input.seed } : undefined;
  return memo(
    name,
    () =>
      runOnProblem(
        input.surface,
        specOf(name, input.settings[name]),
        noise ? { steps: input.steps, start: input.start, noise } : { steps: input.steps, start: input.start },
      ),
    [...raceDeps(input), input.settings[name]],
  );
}

/** Every selected optimizer from the shared start; a start where f is undefined gives an error. */
export function runRace(
  input: RaceInput,
  s: RaceStrings = strings.en,
  memo: RunMemo = computeEveryRun,
): { runs: RaceRun[]; error: string | null } {
  const order = optimizerNames.filter((name) => input.selected.includes(name));
  // The engine refuses a start where the loss is not a finite number (log(x) at x < 0, say):
  // say so in the page's language rather than pass on the engine's English (and its NaN).
  const f0 = input.surface.f(Float64Array.from(input.start));
  if (!Number.isFinite(f0))
    return { runs: [], error: s.cannotStart(fmt(input.start[0]), fmt(input.start[1]), s.undefinedAtStart) };
  try {
    const runs = order.map((name) => ({ name, run: raceRun(input, name, memo) }));
    return { runs, error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { runs: [], error: s.cannotStart(fmt(input.start[0]), fmt(input.start[1]), message) };
  }
}

/** The value the loss chart and sweep plot: the gap to the known global minimum, when there is one. */
export function lossBaseline(surface: Surface): number | null {
  const global = surface.minima.find((m) => m.kind === 'global');
  return global ? global.value : null;
}

/** Where a run is at step k (it stays at its last point after stopping). */
export function positionAt(run: RunResult, k: number): { x: number; y: number; loss: number; step: number } {
  const i = Math.min(k, run.steps);
  return { x: run.points[2 * i] ?? 0, y: run.points[2 * i + 1] ?? 0, loss: run.losses[i] ?? 0, step: i };
}

/** The status line: where the runs are at step k, the leader, and any run that stopped. */
export function raceStatus(
  runs: readonly RaceRun[],
  k: number,
  steps: number,
  surfaceTitle: string,
  s: RaceStrings['status'] = strings.en.status,
  explain: (d: RunDivergence) => string = (d) => d.reason,
  titles: Readonly<Record<OptimizerName, string>> = optimizerTitles,
): string {
  if (runs.length === 0) return s.none(surfaceTitle);
  const parts = runs.map((r) => {
    const at = positionAt(r.run, k);
    const stopped = r.run.diverged && k >= r.run.diverged.step ? s.stoppedAt(r.run.diverged.step) : '';
    // A stopped run's last kept loss is below the limit the reason says it exceeded: show none.
    return s.item(runTitle(r, titles), stopped === '' ? fmt(at.loss) : '', stopped);
  });
  const leader = leaderAt(runs, k);
  const lead = leader && k > 0 && runs.length > 1 ? s.lowest(runTitle(leader, titles)) : '';
  const why = runs.find(({ run }) => run.diverged && k >= run.diverged.step);
  const reason = why?.run.diverged
    ? s.reason(
        runTitle(why, titles),
        why.ruleStop ? s.ruleLine(why.ruleStop.step, why.ruleStop.line) : explain(why.run.diverged),
      )
    : '';
  return s.line(Math.min(k, steps), steps, surfaceTitle, parts, lead, reason);
}

/** The run with the lowest loss at step `k` among those still running, or null. */
function leaderAt(runs: readonly RaceRun[], k: number): RaceRun | null {
  return runs
    .filter(({ run }) => !(run.diverged && k >= run.diverged.step))
    .reduce<RaceRun | null>(
      (best, r) => (best === null || positionAt(r.run, k).loss < positionAt(best.run, k).loss ? r : best),
      null,
    );
}

/**
 * The one-line status a phone pins under the map ("Step 300/300 · lowest: Momentum 0.00285"):
 * the full status (raceStatus) names every run and takes four lines there, over the map. The
 * full status stays the live region, and shows in full under the map (WidgetFrame's `summary`).
 */
export function raceSummary(
  runs: readonly RaceRun[],
  k: number,
  steps: number,
  s: RaceStrings['status'] = strings.en.status,
  titles: Readonly<Record<OptimizerName, string>> = optimizerTitles,
): string {
  const stopped = runs.filter(({ run }) => run.diverged && k >= run.diverged.step).length;
  const leader = leaderAt(runs, k);
  const loss = leader && k > 0 ? fmt(positionAt(leader.run, k).loss) : '';
  const lead = loss === '' ? '' : runs.length > 1 ? s.lowestShort(runTitle(leader!, titles), loss) : s.lossShort(loss);
  return s.summary(Math.min(k, steps), steps, lead, stopped);
}
