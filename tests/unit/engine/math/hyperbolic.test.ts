import { describe, expect, it } from 'vitest';
import { cosh, sinh } from '../../../../src/engine/math/index.ts';
import { aroundAll, fromHigh, mismatches, NONE, randomArguments, SPECIALS, tinyArguments } from './sweep.ts';

const cuts = [2 ** -28, 2 ** -55, 1, 22, 709.7822265625, 710.4758600739439, fromHigh(0x3fd62e43), fromHigh(0x40862e42)];

for (const [name, port, node] of [
  ['sinh', sinh, Math.sinh],
  ['cosh', cosh, Math.cosh],
] as const) {
  describe(`${name} (as Node runs Math.${name})`, () => {
    it(`equals Math.${name} on special, subnormal, random arguments and within 2000 ulps of its thresholds`, () => {
      expect(mismatches(port, node, SPECIALS)).toEqual(NONE);
      expect(mismatches(port, node, tinyArguments(15, 1 << 13, 0x3e400000))).toEqual(NONE);
      expect(mismatches(port, node, randomArguments(16, 1 << 16, -60, 10, 30))).toEqual(NONE);
      expect(mismatches(port, node, aroundAll(cuts))).toEqual(NONE);
    });
  });
}
