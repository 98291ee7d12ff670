/**
 * `npm run chapters:renumber` renumbers every chapter 0, 1, 2, ... in course order, in every
 * language at once (a translation takes its English chapter's order), and prints the order.
 * `npm run chapters:renumber -- <slug> <position>` first moves that chapter to the position
 * (0 is the first), e.g. `-- learning-rate-warm-up 4` puts it fifth and shifts the rest.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { courseOrder, withOrder, type OrderedFile } from './chapter-order.ts';

const dir = path.resolve('content/chapters');
const [slugArg, positionArg] = process.argv.slice(2);
const entries = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((name) => ({
    name,
    slug: path.basename(name, '.mdx'),
    english: !name.includes(path.sep),
    text: readFileSync(path.join(dir, name), 'utf8'),
  }));

let move: { slug: string; to: number } | undefined;
if (slugArg !== undefined) {
  const to = Number(positionArg);
  if (!entries.some((e) => e.slug === slugArg) || !Number.isInteger(to) || to < 0) {
    console.error(
      `chapters:renumber: usage: npm run chapters:renumber -- <slug> <position>, with a chapter's slug and a position from 0 (got "${slugArg}" "${positionArg ?? ''}").`,
    );
    process.exit(1);
  }
  move = { slug: slugArg, to };
}

const order = courseOrder(entries satisfies OrderedFile[], move);
let changed = 0;
for (const entry of entries) {
  const text = withOrder(entry.text, order.indexOf(entry.slug));
  if (text === null) {
    console.error(`chapters:renumber: content/chapters/${entry.name} has no order: line; left as it is.`);
  } else if (text !== entry.text) {
    writeFileSync(path.join(dir, entry.name), text);
    changed++;
  }
}
console.log(order.map((slug, i) => `${i} ${slug}`).join('\n'));
console.log(`${changed} file${changed === 1 ? '' : 's'} changed.`);
