import { describe, expect, it } from 'vitest';
import { emphasizedSymbol, momentumSymbols, nagSymbols, nextEmphasis, noEmphasis, tagSymbols, untagSymbols, type EmphasisEvent } from '../../../../components/widgets/lib/linked-formula.ts';
import { optimizerLatex } from '../../../../src/engine/optim/index.ts';
import { renderLinkedFormula } from '../../../../components/widgets/lib/linked-formula-render.ts';

describe('tagSymbols', () => {
  it('tags the momentum rule exactly as expected', () => {
    const tagged = tagSymbols(optimizerLatex.momentum, momentumSymbols);
    expect(tagged).toContain(String.raw`\htmlData{sym=v}{v_t} &= \htmlData{sym=mu}{\mu}\, \htmlData{sym=v}{v_{t-1}} + \htmlData{sym=alpha}{\alpha}\, g_t`);
    expect(tagged).toContain(String.raw`w_t &= w_{t-1} - \htmlData{sym=v}{v_t}`);
  });

  it('gives back the engine string when the tags are removed', () => {
    expect(untagSymbols(tagSymbols(optimizerLatex.momentum, momentumSymbols))).toBe(optimizerLatex.momentum);
    expect(untagSymbols(tagSymbols(optimizerLatex.nag, nagSymbols))).toBe(optimizerLatex.nag);
  });

  it('nests: the look-ahead point keeps its v linked', () => {
    const tagged = tagSymbols(optimizerLatex.nag, nagSymbols);
    expect(tagged).toContain(String.raw`\nabla L(\htmlData{sym=lookahead}{w_{t-1} - \mu\, \htmlData{sym=v}{v_{t-1}}})`);
  });

  it('does not match inside longer commands or names', () => {
    const symbols = [{ sym: 'mu', label: 'mu', short: 'mu', tex: [String.raw`\mu`] }];
    expect(tagSymbols(String.raw`\mu + \mathrm{x}`, symbols)).toBe(String.raw`\htmlData{sym=mu}{\mu} + \mathrm{x}`);
    expect(tagSymbols(String.raw`\mu+\mu`, symbols)).toBe(String.raw`\htmlData{sym=mu}{\mu}+\htmlData{sym=mu}{\mu}`);
  });

  it('throws when a symbol is missing from the formula or badly named', () => {
    expect(() => tagSymbols(optimizerLatex.sgd, momentumSymbols)).toThrow(/does not occur/);
    expect(() => tagSymbols('x', [{ sym: 'Bad Name', label: '', short: '', tex: ['x'] }])).toThrow(/symbol name/);
  });

  it('renders with the course KaTeX options into data-sym spans', () => {
    const html = renderLinkedFormula(optimizerLatex.nag, nagSymbols);
    expect(html.match(/data-sym="v"/g)?.length).toBe(4);
    expect(html).toContain('data-sym="lookahead"');
    expect(html).toContain('data-sym="g"');
  });

  it('keeps KaTeX strict for everything but the HTML extension', () => {
    expect(() => renderLinkedFormula(String.raw`\mu é`, momentumSymbols.slice(1, 2))).toThrow(/strict/);
  });
});

describe('which symbol is emphasized', () => {
  const after = (...events: EmphasisEvent[]) => emphasizedSymbol(events.reduce(nextEmphasis, noEmphasis));

  it('shows nothing at first, the pinned symbol when nothing is hovered or focused', () => {
    expect(after()).toBeNull();
    expect(after({ kind: 'pin', sym: 'v' })).toBe('v');
    expect(after({ kind: 'pin', sym: 'v' }, { kind: 'focus', sym: 'mu' }, { kind: 'focus', sym: null })).toBe('v');
  });

  it('follows focus from button to button (blur, then focus)', () => {
    expect(after({ kind: 'focus', sym: 'lookahead' }, { kind: 'focus', sym: null }, { kind: 'focus', sym: 'g' })).toBe('g');
  });

  it('keeps the focused symbol when the mouse reports no symbol (a drawing redrawn under a resting mouse)', () => {
    expect(after({ kind: 'focus', sym: 'g' }, { kind: 'pointer', sym: null })).toBe('g');
    expect(after({ kind: 'pointer', sym: 'v' }, { kind: 'focus', sym: 'g' }, { kind: 'pointer', sym: null })).toBe('g');
  });

  it('lets whichever of mouse and focus named a symbol last win, and falls back to the other', () => {
    expect(after({ kind: 'focus', sym: 'g' }, { kind: 'pointer', sym: 'v' })).toBe('v');
    expect(after({ kind: 'focus', sym: 'g' }, { kind: 'pointer', sym: 'v' }, { kind: 'pointer', sym: null })).toBe('g');
    expect(after({ kind: 'pointer', sym: 'v' }, { kind: 'focus', sym: 'g' })).toBe('g');
    expect(after({ kind: 'pointer', sym: 'v' }, { kind: 'focus', sym: 'g' }, { kind: 'focus', sym: null })).toBe('v');
  });
});

describe('symbol labels', () => {
  // WCAG 2.5.3 (label in name): a button's accessible name, built from `label`, must contain its
  // visible text, `short`, or a speech-input user saying what they see does not reach it.
  it.each([...momentumSymbols, ...nagSymbols].map((s) => [s.sym, s] as const))('%s: the label starts with the visible text', (_, symbol) => {
    expect(symbol.label.startsWith(symbol.short)).toBe(true);
  });
});
