import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problems } from '../../../src/engine/problems/index.ts';
import { divergenceLimits } from '../../../src/engine/sim/index.ts';
import type { SurfaceId } from '../../../src/engine/problems/index.ts';
import { createRuleOptimizer, rulePresets } from '../../../src/engine/rule/index.ts';
import { chapterText } from './chapter-text.ts';

/** What the "Write your own optimizer" chapter says its cells do, computed with the engine and found in the prose. */
const en = chapterText('write-your-own-optimizer');
const zh = chapterText('write-your-own-optimizer', 'zh-cn');
/** The files as written: chapterText folds line breaks, which the cells' sources keep. */
const enRaw = readFileSync('content/chapters/write-your-own-optimizer.mdx', 'utf8');
const zhRaw = readFileSync('content/chapters/zh-cn/write-your-own-optimizer.mdx', 'utf8');

/** Runs `source` for `steps` steps on a surface from its start; the weights after each step. */
function path(source: string, surface: SurfaceId, steps = 300): number[][] {
  const { grad, start } = problems[surface];
  const rule = createRuleOptimizer({ name: 'rule', source }, 2);
  const w = Float64Array.from(start);
  const points: number[][] = [];
  for (let k = 0; k < steps; k++) {
    rule.step(w, grad);
    points.push(Array.from(w));
  }
  return points;
}

const worstGap = (a: number[][], b: number[][]) =>
  Math.max(...a.map((p, k) => Math.max(...p.map((x, i) => Math.abs(x - b[k]![i]!)))));

/** The rule a cell of the chapter starts from: `source={`...`}`, a template literal over several lines. */
function cellSource(text: string, id: string): string {
  const match = new RegExp(`<RuleCell id="${id}-cell" source=\\{\`([^\`]*)\`\\}`).exec(text);
  if (!match) throw new Error(`no <RuleCell id="${id}-cell" source={\`...\`}>`);
  return match[1]!;
}

describe('write-your-own-optimizer chapter', () => {
  it('gradient descent on the ill-conditioned valley converges at lr 0.09 and diverges at 0.11 (bound 2/20)', () => {
    const run = (lr: number) =>
      path(rulePresets.sgd.source.replace('param lr = 0.01', `param lr = ${lr}`), 'illConditioned');
    const end = (lr: number) => Math.hypot(...run(lr).at(-1)!);
    expect(end(0.09)).toBeLessThan(1e-6);
    expect(end(0.11)).toBeGreaterThan(1e6);
    expect(en).toContain('Change `0.01` to `0.09` in the `param` line, then to `0.11`.');
    expect(zh).toContain('改成 `0.09`，再改成 `0.11`');
  });

  it('momentum with its two lines swapped does not move at step 1, and its path parts from momentum', () => {
    const preset = rulePresets.momentum.source;
    const lines = preset.split('\n');
    const swapped = [...lines.slice(0, -2), lines.at(-1)!, lines.at(-2)!].join('\n');
    expect(swapped.split('\n').at(-2)).toBe('w = w - v');
    const late = path(swapped, 'illConditioned');
    expect(late[0]).toEqual([...problems.illConditioned.start]);
    // It does worse than part: it leaves the bounds where a run stops (src/engine/sim) before step 300.
    const { f } = problems.illConditioned;
    const leaves = late.findIndex(
      (point) =>
        !point.every((x) => Math.abs(x) <= divergenceLimits.param) ||
        !(f(Float64Array.from(point)) <= divergenceLimits.loss),
    );
    // points[k] is the weight after step k + 1: the cell's status names that step.
    expect(leaves + 1).toBe(259);
    expect(en).toContain('until the cell stops it at step 259');
    expect(zh).toContain('到第 259 步就被单元格叫停了');
  });

  it('Adam without bias correction takes a first step about 3.16 times alpha', () => {
    const uncorrected = rulePresets.adam.source
      .split('\n')
      .filter((line) => !/^(mhat|shat) =/.test(line))
      .join('\n')
      .replace('lr * mhat / (sqrt(shat) + eps)', 'lr * m / (sqrt(s) + eps)');
    expect(uncorrected).not.toMatch(/hat/);
    const [first] = path(uncorrected, 'rosenbrock', 1);
    const start = problems.rosenbrock.start;
    for (let i = 0; i < 2; i++) expect(Math.abs(first![i]! - start[i]!) / 0.001).toBeCloseTo(3.16, 2);
    expect(en).toContain('about $3.16\\,\\alpha$ long');
    expect(zh).toContain('大约是 $3.16\\,\\alpha$');
  });

  it("each exercise's starting rule fails its check, and the preset it asks for passes", () => {
    const exercises = [
      { id: 'signsgd', start: cellSource(enRaw, 'signsgd'), surface: 'illConditioned' },
      { id: 'amsgrad', start: rulePresets.adam.source, surface: 'rosenbrock' },
      { id: 'lion', start: cellSource(enRaw, 'lion'), surface: 'rosenbrock' },
    ] as const;
    for (const { id, start, surface } of exercises) {
      expect(en, id).toContain(`check="${id}" surface="${surface}"`);
      expect(zh, id).toContain(`check="${id}" surface="${surface}"`);
      const reference = path(rulePresets[id].source, surface);
      expect(worstGap(path(start, surface), reference), `${id}: the starting rule is not the answer`).toBeGreaterThan(
        1e-12,
      );
      expect(worstGap(path(rulePresets[id].source, surface), reference)).toBe(0);
    }
    // The starting rules keep the presets' param lines, so the check compares like with like.
    for (const id of ['signsgd', 'lion'] as const) {
      const params = (source: string) => source.split('\n').filter((line) => line.startsWith('param'));
      expect(params(cellSource(enRaw, id))).toEqual(params(rulePresets[id].source));
      expect(cellSource(zhRaw, id)).toBe(cellSource(enRaw, id));
    }
  });

  it("Lion's hint is honest: with the m line first the check still passes here, though the rule is not Lion", () => {
    const lion = rulePresets.lion.source;
    const [cLine, wLine, mLine] = lion.split('\n').slice(-3);
    expect(wLine).toBe('w = w - lr * sign(c)');
    const mFirst = [...lion.split('\n').slice(0, -3), mLine, cLine, wLine].join('\n');
    expect(worstGap(path(mFirst, 'rosenbrock'), path(lion, 'rosenbrock'))).toBeLessThanOrEqual(1e-12);
    expect(en).toContain('Write the `m` line first and it still passes here');
    expect(zh).toContain('在这里照样能通过核对');
  });

  it('Lion moves every weight by exactly lr, or not at all, on each step', () => {
    const points = [[...problems.rosenbrock.start], ...path(rulePresets.lion.source, 'rosenbrock')];
    for (let k = 1; k < points.length; k++)
      for (let i = 0; i < 2; i++) {
        const move = Math.abs(points[k]![i]! - points[k - 1]![i]!);
        expect(move === 0 || Math.abs(move - 1e-4) < 1e-15).toBe(true);
      }
  });
});
