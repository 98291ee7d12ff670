/**
 * A widget's state in the page URL, so that a link reproduces what the reader sees.
 *
 * Each widget owns the query parameters that start with its key (`gd.lr=0.1&gd.steps=30`), so
 * several widgets share one URL. Reading never trusts the URL: every value is parsed against
 * its spec, clamped or replaced by the default, and each fallback produces a sentence the widget
 * shows to the reader ("lr=abc is not a number; using 0.1").
 */
import type { Locale } from '../../../src/i18n/locales.ts';

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

const linkParamEn = {
  /** The whole message: "Link parameter " + one of the sentences below. */
  prefix: (message: string) => `Link parameter ${message}`,
  /** "Link parameter fn: <detail>" for a widget's own parameter. */
  about: (name: string, detail: string) => `Link parameter ${name}: ${detail}`,
  tooLong: (name: string) => `${name} is too long; using the default.`,
  notNumber: (name: string, raw: string, fallback: number) => `${name}=${raw} is not a usable number; using ${fallback}.`,
  outside: (name: string, raw: string, min: number, max: number, fixed: number) => `${name}=${raw} is outside ${min} to ${max}; using ${fixed}.`,
  notOneOf: (name: string, raw: string, values: readonly string[], fallback: string) =>
    `${name}=${raw} is not one of ${values.join(', ')}; using ${fallback}.`,
  notBool: (name: string, raw: string) => `${name}=${raw} is not 1 or 0; using the default.`,
  needsNumbers: (name: string, raw: string, length: number) => `${name}=${raw} needs ${length} numbers; using the default.`,
  clamped: (name: string, raw: string, min: number, max: number) => `${name}=${raw} is outside ${min} to ${max}; clamped.`,
};

/**
 * The sentences about link parameters, per language. `name` is the parameter's own name, `raw`
 * the value as given (quoted and clipped), `detail` a widget's own sentence about what was wrong.
 * Exported for widgets that read extra parameters of their own (see `useUrlParam`).
 */
export const linkParamStrings: Readonly<Record<Locale, typeof linkParamEn>> = {
  en: linkParamEn,
  'zh-cn': {
    prefix: (message: string) => `链接参数 ${message}`,
    about: (name: string, detail: string) => `链接参数 ${name}：${detail}`,
    tooLong: (name: string) => `${name} 太长，改用默认值。`,
    notNumber: (name: string, raw: string, fallback: number) => `${name}=${raw} 不是可用的数，改用 ${fallback}。`,
    outside: (name: string, raw: string, min: number, max: number, fixed: number) => `${name}=${raw} 超出了 ${min} 到 ${max} 的范围，改用 ${fixed}。`,
    notOneOf: (name: string, raw: string, values: readonly string[], fallback: string) =>
      `${name}=${raw} 不是 ${values.join('、')} 之一，改用 ${fallback}。`,
    notBool: (name: string, raw: string) => `${name}=${raw} 不是 1 或 0，改用默认值。`,
    needsNumbers: (name: string, raw: string, length: number) => `${name}=${raw} 需要 ${length} 个数，改用默认值。`,
    clamped: (name: string, raw: string, min: number, max: number) => `${name}=${raw} 超出了 ${min} 到 ${max} 的范围，已截断到范围内。`,
  },
};

/**
 * Parses one raw value against its spec: the value to use and, if the raw one was not usable, why
 * (in `locale`, English by default).
 */
export function parseParam(name: string, spec: ParamSpec, raw: string, locale: Locale = 'en'): { value: unknown; message?: string } {
  const t = linkParamStrings[locale];
  if (raw.length > maxLength) return { value: spec.default, message: t.tooLong(name) };
  switch (spec.kind) {
    case 'number': {
      const value = raw.trim() === '' ? NaN : Number(raw);
      if (!Number.isFinite(value)) {
        return { value: spec.default, message: t.notNumber(name, show(raw), spec.default) };
      }
      let fixed = spec.integer ? Math.round(value) : value;
      fixed = Math.min(spec.max, Math.max(spec.min, fixed));
      if (fixed !== value) {
        return { value: fixed, message: t.outside(name, show(raw), spec.min, spec.max, fixed) };
      }
      return { value };
    }
    case 'enum':
      if (spec.values.includes(raw)) return { value: raw };
      return { value: spec.default, message: t.notOneOf(name, show(raw), spec.values, spec.default) };
    case 'bool':
      if (raw === '1' || raw === 'true') return { value: true };
      if (raw === '0' || raw === 'false') return { value: false };
      return { value: spec.default, message: t.notBool(name, show(raw)) };
    case 'numbers': {
      const parts = raw.split(',').map((p) => (p.trim() === '' ? NaN : Number(p)));
      if (parts.length !== spec.length || parts.some((p) => !Number.isFinite(p))) {
        return { value: [...spec.default], message: t.needsNumbers(name, show(raw), spec.length) };
      }
      const fixed = parts.map((p) => Math.min(spec.max, Math.max(spec.min, p)));
      const changed = fixed.some((p, i) => p !== parts[i]);
      return changed ? { value: fixed, message: t.clamped(name, show(raw), spec.min, spec.max) } : { value: fixed };
    }
  }
}

/** The defaults of a spec table, as a state object. */
export function defaultsOf<S extends Specs>(specs: S): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) out[name] = spec.kind === 'numbers' ? [...spec.default] : spec.default;
  return out as StateOf<S>;
}

/**
 * Reads a widget's state from a query string, starting from `base` (usually the author's props).
 * The messages are in `locale` (English by default).
 */
export function readState<S extends Specs>(
  key: string,
  specs: S,
  search: string,
  base: StateOf<S>,
  locale: Locale = 'en',
): { state: StateOf<S>; messages: string[] } {
  const params = new URLSearchParams(search);
  const state: Record<string, unknown> = { ...base };
  const messages: string[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const raw = params.get(`${key}.${name}`);
    if (raw === null) continue;
    const { value, message } = parseParam(name, spec, raw, locale);
    state[name] = value;
    if (message) messages.push(linkParamStrings[locale].prefix(message));
  }
  return { state: state as StateOf<S>, messages };
}

/** Writes a widget's state into a query string, keeping other widgets' parameters; values equal to `base` are left out. */
export function writeState<S extends Specs>(key: string, specs: S, state: StateOf<S>, search: string, base: StateOf<S>): string {
  const params = new URLSearchParams(search);
  writeParams(key, specs, state, params, base);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The same into `params` (the page's writer gathers every widget's parameters in one, url-writer.ts). */
export function writeParams<S extends Specs>(key: string, specs: S, state: StateOf<S>, params: URLSearchParams, base: StateOf<S>): void {
  for (const [name, spec] of Object.entries(specs)) {
    const value = (state as Record<string, unknown>)[name];
    const baseValue = (base as Record<string, unknown>)[name];
    const encoded = encode(spec, value);
    if (encoded === encode(spec, baseValue)) params.delete(`${key}.${name}`);
    else params.set(`${key}.${name}`, encoded);
  }
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

/** The attribute on <html> that lists the URL parameters (widget keys) whose write is still waiting. */
export const urlPendingAttribute = 'data-url-pending';

/**
 * Marks `key` as out of step with the URL, or back in step. A widget's key is marked from
 * hydration until it has applied the state the URL gives, and from a reader's change until the
 * debounced write of that change lands. While any key is marked, <html> carries
 * `data-url-pending="key ..."`; once every widget shows the URL's state and the URL holds every
 * widget's state, the attribute is gone. The keys live in the attribute itself, not in module
 * state, so that islands bundled apart still share one list. Browser tests wait on this instead
 * of sleeping past the debounce.
 */
export function markUrlPending(key: string, pending: boolean, root: Element = document.documentElement): void {
  const keys = new Set((root.getAttribute(urlPendingAttribute) ?? '').split(' ').filter(Boolean));
  if (pending === keys.has(key)) return;
  if (pending) keys.add(key);
  else keys.delete(key);
  if (keys.size > 0) root.setAttribute(urlPendingAttribute, [...keys].join(' '));
  else root.removeAttribute(urlPendingAttribute);
}
