import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { OptimizerName } from '../../src/engine/optim/index.ts';
import { rulePresets } from '../../src/engine/rule/index.ts';

/**
 * What `<EngineSource>` shows: the engine's own file for an optimizer, read from disk when the
 * page is built (so the page can never show code that no longer runs), and the same rule in the
 * cell language with a link that opens it in the "Write your own optimizer" chapter's cell.
 */

/** The engine file that implements `optimizer`, from the project root: one optimizer per file. */
export const engineSourcePath = (optimizer: OptimizerName): string => `src/engine/optim/${optimizer}.ts`;

/**
 * The text of that file. `root` is the project root: Astro builds, and Vitest runs, from there
 * (a path relative to this module would point into the bundle once Astro has built it).
 */
export function readEngineSource(optimizer: OptimizerName, root: string = process.cwd()): string {
  return readFileSync(path.join(root, engineSourcePath(optimizer)), 'utf8').replace(/\s+$/, '');
}

/**
 * AdamW in the cell language. The language ships no AdamW preset (src/engine/rule/presets.ts), so
 * it is written here, in the Adam preset's words plus the decoupled decay; a unit test checks that
 * it follows the built-in AdamW to 1e-12, as the presets' own tests do for theirs.
 */
export const adamwRule = `param lr = 0.001 in [1e-5, 10]
param beta1 = 0.9 in [0, 0.9999]
param beta2 = 0.999 in [0, 0.9999]
param eps = 1e-8 in [1e-12, 1]
param wd = 0.01 in [0, 1]   # weight decay, lambda
m = beta1 * m + (1 - beta1) * g     # running mean of the gradient
s = beta2 * s + (1 - beta2) * g^2   # running mean of its square
mhat = m / (1 - beta1^t)   # bias corrections
shat = s / (1 - beta2^t)
w = (1 - lr * wd) * w - lr * mhat / (sqrt(shat) + eps)`;

/** The rule of `optimizer` in the cell language. */
export const cellRuleFor = (optimizer: OptimizerName): string =>
  optimizer === 'adamw' ? adamwRule : rulePresets[optimizer].source;

/** The chapter whose cell the link opens, and that cell's id (its URL parameters start with it). */
export const cellChapter = 'write-your-own-optimizer';
export const cellId = 'my-rule';

/**
 * The link that opens `source` in the cell: the cell reads its source from `<id>.src` in the
 * query (URL-encoded), and the fragment scrolls to it. `chapterPath` is the chapter's URL in the
 * page's language, base path included (src/site/course/url.ts builds it the same way).
 */
export function cellLink(chapterPath: string, source: string): string {
  return `${chapterPath}?${cellId}.src=${encodeURIComponent(source)}#${cellId}`;
}
