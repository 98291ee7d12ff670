import { ExprError, parse } from '../../../../src/engine/expr/index.ts';

/** The ExprError that parsing `source` throws (fails the test if it parses, or throws anything else). */
export function errorOf(source: string): ExprError {
  try {
    parse(source);
  } catch (error) {
    if (error instanceof ExprError) return error;
    throw error;
  }
  throw new Error(`expected ${source} to fail`);
}
