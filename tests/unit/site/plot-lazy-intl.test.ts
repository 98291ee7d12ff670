import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lazyFormatNumber, plotFormatModule, plotLazyIntl } from '../../../src/site/plot-lazy-intl.ts';

/** The installed Plot's format.js, the module the plugin rewrites. */
const formatPath = join(dirname(createRequire(import.meta.url).resolve('@observablehq/plot')), 'format.js');
const installed = readFileSync(formatPath, 'utf8');

type FormatNumber = (locale?: string) => (i: unknown) => string | undefined;

/** Loads `formatNumber` from `code` alone (as a module of its own), with a `numberFormat` that counts the formats it makes. */
async function formatNumberOf(code: string): Promise<{ formatNumber: FormatNumber; made: () => number }> {
  const source = code.slice(code.indexOf('export function formatNumber'), code.indexOf('export function formatMonth'));
  const file = join(mkdtempSync(join(tmpdir(), 'plot-format-')), 'format.mjs');
  writeFileSync(
    file,
    `let made = 0;\nconst numberFormat = (locale) => (made++, new Intl.NumberFormat(locale));\nexport const count = () => made;\n${source}`,
  );
  const module = (await import(pathToFileURL(file).href)) as { formatNumber: FormatNumber; count: () => number };
  return { formatNumber: module.formatNumber, made: module.count };
}

describe("Observable Plot's default number format, made on first use (src/site/plot-lazy-intl.ts)", () => {
  it('rewrites the installed Plot so that formatNumber makes no Intl object until it formats a number', async () => {
    const rewritten = lazyFormatNumber(installed, formatPath);
    expect(rewritten).not.toBe(installed.replaceAll('\r\n', '\n'));
    const before = await formatNumberOf(installed);
    before.formatNumber();
    expect(before.made(), 'the installed code makes its format at once').toBe(1);
    const after = await formatNumberOf(rewritten);
    const format = after.formatNumber('en-US');
    expect(after.made()).toBe(0);
    expect(format(null)).toBeUndefined();
    expect(format(Number.NaN)).toBeUndefined();
    expect(after.made()).toBe(0);
    expect(format(1234.5)).toBe('1,234.5');
    expect(format(2)).toBe('2');
    expect(after.made(), 'made once, then kept').toBe(1);
  });

  it('fails the build, naming the file, when Plot no longer has the code it rewrites', () => {
    const changed = installed.replace('const format = numberFormat(locale);', 'const f = numberFormat(locale);');
    expect(() => lazyFormatNumber(changed, '/x/node_modules/@observablehq/plot/src/format.js')).toThrow(
      /\/x\/node_modules\/@observablehq\/plot\/src\/format\.js: Observable Plot's formatNumber is not the code/,
    );
  });

  it('as a Vite plugin, rewrites only that module', () => {
    const plugin = plotLazyIntl();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | undefined;
    expect(transform('export const x = 1;', '/app/components/widgets/lib/plot.ts')).toBeUndefined();
    expect(transform(installed, `/app/node_modules${plotFormatModule}?v=1`)?.code).toBe(
      lazyFormatNumber(installed, formatPath),
    );
  });
});
