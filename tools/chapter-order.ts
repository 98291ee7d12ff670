/**
 * The logic behind `npm run chapters:renumber` (tools/renumber.ts): the course's order as one
 * list of slugs, shared by every language, renumbered 0, 1, 2, ... and written into the `order:`
 * line of every language's file of each chapter. Plain TypeScript that Node runs as it is.
 */
import { frontmatterOf, orderOf } from './scaffold.ts';

/** One chapter file: its slug, whether it is the English one, and its text. */
export interface OrderedFile {
  slug: string;
  english: boolean;
  text: string;
}

/**
 * The course's slugs in order: by each chapter's English `order` (a chapter that exists only in a
 * translation uses that file's order), then by slug for ties. With `move`, that slug is taken out
 * and put at position `move.to` (0 is the first).
 */
export function courseOrder(files: readonly OrderedFile[], move?: { slug: string; to: number }): string[] {
  const orders = new Map<string, number>();
  for (const file of files) {
    const order = orderOf(file.text) ?? Number.MAX_SAFE_INTEGER;
    if (file.english || !orders.has(file.slug)) orders.set(file.slug, order);
  }
  const slugs = [...orders.keys()].sort((a, b) => (orders.get(a) ?? 0) - (orders.get(b) ?? 0) || a.localeCompare(b));
  if (!move) return slugs;
  const rest = slugs.filter((s) => s !== move.slug);
  rest.splice(Math.max(0, Math.min(move.to, rest.length)), 0, move.slug);
  return rest;
}

/** The text with its frontmatter's `order:` set (keeping a comment after it), or null if it has none. */
export function withOrder(text: string, order: number): string | null {
  const front = frontmatterOf(text);
  if (front === null || !/^order:/m.test(front)) return null;
  const changed = front.replace(
    /^order:[^\S\n]*[^#\n]*?([^\S\n]*#.*)?$/m,
    (_, comment: string | undefined) => `order: ${order}${comment ?? ''}`,
  );
  return text.replace(front, changed);
}
