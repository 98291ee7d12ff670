/**
 * A rule as KaTeX source (an `aligned` block), so a page can typeset exactly what runs.
 *
 * Symbols: `lr` as α, `mu`/`momentum` as μ, `decay`/`gamma` as γ, `beta1` as β₁, `beta2` as β₂,
 * `eps` as ε, other Greek names as their letter; `mhat` as m̂ (any one letter + `hat`), `smax`
 * as s^max; a one-letter name as itself, a letter and digits as a subscript (`m2` as m₂), any
 * other name in italics. `sqrt` as a root, `abs` as bars, `grad(x)` as ∇L(x), `/` as a fraction,
 * `^` as a superscript.
 *
 * Time. When each name is assigned at most once, the rule is written as the chapters write the
 * built-ins: an assignment gives X_t; a read gives X_t if an earlier line assigned X, else
 * X_{t-1} (the previous step's value, which is what runs); `g` is g_t, with the line
 * g_t = ∇L(w_{t-1}) first. When a name is assigned twice, subscripts would mislead, so every line
 * is written as an assignment, X ← expression, without them.
 *
 * The output is built only from fixed strings, the rule's names (letters, digits and `_`, which
 * is escaped) and its numbers: no reader text reaches KaTeX as a command.
 */
import type { ParsedRule, RuleExpr } from './parse.ts';

const paramSymbols = new Map([
  ['lr', '\\alpha'],
  ['mu', '\\mu'],
  ['momentum', '\\mu'],
  ['decay', '\\gamma'],
  ['eps', '\\varepsilon'],
  ['epsilon', '\\varepsilon'],
  ['wd', '\\lambda'],
]);
const greek = new Set(
  'alpha beta gamma delta zeta eta theta iota kappa lambda nu xi rho sigma tau phi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Phi Psi Omega'.split(
    ' ',
  ),
);

interface Sym {
  readonly base: string;
  readonly sub: string | null;
  /** The base carries a superscript, so a power of it needs braces. */
  readonly raised: boolean;
}

function symbolOf(name: string): Sym {
  const known = paramSymbols.get(name);
  if (known !== undefined) return { base: known, sub: null, raised: false };
  const m = /^([A-Za-z]+?)(\d+)$/.exec(name);
  if (m !== null && (m[1]!.length === 1 || greek.has(m[1]!))) {
    return { base: m[1]!.length === 1 ? m[1]! : `\\${m[1]}`, sub: m[2]!, raised: false };
  }
  if (greek.has(name)) return { base: `\\${name}`, sub: null, raised: false };
  if (name.length === 1) return { base: name, sub: null, raised: false };
  const hat = /^([A-Za-z])hat$/.exec(name);
  if (hat !== null) return { base: `\\hat{${hat[1]}}`, sub: null, raised: false };
  const max = /^([A-Za-z])max$/.exec(name);
  if (max !== null) return { base: `${max[1]}^{\\max}`, sub: null, raised: true };
  return { base: `\\mathit{${name.replace(/_/g, '\\_')}}`, sub: null, raised: false };
}

/** `symbol` with the time subscript `time` (or none) merged into its own. */
function withTime(symbol: Sym, time: string | null): string {
  const subs = [symbol.sub, time].filter((s) => s !== null);
  return subs.length === 0 ? symbol.base : `${symbol.base}_{${subs.join(',')}}`;
}

function numberTex(text: string): string {
  const m = /^([\d.]+)[eE]([+-]?)0*(\d+)$/.exec(text);
  if (m === null) return text;
  const exponent = `${m[2] === '-' ? '-' : ''}${m[3]}`;
  return m[1] === '1' ? `10^{${exponent}}` : `${m[1]} \\times 10^{${exponent}}`;
}

/** Precedence of what a piece of LaTeX shows, to know when it needs parentheses. */
const SUM = 1;
const PRODUCT = 2;
const NEG = 3;
const FRACTION = 4;
const POWER = 5;
const ATOM = 6;
type Tex = { readonly tex: string; readonly prec: number; readonly raised?: boolean };

const paren = (t: Tex): string => (t.tex.includes('\\frac') ? `\\left(${t.tex}\\right)` : `(${t.tex})`);

/** LaTeX for one expression; `nameTex` renders a name read at this place. */
function exprTex(e: RuleExpr, nameTex: (name: string) => Tex): Tex {
  const sub = (x: RuleExpr) => exprTex(x, nameTex);
  switch (e.kind) {
    case 'num': {
      const tex = numberTex(e.text);
      return { tex, prec: tex === e.text ? ATOM : tex.includes('\\times') ? PRODUCT : POWER };
    }
    case 'name':
      return nameTex(e.name);
    case 'neg': {
      const a = sub(e.arg);
      return { tex: `-${a.prec <= SUM || a.prec === NEG ? paren(a) : a.tex}`, prec: NEG };
    }
    case 'grad':
      return { tex: `\\nabla L\\left(${sub(e.arg).tex}\\right)`, prec: ATOM };
    case 'call': {
      const args = e.args.map((a) => sub(a).tex);
      if (e.fn === 'sqrt') return { tex: `\\sqrt{${args[0]}}`, prec: ATOM };
      if (e.fn === 'abs') return { tex: `\\left|${args[0]}\\right|`, prec: ATOM };
      const fn = e.fn === 'sign' ? '\\operatorname{sign}' : `\\${e.fn}`;
      return { tex: `${fn}\\left(${args.join(', ')}\\right)`, prec: ATOM };
    }
    case 'bin': {
      const [a, b] = [sub(e.left), sub(e.right)];
      switch (e.op) {
        case '+':
        case '-': {
          const right = b.prec <= SUM || b.prec === NEG ? paren(b) : b.tex;
          return { tex: `${a.tex} ${e.op} ${right}`, prec: SUM };
        }
        case '*': {
          const left = a.prec <= SUM ? paren(a) : a.tex;
          const right = b.prec <= NEG ? paren(b) : b.tex;
          const separator = /^[\d.]/.test(right) ? ' \\cdot ' : '\\, ';
          return { tex: `${left}${separator}${right}`, prec: PRODUCT };
        }
        case '/':
          return { tex: `\\frac{${a.tex}}{${b.tex}}`, prec: FRACTION };
        case '^': {
          const base = a.prec < ATOM ? paren(a) : a.raised === true ? `{${a.tex}}` : a.tex;
          return { tex: `${base}^{${b.tex}}`, prec: POWER };
        }
      }
    }
  }
}

/** The rule as an `aligned` block (see the top of this file). */
export function ruleLatex(rule: ParsedRule): string {
  const counts = new Map<string, number>();
  for (const s of rule.statements) counts.set(s.target, (counts.get(s.target) ?? 0) + 1);
  const timed = [...counts.values()].every((n) => n === 1);
  const params = new Set(rule.params.map((p) => p.name));
  const assignedBefore = new Set<string>();

  const nameTex = (name: string): Tex => {
    if (name === 't') return { tex: 't', prec: ATOM };
    if (name === 'pi') return { tex: '\\pi', prec: ATOM };
    if (name === 'e') return { tex: 'e', prec: ATOM };
    const symbol = symbolOf(name);
    const time = !timed || params.has(name) ? null : name === 'g' || assignedBefore.has(name) ? 't' : 't-1';
    return { tex: withTime(symbol, time), prec: ATOM, raised: symbol.raised };
  };
  const lines: string[] = [];
  if (rule.readsG) lines.push(timed ? 'g_{t} &= \\nabla L(w_{t-1})' : 'g &\\leftarrow \\nabla L(w)');
  for (const s of rule.statements) {
    const rhs = exprTex(s.expr, nameTex).tex;
    const lhs = withTime(symbolOf(s.target), timed ? 't' : null);
    lines.push(`${lhs} &${timed ? '=' : '\\leftarrow'} ${rhs}`);
    assignedBefore.add(s.target);
  }
  return `\\begin{aligned}\n${lines.join(' \\\\\n')}\n\\end{aligned}`;
}
