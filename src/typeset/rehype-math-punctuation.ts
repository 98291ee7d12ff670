import type { Element, ElementContent, Root, Text } from 'hast';

/** Punctuation that must not start a line (closing) or end one (opening), in Chinese and English. */
const closing = /^[，。、；：！？）」』”’》〉…,.;:!?)\]]+/;
const opening = /[（「『“‘《〈([]+$/;

const isInlineMath = (node: ElementContent | undefined): boolean =>
  node?.type === 'element' &&
  Array.isArray(node.properties['className']) &&
  node.properties['className'].includes('katex') &&
  !node.properties['className'].includes('katex-display');

/**
 * Keeps inline math and the punctuation that touches it on one line. A KaTeX formula is an
 * inline box, and browsers may break a line right after it, so "$x$，" can leave "，" at the
 * start of the next line, which Chinese typesetting never allows (and "(" alone at a line end
 * looks as wrong). This wraps each formula with its touching punctuation in a
 * `<span class="math-nowrap">` (white-space: nowrap). Place it after rehype-katex.
 */
export function rehypeMathPunctuation() {
  return (tree: Root) => {
    const visit = (parent: Root | Element) => {
      const children = parent.children as ElementContent[];
      for (let i = 0; i < children.length; i++) {
        const node = children[i];
        if (node && isInlineMath(node)) {
          const before = children[i - 1];
          const after = children[i + 1];
          const lead = before?.type === 'text' ? (opening.exec(before.value)?.[0] ?? '') : '';
          const tail = after?.type === 'text' ? (closing.exec(after.value)?.[0] ?? '') : '';
          if (lead === '' && tail === '') continue;
          const wrapped: ElementContent[] = [];
          if (lead) wrapped.push({ type: 'text', value: lead });
          wrapped.push(node);
          if (tail) wrapped.push({ type: 'text', value: tail });
          const span: Element = { type: 'element', tagName: 'span', properties: { className: ['math-nowrap'] }, children: wrapped };
          let start = i;
          let count = 1;
          if (tail) {
            const rest = (after as Text).value.slice(tail.length);
            if (rest) (after as Text).value = rest;
            else count++;
          }
          if (lead) {
            const rest = (before as Text).value.slice(0, -lead.length);
            if (rest) (before as Text).value = rest;
            else {
              start--;
              count++;
            }
          }
          children.splice(start, count, span);
          i = start;
        } else if (node?.type === 'element') {
          visit(node);
        }
      }
    };
    visit(tree);
  };
}
