import { z } from 'astro/zod';
import { inlineMathProblem } from '../typeset/katex.ts';
import { mathEscapeProblem } from '../typeset/math-escapes.ts';

/** A chapter slug: lower-case words joined by hyphens, as in the file name. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A line of text that may contain inline math ($...$), checked with KaTeX so bad LaTeX names the file and field. */
const mathText = z.string().min(1).superRefine((text, ctx) => {
  const problem = inlineMathProblem(text) ?? mathEscapeProblem(text, 'frontmatter');
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * A chapter's frontmatter. The `.describe()` texts feed the frontmatter table of the author
 * guide (/authoring/).
 */
export const chapterSchema = z
  .object({
    title: z.string().min(1).describe("The chapter's title, shown in the navigation and as the page's heading."),
    description: z.string().min(10).max(300).describe("One or two sentences: the page's lead, meta description and blurb on the home page."),
    order: z.number().int().nonnegative().describe('Position in the course (0 is the introduction); unique across chapters, the same in every language (npm run chapters:renumber).'),
    objectives: z.array(mathText).min(1).describe('What the reader will be able to do after the chapter; <Objectives /> lists them. Inline $...$ math works.'),
    prerequisites: z
      .array(z.string().regex(slugPattern, 'must be a chapter slug like "gradient-descent"'))
      .default([])
      .describe('Slugs of chapters to read first (file names without .mdx); each must exist, with no cycles.'),
    draft: z
      .boolean()
      .default(false)
      .describe('A draft is built in `npm run dev` only, and left out of the production build, in every language (a draft translation hides the chapter too).'),
  })
  .strict();

export type ChapterData = z.infer<typeof chapterSchema>;
