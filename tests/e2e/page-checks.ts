/**
 * What a whole page is checked for: its metadata and landmarks, axe's WCAG A/AA rules, and labels
 * in its figures that collide or are cut off. The specs that check every built page import these.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

/**
 * Labels that collide or are cut off in the widgets' figures (issue #22: "1000C", an axis title on
 * a tick): in every figure shown (a Plot's SVG and any overlay drawn over it), no two text
 * elements' boxes overlap by more than `slack` px both ways, and no text reaches past its SVG's
 * box (an SVG clips what overflows it). A text element is one label (its tspans are its lines);
 * hidden frames (the other build width) and empty texts are left out. One line per problem, naming
 * the widget (data-widget#index on the page) and both labels.
 */
export async function textCollisions(page: Page, slack = 1): Promise<string[]> {
  return page.evaluate((slack) => {
    const problems: string[] = [];
    const shown = (el: Element) => {
      if (el.getClientRects().length === 0) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && Number(style.opacity) > 0;
    };
    const widgets = [...document.querySelectorAll<HTMLElement>('[data-widget]')];
    widgets.forEach((widget, index) => {
      const name = `${widget.dataset['widget']}#${index}`;
      // A figure and what is drawn over it (ScaledPlot's overlay) are one picture.
      const pictures = [
        ...widget.querySelectorAll<HTMLElement>('.scaled-plot, .plot-figure:not(.scaled-plot .plot-figure)'),
      ];
      for (const picture of pictures) {
        const labels = [...picture.querySelectorAll<SVGTextElement>('svg text')]
          .filter((text) => (text.textContent ?? '').trim() !== '' && shown(text))
          .map((text) => {
            const box = text.getBoundingClientRect();
            // The outermost SVG: the box that clips (an inner <svg> of Plot's facets sits inside it).
            let svg = text.ownerSVGElement;
            while (svg?.ownerSVGElement) svg = svg.ownerSVGElement;
            return { text: (text.textContent ?? '').trim(), box, frame: svg?.getBoundingClientRect() };
          })
          .filter(({ box }) => box.width > 0 && box.height > 0);
        for (const { text, box, frame } of labels) {
          if (!frame) continue;
          const out = Math.max(
            frame.left - box.left,
            box.right - frame.right,
            frame.top - box.top,
            box.bottom - frame.bottom,
          );
          if (out > slack)
            problems.push(`${name}: "${text}" is cut off by its figure's edge (${Math.round(out)} px past it)`);
        }
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) {
            const a = labels[i]!.box;
            const b = labels[j]!.box;
            const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (across > slack && down > slack)
              problems.push(
                `${name}: "${labels[i]!.text}" and "${labels[j]!.text}" overlap (${Math.round(across)}×${Math.round(down)} px)`,
              );
          }
        }
      }
    });
    return problems;
  }, slack);
}

/**
 * Every rule axe has for WCAG 2.0, 2.1 and 2.2 at level A or AA (wcag2a, wcag2aa, wcag21a,
 * wcag21aa, wcag22aa; axe has no wcag22a tag), read from the installed axe so a newer axe's rules
 * join with no edit here. By rule id, not by tag: `withTags` leaves out the rules axe marks
 * experimental (p-as-heading, css-orientation-lock, ...), which are WCAG rules all the same.
 */
export const axeRules = axe
  .getRules()
  .filter((rule) => rule.tags.some((tag) => /^wcag2\d?a{1,2}$/.test(tag)))
  .map((rule) => rule.ruleId);

/** Axe's violations of `rules` (every WCAG A/AA rule) on the page, or only in the elements matching `only`. */
export async function axeViolations(page: Page, only?: string, rules = axeRules): Promise<string[]> {
  // Only the violations are read: axe then details no passing node (on a chapter, thousands of
  // KaTeX spans), which its documentation gives as the option for large pages.
  const builder = new AxeBuilder({ page }).withRules(rules).options({ resultTypes: ['violations'] });
  if (only) builder.include(only);
  const results = await builder.analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 4)
        .join(', ')}`,
  );
}

/** Metadata, landmarks (one banner with the search button, one main, one contentinfo, navigation) and no KaTeX error. */
export async function expectCleanPage(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', /^(en|zh-CN)$/);
  await expect(page).toHaveTitle(/Descent/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
  await expect(page.locator('meta[name="viewport"]')).toHaveAttribute('content', /width=device-width/);
  await expect(page.locator('main#main')).toHaveCount(1);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('banner').locator('[data-search-open]')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  expect(await page.getByRole('navigation').count()).toBeGreaterThanOrEqual(1);
  await expect(page.locator('.katex-error')).toHaveCount(0);
}
