/**
 * A short, deterministic fingerprint of a figure's inputs (its `deps`), the same on the server and
 * in the browser, so a hydrating figure can tell whether the frame drawn at build time shows the
 * state it has now (if a link's parameters changed the state, the fingerprints differ).
 *
 * Numbers are hashed by their IEEE-754 bits after rounding to single precision (24 significant
 * bits, about 7 digits), so -0 and 0 differ, every NaN is the same, and two values that differ only
 * in their last bits hash alike. That rounding is what makes the fingerprint "the same on the
 * server and in the browser": ECMAScript lets Math.log10, Math.exp, Math.sin and their kin differ
 * in the last bits between engines (Node and Chromium disagree on a few of the Race map's 4,032
 * shaded values), and a frame drawn from values that agree to 7 digits shows the same pixels. Values
 * outside single precision's normal range (below 1e-30 or above 1e38 in size) keep all their bits.
 * Strings are hashed strings by their UTF-16 code units; arrays, typed arrays and plain objects
 * (keys sorted) recursively. Functions hash by their arity only: a draw input that is a function
 * must be determined by the other inputs. A cycle hashes as a marker, never loops.
 */
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

class Hasher {
  private a = 0x811c9dc5;
  private b = 0x01000193;

  word(value: number): void {
    this.a = Math.imul(this.a ^ value, 0x01000193) >>> 0;
    this.b = Math.imul(this.b ^ value, 0x5bd1e995) >>> 0;
    this.b ^= this.b >>> 15;
  }

  number(value: number): void {
    const size = Math.abs(value);
    bits[0] = Number.isNaN(value) ? NaN : size > 1e-30 && size < 1e38 ? Math.fround(value) : value;
    this.word(words[0]!);
    this.word(words[1]!);
  }

  string(value: string): void {
    this.word(value.length);
    for (let i = 0; i < value.length; i++) this.word(value.charCodeAt(i));
  }

  digest(): string {
    return this.a.toString(36) + this.b.toString(36);
  }
}

const tags = { undefined: 1, null: 2, false: 3, true: 4, number: 5, string: 6, array: 7, object: 8, function: 9, cycle: 10, bigint: 11, symbol: 12 };

function visit(hasher: Hasher, value: unknown, path: Set<object>): void {
  if (value === undefined) return hasher.word(tags.undefined);
  if (value === null) return hasher.word(tags.null);
  switch (typeof value) {
    case 'boolean':
      return hasher.word(value ? tags.true : tags.false);
    case 'number':
      hasher.word(tags.number);
      return hasher.number(value);
    case 'string':
      hasher.word(tags.string);
      return hasher.string(value);
    case 'bigint':
      hasher.word(tags.bigint);
      return hasher.string(value.toString());
    case 'symbol':
      hasher.word(tags.symbol);
      return hasher.string(value.description ?? '');
    case 'function':
      hasher.word(tags.function);
      return hasher.word(value.length);
  }
  const object = value;
  if (path.has(object)) return hasher.word(tags.cycle);
  path.add(object);
  if (ArrayBuffer.isView(object) && !(object instanceof DataView)) {
    const array = object as unknown as ArrayLike<number | bigint>;
    hasher.word(tags.array);
    hasher.word(array.length);
    for (let i = 0; i < array.length; i++) {
      visit(hasher, array[i], path);
    }
  } else if (Array.isArray(object)) {
    hasher.word(tags.array);
    hasher.word(object.length);
    for (const item of object) visit(hasher, item, path);
  } else {
    hasher.word(tags.object);
    const keys = Object.keys(object).sort();
    hasher.word(keys.length);
    for (const key of keys) {
      hasher.string(key);
      visit(hasher, (object as Record<string, unknown>)[key], path);
    }
  }
  path.delete(object);
}

/** The fingerprint of `value` (see the module comment). */
export function fingerprint(value: unknown): string {
  const hasher = new Hasher();
  visit(hasher, value, new Set());
  return hasher.digest();
}
