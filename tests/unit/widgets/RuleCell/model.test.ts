import { describe, expect, it } from 'vitest';
import {
  authorSource,
  cellStatus,
  formulaError,
  keptRunStages,
  maxLinkChars,
  networkGround,
  readLinkFormula,
  readLinkSource,
  runCell,
  surfaceGround,
} from '../../../../components/widgets/RuleCell/model.ts';
import { strings } from '../../../../components/widgets/RuleCell/strings.ts';
import { rulePresets } from '../../../../src/engine/rule/index.ts';

const s = strings.en;

describe('the rule a cell starts with, and the rule a link carries', () => {
  it('is the source, else the preset', () => {
    expect(authorSource({ source: 'w = w - g' })).toBe('w = w - g');
    expect(authorSource({ preset: 'lion' })).toBe(rulePresets.lion.source);
  });

  it('takes a link’s rule that compiles, and says why it falls back otherwise', () => {
    expect(readLinkSource('w = w - 0.1 * g', 'A', s, 'en')).toEqual({ value: 'w = w - 0.1 * g', messages: [] });
    const broken = readLinkSource('m = m + g\nw = w - q', 'A', s, 'en');
    expect(broken.value).toBe('A');
    expect(broken.messages[0]).toMatch(/^Link parameter src: Line 2, column 9: .*Using the author’s rule\.$/);
    const long = readLinkSource(`w = w - g ${'#'.repeat(maxLinkChars)}`, 'A', s, 'en');
    expect(long.value).toBe('A');
    expect(long.messages[0]).toContain(`more than the ${maxLinkChars}`);
    expect(readLinkSource('w = w - q', 'A', strings['zh-cn'], 'zh-cn').messages[0]).toMatch(
      /^链接参数 src：第 1 行第 9 列/,
    );
  });
});

describe('runCell', () => {
  const ground = surfaceGround('rosenbrock', '');

  it('races the rule against built-ins from one start and checks it against a preset', () => {
    const same = runCell(
      { ground, source: rulePresets.adam.source, params: {}, steps: 300, racers: ['adam', 'sgd'], check: 'adam' },
      'Mine',
    );
    expect(same.runs.map((r) => r.key)).toEqual(['rule', 'adam', 'sgd']);
    expect(same.runs.every((r) => r.points[0] === ground.start[0] && r.points[1] === ground.start[1])).toBe(true);
    expect(same.check).toEqual({ name: 'Adam', difference: null, steps: 300 });
    expect(cellStatus(same, 300, 300, 'Rosenbrock', s)).toMatch(
      /^Step 300 of 300 on Rosenbrock; loss: Mine .*, Adam .*, Gradient descent .*\. Matches Adam to 1e-12 over 300 steps\.$/,
    );

    const other = runCell(
      { ground, source: rulePresets.adam.source, params: {}, steps: 300, racers: [], check: 'amsgrad' },
      'Mine',
    );
    expect(other.check?.difference?.step).toBeGreaterThan(1);
    expect(cellStatus(other, 0, 300, 'Rosenbrock', s)).toMatch(/ Differs from AMSGrad at step \d+ by \d\.\de-\d+\.$/);
  });

  it('runs the racers and the check once per ground and steps: a param or rule change runs only the rule', () => {
    let gradients = 0;
    const base = surfaceGround('rosenbrock', '');
    const counted = { ...base, grad: (w: Float64Array, out: Float64Array) => (gradients++, base.grad(w, out)) };
    const input = {
      ground: counted,
      params: { lr: 0.001 },
      steps: 50,
      racers: ['adam', 'sgd'] as const,
      check: 'amsgrad' as const,
    };
    const first = runCell({ ...input, source: rulePresets.adam.source }, 'Mine');
    expect(gradients).toBeGreaterThan(3 * 50); // the rule, Adam, AMSGrad, and SGD until it diverges
    gradients = 0;
    const again = runCell({ ...input, source: rulePresets.adam.source, params: { lr: 0.002 } }, 'Mine');
    expect(gradients).toBe(50);
    // The same numbers as runs made afresh on a ground seen for the first time.
    const fresh = runCell(
      { ...input, source: rulePresets.adam.source, ground: surfaceGround('rosenbrock', ''), params: { lr: 0.002 } },
      'Mine',
    );
    expect(again.runs.map((r) => [r.key, r.label, r.steps, [...r.losses]])).toEqual(
      fresh.runs.map((r) => [r.key, r.label, r.steps, [...r.losses]]),
    );
    expect(again.check).toEqual(fresh.check);
    expect(first.runs[1]!.points).toBe(again.runs[1]!.points);
    // Another number of steps is another run.
    gradients = 0;
    runCell({ ...input, source: rulePresets.adam.source, steps: 60 }, 'Mine');
    expect(gradients).toBeGreaterThan(3 * 60);
  });

  it('says where a rule stopped and which line gave the non-finite value', () => {
    const result = runCell(
      { ground, source: 'q = q + 1\nr = log(3 - q)\nw = w - 0.0001 * r * g', params: {}, steps: 10, racers: [] },
      'Mine',
    );
    expect(cellStatus(result, 10, 10, 'Rosenbrock', s)).toMatch(
      /Mine [0-9.]+ \(stopped at step 3: line 2 gave a non-finite value\)\.$/,
    );
    expect(cellStatus(result, 1, 10, 'Rosenbrock', s)).not.toContain('stopped');
  });

  it('reports a rule that cannot run instead of throwing', () => {
    const result = runCell({ ground, source: 'w = w - q', params: {}, steps: 10, racers: [] }, 'Mine');
    expect(result.runs).toEqual([]);
    expect(cellStatus(result, 0, 10, 'Rosenbrock', s)).toMatch(/^The rule cannot run: /);
  });

  it('trains the toy network, every run from the same weights', () => {
    const net = networkGround('moons');
    expect(net.start.length).toBe(2 * 8 + 8 + 8 * 8 + 8 + 8 + 1);
    const result = runCell(
      { ground: net, source: rulePresets.sgd.source, params: { lr: 0.3 }, steps: 30, racers: ['sgd'], check: 'sgd' },
      'Mine',
    );
    expect(result.runs[0]!.losses[30]!).toBeLessThan(result.runs[0]!.losses[0]!);
    expect(result.check?.difference).not.toBeNull(); // the check runs the preset's own lr, 0.01
  });
});

describe('the cell’s own surface f(x, y)', () => {
  it('takes a formula that parses, and otherwise says at which character and keeps the last surface', () => {
    expect(formulaError('x^2 + 3*y^2', s, 'en')).toBeNull();
    expect(formulaError('x^2 + 3*q', s, 'en')).toBe(
      'Unknown name "q" at position 9. Use x, y, pi, e and the functions sin, cos, tan, exp, log, sqrt, abs, tanh, sinh, cosh, atan. The previous surface stays.',
    );
    // Parses, but log of the start's negative x has no value: refused in words, never a NaN run.
    expect(formulaError('log(x) + y^2', s, 'en')).toBe(
      'The function has no finite value where the runs start. The previous surface stays.',
    );
    expect(readLinkFormula('log(x)', 'x^2', strings['zh-cn'], 'zh-cn').messages).toEqual([
      '链接参数 fn：函数在运行的起点没有有限的值。改用 x^2。',
    ]);
    expect(formulaError('x^2 + 3*q', strings['zh-cn'], 'zh-cn')).toMatch(
      /^第 9 个字符处的名称 “q” 无法识别。.*保留之前的曲面。$/,
    );
  });

  it('reads a link’s formula, or falls back to the author’s saying why', () => {
    expect(readLinkFormula('sin(x) + y^2', 'x^2', s, 'en')).toEqual({ value: 'sin(x) + y^2', messages: [] });
    const broken = readLinkFormula('x +', 'x^2', s, 'en');
    expect(broken.value).toBe('x^2');
    expect(broken.messages[0]).toMatch(/^Link parameter fn: .*position 4.* Using x\^2\.$/);
  });

  it('runs the rule on the typed surface', () => {
    const ground = surfaceGround('formula', '(x - 1)^2 + (y + 2)^2');
    expect(ground.f(Float64Array.of(1, -2))).toBe(0);
    const result = runCell(
      { ground, source: rulePresets.sgd.source, params: { lr: 0.1 }, steps: 200, racers: [] },
      'Your rule',
    );
    const last = result.runs[0]!.losses.at(-1)!;
    expect(last).toBeLessThan(1e-12);
  });
});

describe('the kept runs a new surface needs, one stage each', () => {
  it('has a stage per racer and the check not held yet, and none once runCell holds them', () => {
    const ground = surfaceGround('himmelblau', '');
    const input = { ground, steps: 50, racers: ['sgd', 'adam'] as const, check: 'amsgrad' as const };
    const stages = keptRunStages({ ...input, racers: [...input.racers] });
    expect(stages).toHaveLength(3);
    for (const stage of stages) stage();
    // runCell finds them held: nothing left to stage, and the same runs as run directly.
    expect(keptRunStages({ ...input, racers: [...input.racers] })).toEqual([]);
    const staged = runCell(
      { ...input, racers: [...input.racers], source: rulePresets.adam.source, params: {} },
      'rule',
    );
    const direct = runCell(
      {
        ...input,
        ground: surfaceGround('himmelblau', ''),
        racers: [...input.racers],
        source: rulePresets.adam.source,
        params: {},
      },
      'rule',
    );
    expect(staged).toEqual(direct);
    expect(keptRunStages({ ground, steps: 60, racers: ['sgd'] })).toHaveLength(1);
  });
});
