import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);

/** The documents that send readers to source files: the repository's docs and the site's author guide. */
const documents = [
  'README.md',
  'CONTRIBUTING.md',
  'AUTHORING.md',
  'src/pages/authoring.astro',
  'src/pages/zh-cn/authoring.astro',
  'src/site/views/authoring-strings.ts',
];

/** Paths the guide names as examples of what a command creates, not as files of the project. */
const examples = new Set([
  'content/chapters/learning-rate-schedules.mdx',
  'tests/unit/widgets/lib/loss-chart.test.ts', // CONTRIBUTING's example of where a test goes
]);

/**
 * Every project path these documents name, from the top-level folders down. A path that goes on
 * with a placeholder (`components/widgets/<Name>/`, `&lt;slug&gt;`) is left out.
 */
function pathsIn(text: string): string[] {
  // The next character is captured, not looked ahead at: a lookahead would let the path backtrack
  // to a shorter match (`src/pages/` of `src/pages/<prefix>/`).
  const found = text.matchAll(/(?<![\w/.-])((?:src|components|content|tests|tools|bench|docs)\/[\w./-]*)(.?)/g);
  return (
    [...found]
      // A folder followed by `<` or `&lt;` goes on with a placeholder; a `<` after a file ends its <code>.
      .filter((m) => !(m[1]?.endsWith('/') && ['<', '&'].includes(m[2] ?? '')) && m[2] !== '*')
      .map((m) => (m[1] ?? '').replace(/[.,]+$/, ''))
      .filter((p) => !examples.has(p))
  );
}

describe('paths named in the docs and the author guide', () => {
  it.each(documents)('%s names only files and folders that exist', (document) => {
    const paths = pathsIn(readFileSync(new URL(document, root), 'utf8'));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !existsSync(new URL(p, root)))).toEqual([]);
  });

  it('reads paths out of Markdown and HTML, leaving placeholders and examples out', () => {
    expect(pathsIn('See `src/typeset/katex.ts`, <code>src/i18n/ui.ts</code> and (components/registry.ts).')).toEqual([
      'src/typeset/katex.ts',
      'src/i18n/ui.ts',
      'components/registry.ts',
    ]);
    expect(pathsIn('`components/widgets/<Name>/` and content/chapters/&lt;slug&gt;.mdx')).toEqual([]);
    expect(pathsIn('`content/chapters/learning-rate-schedules.mdx`')).toEqual([]);
  });
});
