/**
 * `npm run docs:props`                  every component's props table (with its summary and MDX
 *                                       example) as Markdown, on stdout
 * `npm run docs:props -- Quiz Race`     those components only
 * `npm run docs:props -- --index`       rewrites the component index of AUTHORING.md from
 *                                       components/registry.ts (after adding or renaming one)
 *
 * The same tables are on the site, a page per component (/authoring/components/<name>/). The
 * registry finds widgets with Vite's import.meta.glob, so the generator (src/authoring/
 * component-docs.ts) is loaded through Vite's module runner rather than imported by Node.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

type Docs = typeof import('../src/authoring/component-docs.ts');

const { module: docs } = await runnerImport<Docs>('./src/authoring/component-docs.ts', {
  configFile: false,
  logLevel: 'error',
});
const args = process.argv.slice(2);

if (args.includes('--index')) {
  const file = 'AUTHORING.md';
  const before = readFileSync(file, 'utf8');
  const after = docs.withFreshIndex(before);
  if (after !== before) writeFileSync(file, after);
  console.log(after === before ? `${file}: the component index is up to date.` : `${file}: component index rewritten.`);
} else {
  try {
    console.log(docs.componentsNamed(args).map(docs.componentMarkdown).join('\n\n'));
  } catch (error) {
    console.error(`docs:props: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
