import { z } from 'astro/zod';

/** A chapter slug: lower-case words joined by hyphens, as in the file name. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const chapterSchema = z
  .object({
    /** The chapter's title, shown in the navigation and as the page's <h1>. */
    title: z.string().min(1),
    /** One or two sentences; the page's meta description and the blurb on the home page. */
    description: z.string().min(10).max(300),
    /** Position in the course; unique across chapters. */
    order: z.number().int().nonnegative(),
    /** What the reader will be able to do after the chapter. */
    objectives: z.array(z.string().min(1)).min(1),
    /** Slugs of chapters to read first; each must exist. */
    prerequisites: z.array(z.string().regex(slugPattern, 'must be a chapter slug like "gradient-descent"')).default([]),
    /** A draft is built in `npm run dev` only. */
    draft: z.boolean().default(false),
  })
  .strict();

export type ChapterData = z.infer<typeof chapterSchema>;
