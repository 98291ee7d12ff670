/**
 * The logic behind `npm run new:chapter -- "Title"` (tools/new-chapter.ts): a slug from a title,
 * the next free `order`, and the text of a new chapter that builds as it is. Plain TypeScript
 * that Node runs with type stripping, so no enums, no parameter properties, `.ts` imports.
 */

/** Letters that Unicode normalization does not split into a base letter and an accent. */
const foldings: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * A chapter slug from its title: lower case, accents removed, apostrophes dropped, every other
 * run of punctuation or space turned into one hyphen. "Adam's rule: Kingma & Ba" gives
 * "adams-rule-kingma-and-ba". Returns "" when the title has no Latin letter or digit.
 */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => foldings[c] ?? c)
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The same pattern as src/authoring/chapter-schema.ts (a chapter's file name). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The frontmatter block of an MDX file (between the opening and closing `---`), or null. */
export function frontmatterOf(text: string): string | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/.exec(text);
  return match ? (match[1] ?? '') : null;
}

/** A chapter's `order` from its file text, or null when it has none or it is not an integer. */
export function orderOf(text: string): number | null {
  const front = frontmatterOf(text);
  if (front === null) return null;
  const match = /^order:\s*(-?\d+)\s*(?:#.*)?$/m.exec(front);
  return match ? Number(match[1]) : null;
}

/** The next free order: one more than the largest in use (0 for the first chapter). */
export function nextOrder(orders: readonly (number | null)[]): number {
  const used = orders.filter((o): o is number => o !== null && Number.isInteger(o));
  return used.length === 0 ? 0 : Math.max(...used) + 1;
}

/** Why a new chapter cannot be created with this title and slug, or null when it can. */
export function refusal(title: string, slug: string, existing: readonly string[]): string | null {
  if (title.trim() === '') return 'Give the chapter a title: npm run new:chapter -- "Learning Rate Schedules"';
  if (slug === '') {
    return `The title "${title}" has no Latin letter or digit to make a file name from. Choose one: npm run new:chapter -- "${title}" --slug my-chapter`;
  }
  if (!slugPattern.test(slug))
    return `"${slug}" is not a valid slug: use lower-case letters, digits and single hyphens, like "learning-rate-schedules".`;
  if (existing.includes(slug)) {
    return `content/chapters/${slug}.mdx already exists. Pick another title, or another slug with --slug.`;
  }
  return null;
}

/** Placeholder description: valid (10 to 300 characters) so the chapter builds, but to be rewritten. */
export const placeholderDescription =
  'TODO: one or two sentences saying what this chapter teaches; shown under the title and on the home page.';

/**
 * The text of a new chapter in the course's rhythm (Objectives, the idea, a Figure with a formula
 * beside a widget, TryThis, Pitfall, Recap, Check yourself, References). It is a draft
 * (`draft: true`): it appears in `npm run dev` at once, and the production build leaves it out, so
 * its TODOs are never published. Set `draft: false` when every TODO is written; until then a
 * production build fails on each TODO left, at its line.
 */
export function chapterTemplate(title: string, order: number, slug: string): string {
  const quizPrefix = slug.slice(0, 40).replace(/-+$/, '');
  return `---
title: ${JSON.stringify(title.trim())}
description: ${JSON.stringify(placeholderDescription)}
order: ${order}
objectives:
  - "TODO: what the reader will be able to do after this chapter, one line each."
  - "TODO: a second objective."
prerequisites: [] # slugs of chapters to read first, e.g. [gradient-descent]
draft: true # shown in npm run dev only; set false to publish, once no TODO is left
---

<Objectives />

## The idea

TODO: explain the idea in plain words first, then with a formula. Inline math is written
\`$\\alpha$\` and gives $\\alpha$; display math goes between two \`$$\` lines, as below. The author
guide (/authoring/ on the site, AUTHORING.md in the repository) lists every component.

<Figure caption="TODO: one sentence saying what to look at in the widget.">

$$
w_{t+1} = w_t - \\alpha \\, \\frac{dL}{dw}(w_t)
$$

TODO: a sentence or two about the formula, naming each symbol.

<GdParabola id="${quizPrefix}-gd" />

</Figure>

<TryThis>

- TODO: something to do with the widget, and what the reader should notice.
- TODO: a second experiment.

</TryThis>

<Pitfall>

TODO: a common mistake and how to avoid it.

</Pitfall>

<Recap>

- TODO: the first key point.
- TODO: the second key point.

</Recap>

## Check yourself

<Quiz id="${quizPrefix}-q1" question="TODO: a multiple-choice question?" choices={["TODO: the right answer", "TODO: a tempting wrong answer"]} answer={0}>

TODO: why the right answer is right, and why the other is tempting.

</Quiz>

<Quiz id="${quizPrefix}-q2" question="TODO: a question whose answer is revealed on request?">

TODO: the answer.

</Quiz>

## References

1. TODO: authors, "Title", venue, year.
`;
}
