import { didYouMean } from './problem.ts';

/** What the cross-chapter checks need to know about one chapter. */
export interface ChapterRef {
  id: string;
  file: string;
  order: number;
  prerequisites: readonly string[];
  /** Where each field is written (`file:line:column`), to point at it; `file` when not given. */
  where?: { order?: string; prerequisites?: string };
}

/**
 * Checks that hold across chapters, which a per-file schema cannot see: `order` is unique,
 * every prerequisite names an existing chapter, and prerequisites form no cycle.
 * Returns readable problems, each naming the file; an empty list means the course is sound.
 * `fallback` holds slugs that exist in the default language only: a translated chapter may name
 * one as a prerequisite (its link then leads to the English chapter).
 */
export function validateChapters(chapters: readonly ChapterRef[], fallback: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  const byId = new Map(chapters.map((c) => [c.id, c]));

  const byOrder = new Map<number, ChapterRef>();
  for (const chapter of chapters) {
    const other = byOrder.get(chapter.order);
    if (other) {
      problems.push(
        `${chapter.where?.order ?? chapter.file}: order ${chapter.order} is already used by ${other.file}; each chapter needs its own order (npm run chapters:renumber renumbers them all).`,
      );
    } else {
      byOrder.set(chapter.order, chapter);
    }
  }

  for (const chapter of chapters) {
    for (const prerequisite of chapter.prerequisites) {
      if (prerequisite === chapter.id) {
        problems.push(`${chapter.where?.prerequisites ?? chapter.file}: prerequisites lists the chapter itself ("${prerequisite}"); remove it.`);
      } else if (!byId.has(prerequisite) && !fallback.has(prerequisite)) {
        const known = [...byId.keys()].sort();
        const guess = didYouMean(prerequisite, known, (s) => `"${s}"`);
        problems.push(`${chapter.where?.prerequisites ?? chapter.file}: prerequisite "${prerequisite}" is not a chapter.${guess || ` Chapters: ${known.join(', ')}.`}`);
      }
    }
  }

  // Depth-first search for a cycle; report each cycle once, as a path of slugs.
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of byId.get(id)?.prerequisites ?? []) {
      if (!byId.has(next) || next === id) continue;
      if (state.get(next) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        const first = byId.get(next);
        problems.push(`${first?.where?.prerequisites ?? first?.file ?? next}: prerequisites form a cycle: ${cycle.join(' -> ')}; remove one of them.`);
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const chapter of chapters) if (!state.has(chapter.id)) visit(chapter.id);

  return problems;
}
