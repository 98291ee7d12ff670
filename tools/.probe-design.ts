import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4415/' + (process.argv[3] ?? ''));
const out = await p.evaluate(async (q) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ excerptLength: 24 });
  await pf.init();
  const r = await pf.search(q);
  const d = await Promise.all(r.results.slice(0, 4).map((x: any) => x.data()));
  return { n: r.results.length, d: d.map((x: any) => ({ url: x.url, excerpt: x.excerpt, sub: x.sub_results?.slice(0, 2).map((s: any) => ({ url: s.url, title: s.title, ex: s.excerpt })), locs: x.locations?.slice(0, 5), words: x.word_count })) };
}, process.argv[2]!);
console.log(JSON.stringify(out, null, 1));
await b.close();
