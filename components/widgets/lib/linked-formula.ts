/**
 * Formula symbols linked to drawings. A widget takes an optimizer's rule exactly as the engine
 * exports it (`optimizerLatex`), wraps chosen symbols in `\htmlData{sym=<name>}{...}` with
 * `tagSymbols`, and renders the result with KaTeX at build time (the `.astro` wrapper does it, so
 * KaTeX never ships to the browser). The rendered `<span data-sym="v">` elements can then be
 * emphasized together with the drawing they stand for. `untagSymbols` undoes the tagging: a test
 * checks that the page shows exactly the engine's formula.
 */

export interface FormulaSymbol {
  /** The name in `data-sym` (letters, digits, hyphens). */
  sym: string;
  /**
   * What the reader is told the symbol is, e.g. "v: velocity (the step taken)". It starts with
   * `short`, the button's visible text, so the button's accessible name contains what is seen
   * (WCAG 2.5.3, label in name: a speech user says what they see).
   */
  label: string;
  /** The text of its toggle button beside the formula, e.g. "v velocity". */
  short: string;
  /** The exact LaTeX pieces to tag, as they appear in the engine's string (e.g. `v_t`, `v_{t-1}`). */
  tex: readonly string[];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Wraps every occurrence of each symbol's `tex` pieces in `\htmlData{sym=...}{...}`, in one pass
 * (longest piece first, so `v_{t-1}` is not read as `v_` + ...). Inside a tagged piece the other
 * symbols are tagged too (a look-ahead point `w_{t-1} - \mu\, v_{t-1}` keeps its `\mu` linked).
 * Throws if a piece does not occur: a renamed symbol in the engine must not silently unlink.
 */
export function tagSymbols(latex: string, symbols: readonly FormulaSymbol[]): string {
  for (const { sym, tex } of symbols) {
    if (!/^[a-z0-9-]+$/.test(sym)) throw new Error(`symbol name ${JSON.stringify(sym)} must be lower-case letters, digits, hyphens`);
    for (const piece of tex) {
      if (!latex.includes(piece)) throw new Error(`${JSON.stringify(piece)} (symbol ${sym}) does not occur in the formula`);
    }
  }
  return tagPass(latex, symbols);
}

function tagPass(latex: string, symbols: readonly FormulaSymbol[]): string {
  const pieces = symbols
    .flatMap(({ sym, tex }) => tex.map((piece) => ({ sym, piece })))
    .sort((a, b) => b.piece.length - a.piece.length);
  if (pieces.length === 0) return latex;
  // A command like \mu must not match the start of \mup; a letter piece like v_t must not match inside \nabla_t.
  const pattern = new RegExp(pieces.map(({ piece }) => `${/^[a-zA-Z]/.test(piece) ? '(?<![\\\\a-zA-Z])' : ''}${escapeRegExp(piece)}${/[a-zA-Z]$/.test(piece) ? '(?![a-zA-Z])' : ''}`).join('|'), 'g');
  return latex.replace(pattern, (match) => {
    const found = pieces.find(({ piece }) => piece === match);
    if (!found) return match;
    const inner = tagPass(match, symbols.filter((s) => s.sym !== found.sym));
    return String.raw`\htmlData{sym=${found.sym}}{${inner}}`;
  });
}

/** Removes every `\htmlData{sym=...}{...}` wrapper, giving back the untagged formula. */
export function untagSymbols(latex: string): string {
  const opener = /\\htmlData\{sym=[a-z0-9-]+\}\{/;
  let text = latex;
  for (let match = opener.exec(text); match; match = opener.exec(text)) {
    const start = match.index;
    const bodyStart = start + match[0].length;
    let depth = 1;
    let i = bodyStart;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
    }
    if (depth !== 0) throw new Error('unbalanced braces in a tagged formula');
    text = text.slice(0, start) + text.slice(bodyStart, i - 1) + text.slice(i);
  }
  return text;
}

/** The symbols of the momentum rule (src/engine/optim/momentum.ts), linked to what a widget draws. */
export const momentumSymbols: readonly FormulaSymbol[] = [
  { sym: 'v', label: 'v: velocity (the step taken)', short: 'v: velocity', tex: ['v_t', 'v_{t-1}'] },
  { sym: 'mu', label: 'μ: kept velocity (the momentum coefficient, how much velocity is kept)', short: 'μ: kept velocity', tex: [String.raw`\mu`] },
  { sym: 'alpha', label: 'α: gradient push (the learning rate, how hard the gradient pushes)', short: 'α: gradient push', tex: [String.raw`\alpha`] },
];

/** The symbols of the NAG rule (src/engine/optim/nag.ts). */
export const nagSymbols: readonly FormulaSymbol[] = [
  { sym: 'lookahead', label: 'w − μv: look-ahead point', short: 'w − μv: look-ahead', tex: [String.raw`w_{t-1} - \mu\, v_{t-1}`] },
  { sym: 'g', label: 'g: gradient there (at the look-ahead point)', short: 'g: gradient there', tex: ['g_t'] },
  { sym: 'v', label: 'v: velocity (the step taken)', short: 'v: velocity', tex: ['v_t', 'v_{t-1}'] },
];

/**
 * Which symbol is emphasized, from three sources kept apart: the pointer (the symbol under the
 * mouse, or null over anything else), keyboard focus (the symbol whose button or control has
 * focus) and the pinned toggle. The pointer and focus do not clear each other: a drawing redrawn
 * under a resting mouse reports "no symbol" to the pointer, and must not wipe the symbol a
 * keyboard user just tabbed to. Of the two, the one that last named a symbol wins; the pinned
 * symbol shows when neither names one.
 */
export interface SymbolEmphasis {
  pointer: string | null;
  focus: string | null;
  pinned: string | null;
  /** Which of pointer and focus named a symbol most recently. */
  last: 'pointer' | 'focus';
}

export const noEmphasis: SymbolEmphasis = { pointer: null, focus: null, pinned: null, last: 'focus' };

export type EmphasisEvent =
  | { kind: 'pointer'; sym: string | null }
  | { kind: 'focus'; sym: string | null }
  | { kind: 'pin'; sym: string | null };

export function nextEmphasis(state: SymbolEmphasis, event: EmphasisEvent): SymbolEmphasis {
  switch (event.kind) {
    case 'pointer':
      return { ...state, pointer: event.sym, last: event.sym === null ? state.last : 'pointer' };
    case 'focus':
      return { ...state, focus: event.sym, last: event.sym === null ? state.last : 'focus' };
    case 'pin':
      return { ...state, pinned: event.sym };
  }
}

export function emphasizedSymbol({ pointer, focus, pinned, last }: SymbolEmphasis): string | null {
  const live = last === 'pointer' ? (pointer ?? focus) : (focus ?? pointer);
  return live ?? pinned;
}
