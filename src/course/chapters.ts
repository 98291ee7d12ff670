import { getCollection, type CollectionEntry } from 'astro:content';
import { validateChapters } from './validate.ts';

export type Chapter = CollectionEntry<'chapters'>;

let cached: Promise<Chapter[]> | undefined;

/**
 * Every published chapter, in course order. Fails the build, naming the files, when the
 * chapters disagree with each other (see validate.ts). Drafts appear only in `npm run dev`.
 */
export function getChapters(): Promise<Chapter[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  const problems = validateChapters(
    all.map((c) => ({
      id: c.id,
      file: c.filePath ?? `content/chapters/${c.id}.mdx`,
      order: c.data.order,
      prerequisites: c.data.prerequisites,
    })),
  );
  if (problems.length > 0) throw new Error(`The chapters do not fit together:\n  ${problems.join('\n  ')}`);
  return all.filter((c) => import.meta.env.DEV || !c.data.draft).sort((a, b) => a.data.order - b.data.order);
}
