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

  it('changes when any value changes, however deep or small', () => {
    const base = fingerprint([{ lr: 0.1, run: new Float64Array(1000).fill(1) }, 'sgd', 5]);
    const run = new Float64Array(1000).fill(1);
    run[999] = 1 + 2 ** -52;
    expect(fingerprint([{ lr: 0.1, run }, 'sgd', 5])).not.toBe(base);
    expect(fingerprint([{ lr: 0.1 + 1e-12, run: new Float64Array(1000).fill(1) }, 'sgd', 5])).not.toBe(base);
    expect(fingerprint([{ lr: 0.1, run: new Float64Array(1000).fill(1) }, 'sgdm', 5])).not.toBe(base);
    expect(fingerprint([{ lr: 0.1, run: new Float64Array(1000).fill(1) }, 'sgd', 6])).not.toBe(base);
  });

  it('tells apart values that print alike or share their bits in other types', () => {
    const distinct = [0, -0, '0', false, null, undefined, [], {}, [0], [[]], 'ab', ['a', 'b'], NaN, Infinity, -Infinity, 1e308];
    const prints = distinct.map((value) => fingerprint(value));
    expect(new Set(prints).size).toBe(distinct.length);
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
