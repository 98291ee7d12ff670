import { describe, expect, it } from 'vitest';
import { cos, sin } from '../../../../src/engine/math/index.ts';
import { aroundAll, fromHigh, mismatches, NONE, randomArguments, SPECIALS, tinyArguments } from './sweep.ts';

/** n pi/2: where the reduction's n steps and where the first round of it cancels most. */
const quarterTurns = [
  ...Array.from({ length: 40 }, (_, n) => (n * Math.PI) / 2),
  ...[1e3, 1e4, 1e5, 5e5].map((n) => (n * Math.PI) / 2),
];
const halfway = Array.from({ length: 20 }, (_, n) => ((n + 0.5) * Math.PI) / 2);
// pi/4 and 3pi/4 (reduction ranges), 2^-27 (the kernels' shortcut), 0.3 and 0.78125 (cos's kernel).
const cuts = [fromHigh(0x3fe921fb), fromHigh(0x4002d97c), fromHigh(0x3e400000), 0.3, 0.78125, fromHigh(0x3ff921fb)];
const LIMIT = fromHigh(0x413921fb); // 2^19 pi/2: the ported reduction's limit

for (const [name, port, node] of [
  ['sin', sin, Math.sin],
  ['cos', cos, Math.cos],
] as const) {
  describe(`${name} (fdlibm, as Node runs Math.${name})`, () => {
    it(`equals Math.${name} on the special values, subnormal and random arguments`, () => {
      expect(mismatches(port, node, SPECIALS)).toEqual(NONE);
      expect(mismatches(port, node, tinyArguments(11, 1 << 14, 0x3e500000))).toEqual(NONE);
      // Random doubles up to the ported range (2^19), and uniform in [-20, 20].
      const xs = randomArguments(12, 1 << 17, -40, 19, 20).filter((x) => !(Math.abs(x) > LIMIT));
      expect(xs.length).toBeGreaterThan(100_000);
      expect(mismatches(port, node, xs)).toEqual(NONE);
    });

    it(`equals Math.${name} within 2000 ulps of every threshold of its code`, () => {
      expect(mismatches(port, node, aroundAll([...quarterTurns, ...halfway, ...cuts, LIMIT]))).toEqual(NONE);
    });
  });
}
