import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/engine/rng/index.ts';
import type { Rng } from '../../../../src/engine/rng/index.ts';
import {
  createRuleOptimizer,
  parseRule,
  RuleError,
  ruleLatex,
  rulePresetNames,
  rulePresets,
} from '../../../../src/engine/rule/index.ts';
import { renderDisplayMath } from '../../../../src/typeset/katex.ts';

/**
 * Hostile sources, generated from a seed: token soup, mutated presets, deep nesting, unterminated
 * parentheses, huge and tiny numbers, unicode, long lines, broken param lines. Each one must either
 * compile (and then run, be typeset, and render in KaTeX without throwing) or throw a RuleError,
 * nothing else, and within a bounded time.
 */
const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.int(items.length)]!;
const repeat = (rng: Rng, n: number, make: () => string) => Array.from({ length: rng.int(n) + 1 }, make).join('');

const tokens = [
  'w',
  'g',
  't',
  'pi',
  'e',
  'grad',
  'param',
  'in',
  'sqrt',
  'abs',
  'exp',
  'log',
  'sign',
  'min',
  'max',
  'm',
  'v',
  'lr',
  'constructor',
  '__proto__',
  'toString',
  'x',
  'sin',
  '0',
  '1',
  '2.5',
  '.5',
  '1e-8',
  '1e308',
  '1e309',
  '9'.repeat(400),
  '1e-400',
  '0.',
  '1.2.3',
  '+',
  '-',
  '*',
  '/',
  '^',
  '(',
  ')',
  ',',
  '=',
  '[',
  ']',
  '#',
  '\n',
  ' ',
  '\t',
  '\r\n',
  '==',
];
const oddChars = [
  'λ',
  'α',
  '∇',
  '√',
  '\u0000',
  '\u200b',
  '\u202e',
  '😀',
  '\ud800',
  '\udfff',
  '\u2028',
  '$',
  '"',
  '\\',
  '{',
  '}',
  '&',
  '%',
  '~',
  '`',
  ';',
  '!',
  '@',
];

const generators: Readonly<Record<string, (rng: Rng) => string>> = {
  soup: (rng) => repeat(rng, 60, () => `${pick(rng, tokens)}${rng.next() < 0.5 ? ' ' : ''}`),
  statements: (rng) =>
    repeat(
      rng,
      8,
      () =>
        `${pick(rng, ['w', 'm', 'g', 't', 'lr', 'e', 'v'])} = ${repeat(rng, 12, () =>
          pick(
            rng,
            tokens.filter((t) => t !== '\n'),
          ),
        )}\n`,
    ),
  mutated: (rng) => {
    let source = rulePresets[pick(rng, rulePresetNames)].source;
    for (let k = rng.int(6) + 1; k > 0; k--) {
      const at = rng.int(source.length + 1);
      const cut = rng.next() < 0.5 ? rng.int(4) : 0;
      source =
        source.slice(0, at) + (rng.next() < 0.7 ? pick(rng, [...tokens, ...oddChars]) : '') + source.slice(at + cut);
    }
    return source;
  },
  nesting: (rng) => {
    const depth = rng.int(3000);
    const open = pick(rng, ['(', '-', 'sqrt(', 'grad(', 'max(w, ', '2^', '+']);
    const close = open.endsWith('(') || open.endsWith(' ') ? ')' : '';
    return `w = ${open.repeat(depth)}w${close.repeat(rng.next() < 0.5 ? depth : rng.int(depth + 1))}`;
  },
  numbers: (rng) => {
    const number = () =>
      pick(rng, [
        `1e${rng.int(700) - 350}`,
        `${rng.next() * 1e6}`,
        '9'.repeat(rng.int(500)),
        `${2 ** rng.int(1100)}`,
        '0.0000',
      ]);
    return `param p = ${number()} in [${number()}, ${number()}]\nw = w - p * ${number()} * g / ${number()}`;
  },
  unicode: (rng) =>
    repeat(rng, 40, () => (rng.next() < 0.5 ? pick(rng, oddChars) : String.fromCharCode(rng.int(0x10000)))),
  long: (rng) => `w = w${' + w'.repeat(rng.int(1200))}${rng.next() < 0.3 ? '\n'.repeat(rng.int(60)) : ''}`,
  params: (rng) =>
    `${repeat(rng, 4, () => `param ${pick(rng, ['lr', 'w', 'g', 'lr', 'b'])} ${pick(rng, ['=', ''])} ${pick(rng, ['-', '+', ''])}${pick(rng, ['0.1', 'x', '1e999', ''])} ${pick(rng, ['in [0, 1]', 'in [1, 0]', 'in [', 'in 0, 1]', '', 'in [-1, +1]'])}\n`)}w = w - ${pick(rng, ['lr', 'b', 'g'])} * g`,
};

/** Sources per generator, and time bounds per source: the engine (parse, compile, 5 steps, LaTeX), then KaTeX. */
const perSource = 160;
// Generous, as the machine running the tests may be loaded: the bound catches a hang or a blow-up,
// not a slow millisecond (a typical source takes well under 1 ms; the longest sums about 20 ms).
const limits = { engineMs: 2000, katexMs: 10_000 };

describe('hostile sources', () => {
  it(`${Object.keys(generators).length * perSource} generated sources compile or throw RuleError, quickly`, () => {
    const rng = createRng(16);
    const outcomes = { compiled: 0, rejected: 0 };
    const codes = new Set<string>();
    // Load KaTeX and warm the compiler first, so the per-source bound measures the source.
    renderDisplayMath(ruleLatex(parseRule(rulePresets.adam.source)));
    for (const [kind, generate] of Object.entries(generators)) {
      for (let n = 0; n < perSource; n++) {
        const source = generate(rng);
        const started = performance.now();
        let latex: string | null = null;
        try {
          const opt = createRuleOptimizer({ name: 'rule', source }, 3);
          const w = Float64Array.of(0.5, -1, 2);
          for (let k = 0; k < 5; k++) opt.step(w, (at, out) => out.set(at));
          latex = ruleLatex(parseRule(source));
          outcomes.compiled++;
        } catch (error) {
          if (!(error instanceof RuleError)) {
            throw new Error(`${kind} source ${JSON.stringify(source.slice(0, 200))} threw ${String(error)}`, {
              cause: error,
            });
          }
          codes.add(error.code);
          outcomes.rejected++;
        }
        const label = `${kind} source ${JSON.stringify(source.slice(0, 80))}`;
        expect(performance.now() - started, label).toBeLessThan(limits.engineMs);
        if (latex !== null) {
          // KaTeX itself takes ~0.3 s on a 500-term line, hence its own bound: against a hang, not for speed.
          const katexStarted = performance.now();
          renderDisplayMath(latex);
          expect(performance.now() - katexStarted, label).toBeLessThan(limits.katexMs);
        }
      }
    }
    // The generators reach both outcomes and many kinds of error, so the test exercises them.
    expect(outcomes.compiled).toBeGreaterThan(50);
    expect(outcomes.rejected).toBeGreaterThan(500);
    expect(codes.size).toBeGreaterThanOrEqual(15);
  }, 120_000);
});
