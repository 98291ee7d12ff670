import type { ComponentChildren } from 'preact';
import { useReducer } from 'preact/hooks';
import { defineStrings, useStrings } from './i18n.tsx';
import { emphasizedSymbol, nextEmphasis, noEmphasis } from './linked-formula.ts';

/** Symbol names and button texts by `sym`, overriding linked-formula.ts's English ones. */
type SymbolTexts = Readonly<Record<string, { label: string; short: string } | undefined>>;
const noSymbols: SymbolTexts = {};

const strings = defineStrings({
  en: {
    links: 'Show what a symbol draws',
    emphasize: (label: string) => `Emphasize ${label} in the figure`,
    symbols: noSymbols,
  },
  'zh-cn': {
    links: '查看各符号在图中画的是什么',
    // A space before a Latin symbol ("突出显示 v，即速度"), none before Chinese text.
    emphasize: (label: string) => `在图中突出显示${/^[\p{Script=Han}“（]/u.test(label) ? '' : ' '}${label}`,
    // The momentum and NAG symbols (linked-formula.ts), by `sym`.
    symbols: {
      // Each label contains its button's visible text, so the accessible name matches what is seen.
      v: { label: 'v：速度（实际迈出的一步）', short: 'v：速度' },
      mu: { label: 'μ：保留的速度（动量系数，决定保留多少速度）', short: 'μ：保留的速度' },
      alpha: { label: 'α：梯度推力（学习率，决定梯度推得多用力）', short: 'α：梯度推力' },
      lookahead: { label: 'w − μv：前瞻点', short: 'w − μv：前瞻点' },
      g: { label: 'g：那里的梯度（前瞻点处的梯度）', short: 'g：那里的梯度' },
    } satisfies SymbolTexts,
  },
});

export interface LinkedSymbol {
  sym: string;
  label: string;
  short: string;
}

/**
 * Which formula symbol is emphasized now: the one under the mouse or focused (in the formula, on
 * its button, on its drawing or on its control), else the one pinned with its toggle button. The
 * rule, which keeps pointer and focus from clearing each other, is `nextEmphasis` in
 * linked-formula.ts.
 */
export function useSymbolLink() {
  const [state, dispatch] = useReducer(nextEmphasis, noEmphasis);
  const emphasized = emphasizedSymbol(state);
  const pinned = state.pinned;
  /** The symbol under the mouse, or null when the mouse is over no symbol. */
  const setHovered = (sym: string | null) => dispatch({ kind: 'pointer', sym });
  const setFocused = (sym: string | null) => dispatch({ kind: 'focus', sym });
  const setPinned = (sym: string | null) => dispatch({ kind: 'pin', sym });
  /** Props that make an element (a control's wrapper, a drawing layer) emphasize `sym` while hovered or focused. */
  const linkProps = (sym: string) => ({
    'data-link': sym,
    'data-emphasized': emphasized === sym ? 'true' : undefined,
    onMouseEnter: () => setHovered(sym),
    onMouseLeave: () => setHovered(null),
    onFocusIn: () => setFocused(sym),
    onFocusOut: () => setFocused(null),
  });
  return { emphasized, setHovered, setFocused, pinned, setPinned, linkProps } as const;
}

interface Props {
  /**
   * The rule rendered at build time with tagged symbols (linked-formula-render.ts), passed down
   * from the widget's Astro file as the island's child: Astro ships a slot once, in the page,
   * while a prop would be serialized into the island a second time (10 KB of KaTeX HTML).
   */
  children: ComponentChildren;
  symbols: readonly LinkedSymbol[];
  link: ReturnType<typeof useSymbolLink>;
  /** Accessible name of the formula, e.g. "Momentum update rule". */
  label: string;
}

/**
 * An optimizer's rule whose symbols are linked to a drawing: hovering or tapping a symbol, or
 * focusing or pressing its button, emphasizes what it draws (the widget reads `link.emphasized`).
 */
export function LinkedFormula({ children, symbols, link, label }: Props) {
  const t = useStrings(strings);
  const symAt = (target: EventTarget | null): string | null => {
    const element = target instanceof Element ? target.closest('[data-sym]') : null;
    return element?.getAttribute('data-sym') ?? null;
  };
  return (
    <div class="linked-formula" data-emph={link.emphasized ?? undefined}>
      <div
        class="linked-formula__math"
        role="group"
        aria-label={label}
        onMouseOver={(event) => link.setHovered(symAt(event.target))}
        onMouseLeave={() => link.setHovered(null)}
        onClick={(event) => {
          const sym = symAt(event.target);
          if (sym) link.setPinned(link.pinned === sym ? null : sym);
        }}
      >
        {children}
      </div>
      <div class="linked-formula__links" role="group" aria-label={t.links}>
        {symbols.map((s) => (
          <button
            type="button"
            key={s.sym}
            class="button linked-formula__link"
            data-sym-button={s.sym}
            aria-pressed={link.pinned === s.sym}
            aria-label={t.emphasize(t.symbols[s.sym]?.label ?? s.label)}
            onClick={() => link.setPinned(link.pinned === s.sym ? null : s.sym)}
            onMouseEnter={() => link.setHovered(s.sym)}
            onMouseLeave={() => link.setHovered(null)}
            onFocus={() => link.setFocused(s.sym)}
            onBlur={() => link.setFocused(null)}
          >
            {t.symbols[s.sym]?.short ?? s.short}
          </button>
        ))}
      </div>
    </div>
  );
}
