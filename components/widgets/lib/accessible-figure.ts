/**
 * Makes a drawn figure one accessible image: the container (role="img") carries the name, and a
 * hidden paragraph the description, both taken from the chart's own aria-label/aria-description
 * (see basePlotOptions). Plot's per-mark aria-labels on <g> elements become data-mark: a <g> has
 * no role that allows a name, so axe reports them, and inside an image they are never read anyway.
 */
export function toAccessibleFigure(figure: Element, descriptionId: string): Element[] {
  const description = figure.getAttribute('aria-description') ?? '';
  dropPlotStyle(figure);
  for (const element of [figure, ...figure.querySelectorAll('[aria-label], [aria-description], [aria-hidden]')]) {
    // Keep the mark's kind ("line", "dot", "contour") as a plain data attribute for styles and tests.
    const mark = element.getAttribute('aria-label');
    if (mark !== null && element !== figure) element.setAttribute('data-mark', mark);
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
    element.removeAttribute('aria-hidden');
  }
  figure.setAttribute('aria-hidden', 'true');
  const paragraph = figure.ownerDocument.createElement('p');
  paragraph.id = descriptionId;
  paragraph.className = 'visually-hidden';
  paragraph.textContent = description;
  return [figure, paragraph];
}

/**
 * Removes Plot's own <style> element: its rules are in widgets.css, and inserting a style element
 * with each redraw made the browser restyle the whole page. The paths are left as Plot wrote them:
 * a build's frames are thinned before this (static-frame.ts), and a figure drawn in the browser is
 * never sent. Rewriting their text in script (dropping the points of a contour band's straight
 * runs, rounding to tenths) was a quarter of a redraw of MomentumRates' rate map in a CPU profile
 * at 4x (145 of 632 ms over three κ keys), for text the browser then parses in native code anyway.
 */
function dropPlotStyle(figure: Element): void {
  for (const style of figure.querySelectorAll('style')) style.remove();
}
