import katex from 'katex';
import { describe, expect, it } from 'vitest';
import {
  createQuadratic1d,
  curveIds,
  getProblem,
  illConditionedEigenvalues,
  problemIds,
  problems,
  surfaceIds,
} from '../../../../src/engine/problems/index.ts';
import type { Problem } from '../../../../src/engine/problems/index.ts';
import { createRng } from '../../../../src/engine/rng/index.ts';

const all: Problem[] = problemIds.map((id) => problems[id]);

function gradAt(problem: Problem, point: readonly number[]): number[] {
  const out = new Float64Array(problem.dim);
  problem.grad(Float64Array.from(point), out);
  return [...out];
}

function bounds(problem: Problem): (readonly [number, number])[] {
  return problem.dim === 1 ? [problem.domain] : [problem.domain.x, problem.domain.y];
}

function inDomain(problem: Problem, point: readonly number[]): boolean {
  return bounds(problem).every(([lo, hi], i) => point[i]! >= lo && point[i]! <= hi);
}

describe('the problem table', () => {
  it('ids: curves are 1-D, surfaces 2-D, together every problem', () => {
    expect(curveIds).toEqual(['quadratic1d', 'twoMinima', 'plateau']);
    expect(surfaceIds).toEqual([
      'illConditioned',
      'rosenbrock',
      'beale',
      'himmelblau',
      'saddle',
      'ravine',
      'rastrigin',
    ]);
    expect(problemIds).toEqual([...curveIds, ...surfaceIds]);
    for (const id of curveIds) expect(problems[id].dim).toBe(1);
    for (const id of surfaceIds) expect(problems[id].dim).toBe(2);
  });

  it('getProblem returns the entry, or throws a RangeError listing the valid ids', () => {
    expect(getProblem('rosenbrock')).toBe(problems.rosenbrock);
    expect(() => getProblem('banana')).toThrow(RangeError);
    expect(() => getProblem('banana')).toThrow(/valid ids: quadratic1d, twoMinima, .*rastrigin/);
    expect(() => getProblem('toString')).toThrow(RangeError);
  });

  for (const problem of all) {
    it(`${problem.id}: well-formed (id, domain, start, minima inside, formula compiles)`, () => {
      expect(problems[problem.id as keyof typeof problems]).toBe(problem);
      for (const [lo, hi] of bounds(problem)) expect(lo).toBeLessThan(hi);
      expect(problem.start).toHaveLength(problem.dim);
      expect(inDomain(problem, problem.start)).toBe(true);
      expect(Number.isFinite(problem.f(Float64Array.from(problem.start)))).toBe(true);
      for (const m of problem.minima) {
        expect(m.point).toHaveLength(problem.dim);
        expect(inDomain(problem, m.point)).toBe(true);
      }
      expect(problem.minima.length).toBeGreaterThan(0);
      expect(problem.title.length).toBeGreaterThan(0);
      expect(() =>
        katex.renderToString(problem.latex, { throwOnError: true, displayMode: true, strict: 'error' }),
      ).not.toThrow();
    });
  }
});

describe('gradients', () => {
  for (const problem of all) {
    it(`${problem.id}: the analytic gradient matches central differences at 200 random points`, () => {
      const rng = createRng(12345);
      const w = new Float64Array(problem.dim);
      const analytic = new Float64Array(problem.dim);
      for (let n = 0; n < 200; n++) {
        bounds(problem).forEach(([lo, hi], i) => (w[i] = lo + (hi - lo) * rng.next()));
        problem.grad(w, analytic);
        const fw = Math.abs(problem.f(w));
        for (let i = 0; i < problem.dim; i++) {
          const h = 1e-5 * Math.max(1, Math.abs(w[i]!));
          const plus = Float64Array.from(w);
          const minus = Float64Array.from(w);
          plus[i] = w[i]! + h;
          minus[i] = w[i]! - h;
          const numeric = (problem.f(plus) - problem.f(minus)) / (2 * h);
          // Truncation error O(h^2 f''') plus cancellation error O(eps |f| / h).
          const tolerance = 1e-6 * Math.max(1, Math.abs(analytic[i]!)) + 1e-10 * fw;
          expect(Math.abs(numeric - analytic[i]!), `at ${[...w].join(', ')}, component ${i}`).toBeLessThan(tolerance);
        }
      }
    });
  }
});

describe('minima and saddles', () => {
  for (const problem of all) {
    it(`${problem.id}: each minimum is stationary, has the stated value, and is lower than its surroundings`, () => {
      const lowest = Math.min(...problem.minima.map((m) => m.value));
      for (const m of problem.minima) {
        const g = gradAt(problem, m.point);
        for (const gi of g) expect(Math.abs(gi)).toBeLessThan(1e-9);
        const value = problem.f(Float64Array.from(m.point));
        expect(Math.abs(value - m.value)).toBeLessThan(1e-12);
        expect(m.kind).toBe(Math.abs(m.value - lowest) < 1e-12 ? 'global' : 'local');
        // A ring of nearby points, all higher.
        const ring =
          problem.dim === 1
            ? [[m.point[0]! - 1e-3], [m.point[0]! + 1e-3]]
            : [0, 1, 2, 3, 4, 5, 6, 7].map((k) => [
                m.point[0]! + 1e-3 * Math.cos((k * Math.PI) / 4),
                m.point[1]! + 1e-3 * Math.sin((k * Math.PI) / 4),
              ]);
        for (const q of ring) expect(problem.f(Float64Array.from(q))).toBeGreaterThan(value);
      }
      // The global minima come first.
      expect(problem.minima[0]!.kind).toBe('global');
    });
  }

  it('no start sits on a minimum, and the twoMinima curve has the shallow one on the left', () => {
    const twoMinima = problems.twoMinima;
    expect(twoMinima.minima.map((m) => [m.point[0], m.kind])).toEqual([
      [1.6, 'global'],
      [-1.2, 'local'],
    ]);
    for (const problem of all) {
      for (const m of problem.minima) expect(m.point).not.toEqual(problem.start);
    }
  });

  it('saddles are stationary, with the function rising one way and falling another', () => {
    for (const problem of [problems.saddle, problems.beale]) {
      for (const s of problem.saddles!) {
        for (const gi of gradAt(problem, s)) expect(Math.abs(gi)).toBeLessThan(1e-12);
        const f0 = problem.f(Float64Array.from(s));
        const around = [0, 1, 2, 3, 4, 5, 6, 7].map((k) =>
          problem.f(
            Float64Array.of(s[0]! + 1e-3 * Math.cos((k * Math.PI) / 4), s[1]! + 1e-3 * Math.sin((k * Math.PI) / 4)),
          ),
        );
        expect(Math.max(...around)).toBeGreaterThan(f0);
        expect(Math.min(...around)).toBeLessThan(f0);
      }
    }
  });

  it('rastrigin lists a minimum near every integer point of its domain', () => {
    expect(problems.rastrigin.minima).toHaveLength(49);
    expect(problems.rastrigin.minima[0]!.point).toEqual([0, 0]);
    expect(problems.rastrigin.minima.filter((m) => m.kind === 'global')).toHaveLength(1);
  });
});

describe('quadratics', () => {
  /** Eigenvalues of the Hessian of a 2-D problem at `point`, by central differences of the gradient. */
  function hessianEigenvalues(problem: Problem, point: number[]): number[] {
    const h = 1e-4;
    const column = (i: number) => {
      const plus = [...point];
      const minus = [...point];
      plus[i]! += h;
      minus[i]! -= h;
      const gp = gradAt(problem, plus);
      const gm = gradAt(problem, minus);
      return gp.map((v, j) => (v - gm[j]!) / (2 * h));
    };
    const [a, b] = column(0) as [number, number];
    const d = column(1)[1]!;
    const mean = (a + d) / 2;
    const radius = Math.sqrt(((a - d) / 2) ** 2 + b * b);
    return [mean - radius, mean + radius];
  }

  it('illConditioned has Hessian eigenvalues 1 and 20 everywhere', () => {
    expect(illConditionedEigenvalues).toEqual([1, 20]);
    expect(problems.illConditioned.hessianEigenvalues).toEqual([1, 20]);
    for (const point of [
      [0, 0],
      [-2, 1.5],
      [2.7, -0.3],
    ]) {
      const [lo, hi] = hessianEigenvalues(problems.illConditioned, point);
      expect(lo).toBeCloseTo(1, 6);
      expect(hi).toBeCloseTo(20, 6);
    }
  });

  it('quadratic1d is w^2 (curvature 2); createQuadratic1d sets the curvature', () => {
    expect(problems.quadratic1d.hessianEigenvalues).toEqual([2]);
    expect(problems.quadratic1d.f(Float64Array.of(3))).toBe(9);
    const q = createQuadratic1d(5);
    expect(q.hessianEigenvalues).toEqual([5]);
    expect(gradAt(q, [2])).toEqual([10]);
    expect(q.f(Float64Array.of(2))).toBe(10);
    expect(() => katex.renderToString(q.latex, { throwOnError: true })).not.toThrow();
    expect(() => createQuadratic1d(0)).toThrow(RangeError);
    expect(() => createQuadratic1d(NaN)).toThrow(/curvature/);
  });
});
