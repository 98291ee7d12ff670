import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './authoring/chapter-schema.ts';

/**
 * Chapters are `content/chapters/<slug>.mdx` (English) and `content/chapters/<locale>/<slug>.mdx`
 * (translations, see src/i18n/locales.ts). The schema checks each file's frontmatter on its
 * own (Astro names the file and the field on failure); checks across chapters (unique `order`,
 * prerequisites that exist, no cycles) run in src/site/course/chapters.ts when pages are built.
 */
const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/chapters' }),
  schema: chapterSchema,
});

export const collections = { chapters };
