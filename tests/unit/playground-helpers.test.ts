import { describe, expect, it } from 'vitest';
import { fileNameOf, standaloneSvg, trajectoriesToCsv, trajectoriesToJson } from '../../components/widgets/lib/export.ts';
import { applyHyper, decodeOptimizers, defaultSettings, encodeOptimizers } from '../../components/widgets/lib/optimizer-settings.ts';
import { clampToDomain, raceLrs, raceStatus, runRace } from '../../components/widgets/Race/model.ts';
import { schema as raceSchema } from '../../components/widgets/Race/schema.ts';
import { strings as raceStrings } from '../../components/widgets/Race/strings.ts';
import { computeSweep } from '../../components/widgets/Race/sweep.ts';
import { buildTrainerSetup, parseHidden, trainerLrs } from '../../components/widgets/Trainer/model.ts';
import { schema as trainerSchema } from '../../components/widgets/Trainer/schema.ts';
import { problems } from '../../src/engine/problems/index.ts';
import { surfaceFromFormula } from '../../src/engine/expr/index.ts';

describe('optimizer settings in links', () => {
  const base = { selected: ['sgd', 'adam'] as const, settings: defaultSettings(raceLrs) };

  it('round-trips', () => {
    const settings = applyHyper(base.settings, { adam: { lr: 0.2, beta2: 0.99, biasCorrection: false }, momentum: { momentum: 0.5 } });
    const text = encodeOptimizers(['adam', 'momentum'], settings);
    expect(text).toBe('momentum:lr=0.002,mu=0.5;adam:lr=0.2,b1=0.9,b2=0.99,eps=1e-8,bc=0');
    const read = decodeOptimizers(text, { selected: [...base.selected], settings: base.settings });
    expect(read.messages).toEqual([]);
    expect(read.selected).toEqual(['momentum', 'adam']);
    expect(read.settings.adam).toEqual(settings.adam);
    expect(read.settings.momentum.momentum).toBe(0.5);
  });

  it('clamps, ignores and explains bad parts', () => {
    const read = decodeOptimizers('adam:lr=50,b1=abc,zz=1;__proto__:lr=1;sgd:mu=0.5;adam:lr=1', { selected: [...base.selected], settings: base.settings });
    expect(read.selected).toEqual(['adam', 'sgd']);
    expect(read.settings.adam.lr).toBe(10);
    expect(read.settings.adam.beta1).toBe(0.9);
    expect(read.messages.join(' ')).toContain('lr="50" is outside 0.0001 to 10; using 10');
    expect(read.messages.join(' ')).toContain('b1="abc" is not a usable number');
    expect(read.messages.join(' ')).toContain('"__proto__" is not an optimizer');
    expect(read.messages.join(' ')).toContain('sgd has no setting "mu"');
    expect(read.messages.join(' ')).toContain('lists adam twice');
    expect(({} as Record<string, unknown>)['lr']).toBeUndefined();
  });

  it('falls back to the base selection when nothing is usable', () => {
    const read = decodeOptimizers('banana', { selected: [...base.selected], settings: base.settings });
    expect(read.selected).toEqual(['sgd', 'adam']);
    expect(read.messages.at(-1)).toContain('no usable optimizer');
  });
});

describe('exports', () => {
  const runs = [
    { optimizer: 'sgd', spec: { name: 'sgd', lr: 0.1 }, points: [1, 2, 0.5, 1], losses: [5, 1.25], diverged: null },
    { optimizer: 'adam', spec: { name: 'adam', lr: 0.1 }, points: [1, 2], losses: [5], diverged: 'The loss exceeded 1e12 at step 1: "x", really.' },
  ];

  it('writes CSV rows per optimizer and step', () => {
    expect(trajectoriesToCsv(runs)).toBe('optimizer,step,x,y,loss\nsgd,0,1,2,5\nsgd,1,0.5,1,1.25\nadam,0,1,2,5\n');
  });

  it('writes JSON that parses back', () => {
    const parsed = JSON.parse(trajectoriesToJson({ surface: 'rosenbrock' }, runs)) as { config: { surface: string }; runs: { points: number[][]; diverged: string | null }[] };
    expect(parsed.config.surface).toBe('rosenbrock');
    expect(parsed.runs[0]!.points).toEqual([
      [1, 2],
      [0.5, 1],
    ]);
    expect(parsed.runs[1]!.diverged).toContain('really');
  });

  it('makes an SVG standalone', () => {
    const out = standaloneSvg('<svg width="10"><path stroke="var(--accent)" fill="var(--nope)"/><text style="color: var(--fg, red)"/></svg>', (n) => ({ '--accent': ' #123456', '--fg': '#000' })[n] ?? '');
    expect(out).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="10"><path stroke="#123456" fill="currentColor"/><text style="color: #000"/></svg>');
    expect(standaloneSvg('<svg><g fill="var(--x)"/></svg>', () => '"><script>')).toContain('fill="currentColor"');
    expect(fileNameOf('Race: Rosenbrock!', 'csv')).toBe('race-rosenbrock.csv');
  });
});

describe('race model', () => {
  it('clamps a start into the drawn domain', () => {
    expect(clampToDomain(problems.rosenbrock, [-5, 1.23456])).toEqual([-2, 1.235]);
  });

  it('runs the selected optimizers in the course order and describes them', () => {
    const { runs, error } = runRace({ surface: problems.illConditioned, start: [-2.5, -0.5], steps: 20, noise: 0, seed: 1, selected: ['adam', 'sgd'], settings: defaultSettings(raceLrs) });
    expect(error).toBeNull();
    expect(runs.map((r) => r.name)).toEqual(['sgd', 'adam']);
    const status = raceStatus(runs, 0, 20, 'Ill-conditioned');
    expect(status).toMatch(/^Step 0 of 20 on Ill-conditioned; loss: Gradient descent \S+, Adam \S+\.$/);
    expect(raceStatus(runs, 20, 20, 'X')).toContain('Lowest: Adam.');
  });

  it('refuses a start where the function is undefined, in the page’s language and without NaN', () => {
    const result = surfaceFromFormula('log(x) + y^2');
    if (!result.ok) throw result.error;
    const input = { surface: result.surface, start: [-2, 2], steps: 20, noise: 0, seed: 1, selected: ['sgd' as const], settings: defaultSettings(raceLrs) };
    const en = runRace(input);
    expect(en.runs).toEqual([]);
    expect(en.error).toBe('The runs cannot start at (-2, 2): the function has no finite value there. Pick another start point.');
    const zh = runRace(input, raceStrings['zh-cn']);
    expect(zh.error).toBe('无法从 (-2, 2) 开始运行：函数在这一点没有有限的值。请换一个起点。');
  });

  it('says why a run stopped', () => {
    const settings = applyHyper(defaultSettings(raceLrs), { sgd: { lr: 5 } });
    const { runs } = runRace({ surface: problems.rosenbrock, start: [-1.2, 1], steps: 50, noise: 0, seed: 1, selected: ['sgd'], settings });
    expect(raceStatus(runs, 50, 50, 'Rosenbrock')).toMatch(/Gradient descent \S+ \(stopped at step \d+\)\..*too large/);
  });

  it('sweeps learning rates and marks the best one', () => {
    const sweep = computeSweep({ surface: problems.illConditioned, start: [-2.5, -0.5], steps: 100, noise: 0, seed: 1, selected: ['sgd'], settings: defaultSettings(raceLrs) });
    expect(sweep.rows).toHaveLength(21);
    const best = sweep.best[0]!;
    // Gradient descent on eigenvalues 1 and 20 diverges above lr = 0.1; the best lr sits just below.
    expect(best.lr).toBeLessThan(0.1);
    expect(sweep.rows.filter((r) => !r.diverged).every((r) => r.finalLoss >= best.finalLoss)).toBe(true);
    expect(sweep.rows.find((r) => r.lr > 0.11)?.diverged).toBe(true);
  });
});

describe('trainer model', () => {
  it('parses hidden widths', () => {
    expect(parseHidden('8, 8')).toEqual({ ok: true, hidden: [8, 8] });
    expect(parseHidden('4-2')).toEqual({ ok: true, hidden: [4, 2] });
    expect(parseHidden('')).toEqual({ ok: true, hidden: [] });
    expect(parseHidden('8, 99')).toMatchObject({ ok: false, message: expect.stringContaining('"99"') as unknown });
    expect(parseHidden('1 2 3 4 5')).toMatchObject({ ok: false });
    expect(parseHidden('constructor')).toMatchObject({ ok: false });
  });

  it('builds a race from the same initial weights', () => {
    const { sideBySide: race, names } = buildTrainerSetup({ dataset: 'xor', hidden: [4], activation: 'tanh', batchSize: 10, seed: 3, selected: ['adam', 'sgd'], settings: defaultSettings(trainerLrs) });
    expect(names).toEqual(['sgd', 'adam']);
    expect(Array.from(race.trainers[0]!.params)).toEqual(Array.from(race.trainers[1]!.params));
    race.run(30);
    expect(race.trainers[0]!.steps).toBe(30);
  });
});

describe('author props', () => {
  it('accepts the documented examples', () => {
    expect(raceSchema.parse({ surface: 'rosenbrock', optimizers: ['momentum', 'adam'], start: [-1.5, 2], steps: 300, hyper: { adam: { lr: 0.05 } } }).hyper.adam?.lr).toBe(0.05);
    expect(trainerSchema.parse({ dataset: 'moons', sizes: [2, 8, 8, 1], optimizers: ['sgd', 'adam'], batchSize: 10 }).dataset).toBe('moons');
  });

  it('refuses unknown names and bad formulas', () => {
    expect(raceSchema.safeParse({ surface: 'rosenbrok' }).success).toBe(false);
    expect(raceSchema.safeParse({ optimizers: ['adamw'] }).success).toBe(false);
    expect(raceSchema.safeParse({ hyper: { lion: { lr: 1 } } }).success).toBe(false);
    expect(raceSchema.safeParse({ surface: 'formula', formula: 'x + constructor' }).success).toBe(false);
    expect(trainerSchema.safeParse({ dataset: 'mnist' }).success).toBe(false);
    expect(trainerSchema.safeParse({ sizes: [3, 4, 1] }).success).toBe(false);
  });
});
