import { describe, expect, it } from 'vitest';
import {
  authorSource,
  cellStatus,
  maxLinkChars,
  networkGround,
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
