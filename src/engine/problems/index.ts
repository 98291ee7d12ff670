/**
 * The table of loss landscapes. Widgets and chapters name a problem by id (`'rosenbrock'`);
 * `getProblem` validates the id. Shapes (points, domains, minima) are described in `types.ts`.
 */
import { plateau, quadratic1d, twoMinima } from './curves.ts';
import { beale, himmelblau, illConditioned, rastrigin, ravine, rosenbrock, saddle } from './surfaces.ts';
// Not in the lookup table below: only the adaptive-step widgets use it, by import.
export { axisValley, axisValleyEigenvalues } from './axis-valley.ts';
import type { Curve, Problem, Surface } from './types.ts';

export type { Curve, Interval, Minimum, Problem, Surface } from './types.ts';
export { createQuadratic1d, plateau, quadratic1d, twoMinima } from './curves.ts';
export {
  beale,
  himmelblau,
  illConditioned,
  illConditionedEigenvalues,
  rastrigin,
  ravine,
  rosenbrock,
  saddle,
} from './surfaces.ts';

const curves = { quadratic1d, twoMinima, plateau } satisfies Record<string, Curve>;
const surfaces = { illConditioned, rosenbrock, beale, himmelblau, saddle, ravine, rastrigin } satisfies Record<
  string,
  Surface
>;

export type CurveId = keyof typeof curves;
export type SurfaceId = keyof typeof surfaces;
export type ProblemId = CurveId | SurfaceId;

/** Every problem by id: the 1-D curves, then the 2-D surfaces. */
export const problems: Readonly<Record<CurveId, Curve> & Record<SurfaceId, Surface>> = Object.freeze({
  ...curves,
  ...surfaces,
});

export const curveIds = Object.freeze(Object.keys(curves)) as readonly CurveId[];
export const surfaceIds = Object.freeze(Object.keys(surfaces)) as readonly SurfaceId[];
export const problemIds: readonly ProblemId[] = Object.freeze([...curveIds, ...surfaceIds]);

export function isProblemId(id: unknown): id is ProblemId {
  return typeof id === 'string' && Object.hasOwn(problems, id);
}

/** The problem with this id; a `RangeError` listing the valid ids otherwise. */
export function getProblem(id: string): Problem {
  if (!isProblemId(id))
    throw new RangeError(`unknown problem id ${JSON.stringify(id)}; valid ids: ${problemIds.join(', ')}`);
  return problems[id];
}
