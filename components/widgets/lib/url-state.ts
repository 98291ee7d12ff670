/**
 * A widget's state in the page URL, so that a link reproduces what the reader sees.
 *
 * Each widget owns the query parameters that start with its key (`gd.lr=0.1&gd.steps=30`), so
 * several widgets share one URL. Reading never trusts the URL: every value is parsed against
 * its spec, clamped or replaced by the default, and each fallback produces a sentence the widget
 * shows to the reader ("lr=abc is not a number; using 0.1").
 */
export type ParamSpec =
  | { kind: 'number'; default: number; min: number; max: number; integer?: boolean }
  | { kind: 'enum'; default: string; values: readonly string[] }
  | { kind: 'bool'; default: boolean }
  | { kind: 'numbers'; default: readonly number[]; min: number; max: number; length: number };

export type Specs = Record<string, ParamSpec>;

export type StateOf<S extends Specs> = {
  [K in keyof S]: S[K] extends { kind: 'number' }
    ? number
    : S[K] extends { kind: 'enum' }
      ? string
      : S[K] extends { kind: 'bool' }
        ? boolean
        : number[];
};

const maxLength = 200;

function show(raw: string): string {
  const clipped = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return JSON.stringify(clipped);
}

/** Parses one raw value against its spec: the value to use and, if the raw one was not usable, why. */
export function parseParam(name: string, spec: ParamSpec, raw: string): { value: unknown; message?: string } {
  if (raw.length > maxLength) return { value: spec.default, message: `${name} is too long; using the default.` };
  switch (spec.kind) {
    case 'number': {
      const value = raw.trim() === '' ? NaN : Number(raw);
      if (!Number.isFinite(value)) {
        return { value: spec.default, message: `${name}=${show(raw)} is not a usable number; using ${spec.default}.` };
      }
      let fixed = spec.integer ? Math.round(value) : value;
      fixed = Math.min(spec.max, Math.max(spec.min, fixed));
      if (fixed !== value) {
        return { value: fixed, message: `${name}=${show(raw)} is outside ${spec.min} to ${spec.max}; using ${fixed}.` };
      }
      return { value };
    }
    case 'enum':
      if (spec.values.includes(raw)) return { value: raw };
      return { value: spec.default, message: `${name}=${show(raw)} is not one of ${spec.values.join(', ')}; using ${spec.default}.` };
    case 'bool':
      if (raw === '1' || raw === 'true') return { value: true };
      if (raw === '0' || raw === 'false') return { value: false };
      return { value: spec.default, message: `${name}=${show(raw)} is not 1 or 0; using the default.` };
    case 'numbers': {
      const parts = raw.split(',').map((p) => (p.trim() === '' ? NaN : Number(p)));
      if (parts.length !== spec.length || parts.some((p) => !Number.isFinite(p))) {
        return { value: [...spec.default], message: `${name}=${show(raw)} needs ${spec.length} numbers; using the default.` };
      }
      const fixed = parts.map((p) => Math.min(spec.max, Math.max(spec.min, p)));
      const changed = fixed.some((p, i) => p !== parts[i]);
      return changed
        ? { value: fixed, message: `${name}=${show(raw)} is outside ${spec.min} to ${spec.max}; clamped.` }
        : { value: fixed };
    }
  }
}

/** The defaults of a spec table, as a state object. */
export function defaultsOf<S extends Specs>(specs: S): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) out[name] = spec.kind === 'numbers' ? [...spec.default] : spec.default;
  return out as StateOf<S>;
}

/** Reads a widget's state from a query string, starting from `base` (usually the author's props). */
export function readState<S extends Specs>(
  key: string,
  specs: S,
  search: string,
  base: StateOf<S>,
): { state: StateOf<S>; messages: string[] } {
  const params = new URLSearchParams(search);
  const state: Record<string, unknown> = { ...base };
  const messages: string[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const raw = params.get(`${key}.${name}`);
    if (raw === null) continue;
    const { value, message } = parseParam(name, spec, raw);
    state[name] = value;
    if (message) messages.push(`Link parameter ${message}`);
  }
  return { state: state as StateOf<S>, messages };
}

/** Writes a widget's state into a query string, keeping other widgets' parameters; values equal to `base` are left out. */
export function writeState<S extends Specs>(key: string, specs: S, state: StateOf<S>, search: string, base: StateOf<S>): string {
  const params = new URLSearchParams(search);
  for (const [name, spec] of Object.entries(specs)) {
    const value = (state as Record<string, unknown>)[name];
    const baseValue = (base as Record<string, unknown>)[name];
    const encoded = encode(spec, value);
    if (encoded === encode(spec, baseValue)) params.delete(`${key}.${name}`);
    else params.set(`${key}.${name}`, encoded);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function encode(spec: ParamSpec, value: unknown): string {
  if (spec.kind === 'bool') return value ? '1' : '0';
  if (spec.kind === 'numbers') return (value as number[]).map((v) => roundForUrl(v)).join(',');
  if (spec.kind === 'number') return roundForUrl(value as number);
  return String(value);
}

/** Short, exact-enough numbers in links: 6 significant digits. */
function roundForUrl(value: number): string {
  return String(Number(value.toPrecision(6)));
}
