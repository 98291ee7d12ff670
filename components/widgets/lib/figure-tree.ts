/**
 * A drawn figure as plain data, for a figure worker to post to the page (figure-client.ts): the
 * worker turns its figure into a tree of tags, attributes and text (`toTree`), the page builds the
 * same elements with the DOM (`buildNodes`). No markup is parsed on the page, so no text a reader
 * typed into a widget (a rule, a surface, which can reach a figure's labels) can become an element.
 */
export type FigureNode = string | { tag: string; attributes: [name: string, value: string][]; children: FigureNode[] };

const svgNamespace = 'http://www.w3.org/2000/svg';

/** `element` and what it holds, each attribute value passed through `value` (ids renamed, say). */
export function toTree(element: Element, value: (text: string) => string = (text) => text): FigureNode {
  const children: FigureNode[] = [];
  for (const child of element.childNodes) {
    if (child.nodeType === 1) children.push(toTree(child as Element, value));
    else if (child.nodeType === 3) children.push(child.textContent ?? '');
  }
  const attributes = [...element.attributes].map((a): [string, string] => [a.name, value(a.value)]);
  return { tag: element.localName, attributes, children };
}

/**
 * The nodes of `trees`, made in `document`: an <svg> and what it holds in SVG's namespace, the rest
 * as HTML. Attributes that would be event handlers (on…) are left out; Plot writes none.
 */
export function buildNodes(trees: readonly FigureNode[], document: Document, inSvg = false): Node[] {
  return trees.map((tree) => {
    if (typeof tree === 'string') return document.createTextNode(tree);
    const svg = inSvg || tree.tag === 'svg';
    const element = svg ? document.createElementNS(svgNamespace, tree.tag) : document.createElement(tree.tag);
    for (const [name, value] of tree.attributes) if (!/^on/i.test(name)) element.setAttribute(name, value);
    element.append(...buildNodes(tree.children, document, svg));
    return element;
  });
}
