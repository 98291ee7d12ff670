import { describe, expect, it } from 'vitest';
import { compile, exprLimits, parse, surfaceFromFormula } from '../../../../src/engine/expr/index.ts';
import { errorOf } from './helpers.ts';
import { runOnProblem } from '../../../../src/engine/sim/index.ts';

const valueOf = (source: string, x: number, y: number) => compile(parse(source)).value(x, y);

describe('parse and evaluate', () => {
  it('follows the usual precedence', () => {
    expect(valueOf('1 + 2 * 3', 0, 0)).toBe(7);
    expect(valueOf('(1 + 2) * 3', 0, 0)).toBe(9);
    expect(valueOf('2^3^2', 0, 0)).toBe(512); // right-associative
    expect(valueOf('-x^2', 3, 0)).toBe(-9); // ^ binds tighter than unary minus
    expect(valueOf('2^-1', 0, 0)).toBe(0.5);
    expect(valueOf('8 / 4 / 2', 0, 0)).toBe(1);
    expect(valueOf('x - y - 1', 5, 2)).toBe(2);
    expect(valueOf('--x', 2, 0)).toBe(2);
  });

  it('reads numbers, constants and functions', () => {
    expect(valueOf('1e-3', 0, 0)).toBe(0.001);
    expect(valueOf('2.5E+2 + .5', 0, 0)).toBe(250.5);
    expect(valueOf('pi', 0, 0)).toBe(Math.PI);
    expect(valueOf('e', 0, 0)).toBe(Math.E);
    expect(valueOf('x^2 + 10*sin(y)', 2, 1)).toBeCloseTo(4 + 10 * Math.sin(1), 12);
    expect(
      valueOf('sqrt(abs(x)) + atan(y) + tanh(x) + cosh(y) - sinh(x) + exp(log(2)) + tan(0) + cos(0)', -4, 1),
    ).toBeCloseTo(2 + Math.atan(1) + Math.tanh(-4) + Math.cosh(1) - Math.sinh(-4) + 2 + 0 + 1, 12);
  });

  it('reports errors with positions', () => {
    expect(errorOf('x +').position).toBe(3);
    expect(errorOf('x +').message).toContain('end of the formula');
    expect(errorOf('x $ 2').position).toBe(2);
    expect(errorOf('x $ 2').message).toContain('position 3');
    expect(errorOf('(x + 1').message).toContain('Expected ")" to close the "(" at position 1');
    expect(errorOf('x + 1)').position).toBe(5);
    expect(errorOf('2 x').message).toContain('missing operator');
    expect(errorOf('sin x').message).toContain('needs parentheses');
    expect(errorOf('').message).toContain('empty');
    expect(errorOf('1e999').message).toContain('too large');
  });

  it('refuses hostile input with a clear message', () => {
    for (const name of ['constructor', '__proto__', 'prototype', 'toString', 'alert', 'Math', 'z', 'hasOwnProperty']) {
      const error = errorOf(`x + ${name}(1)`);
      expect(error.message).toContain('Unknown name');
      expect(error.position).toBe(4);
    }
    expect(errorOf('x.constructor').position).toBe(1);
    expect(errorOf('x; alert(1)').message).toContain('";"');
    expect(errorOf('`x`').position).toBe(0);
    expect(errorOf('x'.repeat(exprLimits.maxLength + 1)).message).toContain('too long');
    expect(errorOf(`${'('.repeat(60)}x${')'.repeat(60)}`).message).toContain('nested too deeply');
    expect(errorOf(`${'-'.repeat(60)}x`).message).toContain('nested too deeply');
    expect(errorOf('x^'.repeat(60) + 'x').message).toMatch(/too (long|deeply)/);
  });
});

describe('exact gradients by forward-mode differentiation', () => {
  const formulas = [
    'x^2 + 10*sin(y)',
    '(1 - x)^2 + 100*(y - x^2)^2',
    'x*y/(1 + x^2 + y^2)',
    'exp(-(x^2 + y^2)) * cos(3*x)',
    'log(1 + x^2) + sqrt(2 + y^2) + abs(x - 0.3) + tanh(x*y)',
    'sinh(x/3) * cosh(y/3) + atan(x - y) + tan(x/4)',
    '(x^2 + 1)^(y/2 + 1)',
    '2^x + x^3 - -y',
  ];
  const points = [
    [0.7, -1.2],
    [-1.3, 0.4],
    [1.9, 2.1],
  ];
  const out = new Float64Array(3);
  for (const formula of formulas) {
    it(`matches central differences for ${formula}`, () => {
      const compiled = compile(parse(formula));
      for (const [x, y] of points as [number, number][]) {
        const f = compiled.withGradient(x, y, out);
        expect(f).toBeCloseTo(compiled.value(x, y), 14);
        const h = 1e-6;
        const gx = (compiled.value(x + h, y) - compiled.value(x - h, y)) / (2 * h);
        const gy = (compiled.value(x, y + h) - compiled.value(x, y - h)) / (2 * h);
        const scale = Math.max(1, Math.abs(gx), Math.abs(gy));
        expect(Math.abs(out[1]! - gx) / scale).toBeLessThan(1e-6);
        expect(Math.abs(out[2]! - gy) / scale).toBeLessThan(1e-6);
      }
    });
  }

  it('is exact where the formula is a polynomial', () => {
    compile(parse('3*x^2*y - y^3')).withGradient(2, 3, out);
    expect(out[1]).toBe(36); // 6xy
    expect(out[2]).toBe(12 - 27); // 3x^2 - 3y^2
  });
});

describe('surfaceFromFormula', () => {
  it('gives a surface the optimizers run on', () => {
    const result = surfaceFromFormula('(x - 1)^2 + 2*(y + 0.5)^2');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const run = runOnProblem(result.surface, { name: 'sgd', lr: 0.1 }, { steps: 200 });
    expect(run.points[run.steps * 2]).toBeCloseTo(1, 6);
    expect(run.points[run.steps * 2 + 1]).toBeCloseTo(-0.5, 6);
    expect(result.surface.latex).toContain('\\texttt{');
  });

  it('returns the error instead of throwing', () => {
    const result = surfaceFromFormula('x + constructor');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.position).toBe(4);
  });

  it('escapes KaTeX specials in the title formula', () => {
    const result = surfaceFromFormula('x^2');
    if (result.ok) expect(result.surface.latex).toBe('f(x, y) = \\texttt{x\\char94 2}');
  });
});
