/**
 * `npm run new:chapter -- "Learning Rate Schedules" [--slug lr-schedules]`
 *
 * Creates content/chapters/<slug>.mdx (relative to the current directory, the project root) with
 * valid frontmatter (the next free `order`) and the course's standard sections. It is a draft:
 * it builds as it is and appears in `npm run dev` at once, and a production build publishes
 * nothing of it until `draft: false`; the TODOs say what to write.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chapterTemplate, nextOrder, orderOf, refusal, slugify } from './scaffold.ts';

const args = process.argv.slice(2);
const slugFlag = args.indexOf('--slug');
const explicitSlug = slugFlag >= 0 ? (args[slugFlag + 1] ?? '') : undefined;
const title = args.filter((_, i) => slugFlag < 0 || (i !== slugFlag && i !== slugFlag + 1)).join(' ');

const dir = path.resolve('content/chapters');
mkdirSync(dir, { recursive: true });
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
const slug = explicitSlug ?? slugify(title);

const problem = refusal(
  title,
  slug,
  files.map((f) => f.slice(0, -'.mdx'.length)),
);
if (problem !== null) {
  console.error(`new:chapter: ${problem}`);
  process.exit(1);
}

const order = nextOrder(files.map((f) => orderOf(readFileSync(path.join(dir, f), 'utf8'))));
const file = path.join(dir, `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`new:chapter: ${path.relative(process.cwd(), file)} already exists.`);
  process.exit(1);
}
writeFileSync(file, chapterTemplate(title, order, slug), { flag: 'wx' });

const rel = path.relative(process.cwd(), file);
console.log(`Created ${rel} (order ${order}).
Next:
  1. npm run dev, then open http://localhost:4321/chapters/${slug}/
  2. Replace every TODO (the description in the frontmatter too), and list prerequisites by slug.
  3. When no TODO is left, set draft: false to publish it (a production build fails on a TODO left).
  4. npm test before you commit. The author guide is at /authoring/ (and AUTHORING.md).`);
