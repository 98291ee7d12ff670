import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  adamwRule,
  cellId,
  cellLink,
  cellRuleFor,
  engineSourcePath,
  readEngineSource,
} from '../../../components/blocks/engine-source.ts';
import { createOptimizer, optimizerDefaults, optimizerNames } from '../../../src/engine/optim/index.ts';
import { problems, surfaceIds } from '../../../src/engine/problems/index.ts';
import { createRuleOptimizer, rulePresets } from '../../../src/engine/rule/index.ts';

describe('readEngineSource', () => {
  it("reads each optimizer's own engine file, byte for byte bar trailing blank lines", () => {
    for (const name of optimizerNames) {
      const file = readFileSync(engineSourcePath(name), 'utf8');
      expect(readEngineSource(name)).toBe(file.trimEnd());
      // The file is the optimizer's: it defines its `create` function and its exported LaTeX.
      expect(readEngineSource(name), name).toMatch(/export const latex = /);
    }
  });

  it('reads the file as it is on disk when the page is built, from the given root', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'engine-source-'));
    mkdirSync(path.join(root, 'src/engine/optim'), { recursive: true });
    writeFileSync(path.join(root, 'src/engine/optim/adam.ts'), '// edited\nexport const x = 1;\n\n');
    expect(readEngineSource('adam', root)).toBe('// edited\nexport const x = 1;');
  });

  it('fails the build, naming the path, when the file is missing', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'engine-source-'));
    expect(() => readEngineSource('sgd', root)).toThrow(/src[/\\]engine[/\\]optim[/\\]sgd\.ts/);
  });
});

describe('cellRuleFor', () => {
  it("is the language's preset for the six classic optimizers", () => {
    for (const name of ['sgd', 'momentum', 'nag', 'adagrad', 'rmsprop', 'adam'] as const)
      expect(cellRuleFor(name)).toBe(rulePresets[name].source);
    expect(cellRuleFor('adamw')).toBe(adamwRule);
  });

  it('writes an AdamW that follows the built-in AdamW to 1e-12 over 300 steps on every surface', () => {
    for (const id of surfaceIds) {
      const surface = problems[id];
      const rule = createRuleOptimizer({ name: 'rule', source: adamwRule }, 2);
      const reference = createOptimizer({ ...optimizerDefaults.adamw }, 2);
      const plainAdam = createOptimizer({ ...optimizerDefaults.adam }, 2);
      const ours = Float64Array.from(surface.start);
      const theirs = Float64Array.from(surface.start);
      const undecayed = Float64Array.from(surface.start);
      let worst = 0;
      for (let k = 0; k < 300; k++) {
        rule.step(ours, surface.grad);
        reference.step(theirs, surface.grad);
        plainAdam.step(undecayed, surface.grad);
        ours.forEach((x, i) => (worst = Math.max(worst, Math.abs(x - theirs[i]!))));
      }
      expect(worst, id).toBeLessThanOrEqual(1e-12);
      // The decay is seen: plain Adam, from the same start, ends elsewhere.
      expect(Math.abs(ours[0]! - undecayed[0]!) + Math.abs(ours[1]! - undecayed[1]!), id).toBeGreaterThan(1e-9);
    }
  });
});

describe('cellLink', () => {
  it("puts the URL-encoded source in the cell's `<id>.src` parameter and scrolls to the cell", () => {
    const link = cellLink('/descent/zh-cn/chapters/write-your-own-optimizer/', 'w = w - lr * g # a+b');
    const url = new URL(link, 'https://example.org');
    expect(url.pathname).toBe('/descent/zh-cn/chapters/write-your-own-optimizer/');
    expect(url.searchParams.get(`${cellId}.src`)).toBe('w = w - lr * g # a+b');
    expect(url.hash).toBe(`#${cellId}`);
  });
});
