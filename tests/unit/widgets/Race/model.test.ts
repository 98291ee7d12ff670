import { describe, expect, it } from 'vitest';
import { applyHyper, defaultSettings } from '../../../../components/widgets/lib/optimizer-settings.ts';
import { clampToDomain, raceLrs, raceStatus, raceSummary, runRace } from '../../../../components/widgets/Race/model.ts';
import type { RunMemo } from '../../../../components/widgets/Race/model.ts';
import { createKeyedMemo } from '../../../../components/widgets/lib/keyed-memo.ts';
import { strings as raceStrings } from '../../../../components/widgets/Race/strings.ts';
import { problems } from '../../../../src/engine/problems/index.ts';
import { surfaceFromFormula } from '../../../../src/engine/expr/index.ts';

describe('race model', () => {
  it('with a memo, runs again only the optimizers whose inputs changed', () => {
    const memo = createKeyedMemo<unknown>(2);
    const computed: string[] = [];
    const counting: RunMemo = (key, compute, deps) =>
      memo(key, () => (computed.push(key), compute()), deps) as ReturnType<typeof compute>;
    const settings = defaultSettings(raceLrs);
    const input = {
      surface: problems.rosenbrock,
      start: [-1, 1],
      steps: 20,
      noise: 0,
      seed: 1,
      selected: ['sgd', 'adam'] as const,
      settings,
    };
    const first = runRace({ ...input, selected: [...input.selected] }, raceStrings.en, counting);
    expect(computed).toEqual(['sgd', 'adam']);
    // Adam's learning rate moves: only Adam runs again; Gradient descent's run is the same object.
    const moved = { ...settings, adam: { ...settings.adam, lr: 0.1 } };
    const second = runRace({ ...input, selected: [...input.selected], settings: moved }, raceStrings.en, counting);
    expect(computed).toEqual(['sgd', 'adam', 'adam']);
    expect(second.runs[0]!.run).toBe(first.runs[0]!.run);
    expect(second.runs[1]!.run).not.toBe(first.runs[1]!.run);
    // Its result is the one a race without a memo gives.
    const plain = runRace({ ...input, selected: [...input.selected], settings: moved });
    expect(Array.from(second.runs[1]!.run.losses)).toEqual(Array.from(plain.runs[1]!.run.losses));
    // Another start runs both again.
    runRace({ ...input, selected: [...input.selected], start: [-1, 1.5] }, raceStrings.en, counting);
    expect(computed).toEqual(['sgd', 'adam', 'adam', 'sgd', 'adam']);
  });

  it('clamps a start into the drawn domain', () => {
    expect(clampToDomain(problems.rosenbrock, [-5, 1.23456])).toEqual([-2, 1.235]);
  });

  it('runs the selected optimizers in the course order and describes them', () => {
    const { runs, error } = runRace({
      surface: problems.illConditioned,
      start: [-2.5, -0.5],
      steps: 20,
      noise: 0,
      seed: 1,
      selected: ['adam', 'sgd'],
      settings: defaultSettings(raceLrs),
    });
    expect(error).toBeNull();
    expect(runs.map((r) => r.name)).toEqual(['sgd', 'adam']);
    const status = raceStatus(runs, 0, 20, 'Ill-conditioned');
    expect(status).toMatch(/^Step 0 of 20 on Ill-conditioned; loss: Gradient descent \S+, Adam \S+\.$/);
    expect(raceStatus(runs, 20, 20, 'X')).toContain('Lowest: Adam.');
    // The phone's pinned line: the step and the leader with its loss, the same leader as the status.
    const adamLoss = runs[1]!.run.losses[20]!;
    expect(raceSummary(runs, 20, 20)).toMatch(/^Step 20\/20 · lowest: Adam \S+$/);
    expect(Number(raceSummary(runs, 20, 20).split(' ').at(-1)!.replace('−', '-'))).toBeCloseTo(adamLoss, 2);
    expect(raceSummary(runs, 0, 20, raceStrings['zh-cn'].status)).toBe('第 0/20 步');
    expect(raceSummary(runs.slice(1), 20, 20, raceStrings['zh-cn'].status)).toMatch(/^第 20\/20 步 · 损失 \S+$/);
  });

  it('refuses a start where the function is undefined, in the page’s language and without NaN', () => {
    const result = surfaceFromFormula('log(x) + y^2');
    if (!result.ok) throw result.error;
    const input = {
      surface: result.surface,
      start: [-2, 2],
      steps: 20,
      noise: 0,
      seed: 1,
      selected: ['sgd' as const],
      settings: defaultSettings(raceLrs),
    };
    const en = runRace(input);
    expect(en.runs).toEqual([]);
    expect(en.error).toBe(
      'The runs cannot start at (−2, 2): the function has no finite value there. Pick another start point.',
    );
    const zh = runRace(input, raceStrings['zh-cn']);
    expect(zh.error).toBe('无法从 (−2, 2) 开始运行：函数在这一点没有有限的值。请换一个起点。');
  });

  it('says why a run stopped', () => {
    const settings = applyHyper(defaultSettings(raceLrs), { sgd: { lr: 5 } });
    const { runs } = runRace({
      surface: problems.rosenbrock,
      start: [-1.2, 1],
      steps: 50,
      noise: 0,
      seed: 1,
      selected: ['sgd'],
      settings,
    });
    // No loss beside a stopped run: its last kept loss is below the 10¹² the reason says it exceeded.
    expect(raceStatus(runs, 50, 50, 'Rosenbrock')).toMatch(
      /loss: Gradient descent \(stopped at step \d+\)\..*too large/,
    );
    expect(raceSummary(runs, 50, 50)).toBe('Step 50/50 · 1 stopped');
  });
});
