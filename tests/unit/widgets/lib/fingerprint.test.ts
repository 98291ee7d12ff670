import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../../components/widgets/lib/fingerprint.ts';

describe('fingerprint', () => {
  it('is the same for equal inputs built separately', () => {
    const make = () => [0.1, 'adam', true, null, undefined, new Float64Array([1, 2, 3]), { lr: 0.01, points: [1, -2.5] }];
    expect(fingerprint(make())).toBe(fingerprint(make()));
  });

  it('does not depend on the order of an object’s keys', () => {
    expect(fingerprint({ a: 1, b: [2, 3] })).toBe(fingerprint({ b: [2, 3], a: 1 }));
  });

  it('changes when any value changes beyond single precision, however deep', () => {
    const base = fingerprint([{ lr: 0.1, run: new Float64Array(1000).fill(1) }, 'sgd', 5]);
    const run = new Float64Array(1000).fill(1);
    run[999] = 1 + 1e-6;
    expect(fingerprint([{ lr: 0.1, run }, 'sgd', 5])).not.toBe(base);
    expect(fingerprint([{ lr: 0.1 * (1 + 1e-6), run: new Float64Array(1000).fill(1) }, 'sgd', 5])).not.toBe(base);
    expect(fingerprint([{ lr: 1e-35, run: new Float64Array(1000).fill(1) }, 'sgd', 5])).not.toBe(fingerprint([{ lr: 1.0000001e-35, run: new Float64Array(1000).fill(1) }, 'sgd', 5]));
    expect(fingerprint([{ lr: 0.1, run: new Float64Array(1000).fill(1) }, 'sgdm', 5])).not.toBe(base);
    expect(fingerprint([{ lr: 0.1, run: new Float64Array(1000).fill(1) }, 'sgd', 6])).not.toBe(base);
  });

  it('tells apart values that print alike or share their bits in other types', () => {
    const distinct = [0, -0, '0', false, null, undefined, [], {}, [0], [[]], 'ab', ['a', 'b'], NaN, Infinity, -Infinity, 1e308];
    const prints = distinct.map((value) => fingerprint(value));
    expect(new Set(prints).size).toBe(distinct.length);
  });

  it('ignores differences in the last bits, as Math functions of two engines may give', () => {
    // ECMAScript leaves Math.log10 and its kin implementation-approximated: Node and a browser may
    // disagree by one unit in the last place, and the build's frame must still be recognised.
    const values = Array.from({ length: 4000 }, (_, i) => Math.log10(1 + i * 0.37));
    const nudged = values.map((v) => v * (1 + 2 ** -52));
    expect(nudged.some((v, i) => v !== values[i])).toBe(true);
    expect(fingerprint(nudged)).toBe(fingerprint(values));
    expect(fingerprint(0.1 + 0.2)).toBe(fingerprint(0.3));
  });

  it('hashes every NaN alike, and a typed array like the same numbers in a plain array', () => {
    expect(fingerprint([NaN])).toBe(fingerprint([0 / 0]));
    expect(fingerprint(new Float64Array([1, 2]))).toBe(fingerprint([1, 2]));
  });

  it('survives cycles and functions', () => {
    const a: Record<string, unknown> = { x: 1 };
    a['self'] = a;
    expect(fingerprint(a)).toBe(fingerprint(a));
    expect(fingerprint({ f: (x: number) => x })).toBe(fingerprint({ f: (y: number) => 2 * y }));
    expect(fingerprint({ f: (x: number) => x })).not.toBe(fingerprint({ f: (x: number, y: number) => x + y }));
  });
});
