import type { ChapterSource } from '../../../src/authoring/chapter-source.ts';
import { parseBody } from '../../../src/authoring/chapter-source.ts';
import type { Locale } from '../../../src/i18n/locales.ts';

/** A chapter as the checks read it, from its frontmatter fields and body (the body starts on line 6). */
export function fixture(
  slug: string,
  data: Record<string, unknown>,
  body = 'Text.\n',
  locale: Locale = 'en',
): ChapterSource {
  const front = Object.entries({ title: 'T', ...data })
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n');
  const text = `---\n${front}\n---\n\n${body}`;
  const folder = locale === 'en' ? '' : `${locale}/`;
  return {
    file: `content/chapters/${folder}${slug}.mdx`,
    locale,
    slug,
    text,
    data: { title: 'T', ...data },
    tree: parseBody(text),
  };
}
