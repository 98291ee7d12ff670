/**
 * The sliders a rule's `param` lines make: each slider's range and scale, the values in force
 * (the reader's where given, else the line's default), and the values in a link (`lr:0.05,beta1:0.8`).
 */
import type { ParamDecl } from '../../../src/engine/rule/index.ts';

export interface ParamSlider {
  name: string;
  min: number;
  max: number;
  /** Logarithmic when the range is positive and spans two decades or more (learning rates, eps). */
  log: boolean;
}

/** The slider for a param: its `in [LO, HI]` range, else a range around its default. */
export function paramSlider(decl: ParamDecl): ParamSlider {
  const [min, max] =
    decl.range ??
    (decl.value > 0
      ? [decl.value / 100, decl.value * 100]
      : decl.value < 0
        ? [decl.value * 100, -decl.value * 100]
        : [-1, 1]);
  return { name: decl.name, min, max, log: min > 0 && max / min >= 100 };
}

/** Each declared param's value: the reader's when it is within the slider, else the default. */
export function paramValues(
  decls: readonly ParamDecl[],
  given: Readonly<Record<string, number>>,
): Record<string, number> {
  const values: Record<string, number> = {};
  for (const decl of decls) {
    const { min, max } = paramSlider(decl);
    const v = Object.hasOwn(given, decl.name) ? given[decl.name] : undefined;
    values[decl.name] = v !== undefined && Number.isFinite(v) && v >= min && v <= max ? v : decl.value;
  }
  return values;
}

/** Values as link text, in name order: `beta1:0.8,lr:0.05` ('' for none). */
export const paramsToLink = (values: Readonly<Record<string, number>>): string =>
  Object.keys(values)
    .sort()
    .map((name) => `${name}:${values[name]}`)
    .join(',');

/** Values from link text; pairs that are not `name:number` are left out (paramValues checks the ranges). */
export function paramsFromLink(raw: string): Record<string, number> {
  const values: Record<string, number> = {};
  for (const pair of raw.slice(0, 400).split(',')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]{0,30}):(-?[0-9.eE+-]{1,24})$/.exec(pair);
    if (match === null) continue;
    const value = Number(match[2]);
    if (Number.isFinite(value)) values[match[1]!] = value;
  }
  return values;
}
