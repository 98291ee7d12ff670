/**
 * A Vite plugin: Observable Plot makes its default number format (`Intl.NumberFormat('en-US')`)
 * when the number is first formatted, not when its module is evaluated.
 *
 * Why: a page's first Intl object loads ICU's locale data, 25–40 ms of main thread on the
 * development machine and four times that at 4x CPU slow-down (bench/profile.ts: 100–110 ms, in
 * the tasks a reader's first key on a widget waited behind). Plot 0.6 makes that object at once,
 * for `formatDefault`, which formats only values that no other format covers: a text mark's or a
 * title's raw number, an ordinal axis of numbers, a tip. The widgets pass their own formats and
 * strings there, so with the object made lazily the course's figures never load ICU's data at all
 * (tests/e2e/static-frames.spec.ts counts the Intl objects a page makes as Plot loads and draws).
 *
 * The rewrite is exact text, checked: if Plot's source changes (an upgrade), the build fails
 * naming the file, instead of shipping the eager format unnoticed.
 */
import type { Plugin } from 'vite';

/** The module rewritten, as its path ends. */
export const plotFormatModule = '/@observablehq/plot/src/format.js';

const eager = `export function formatNumber(locale = "en-US") {
  const format = numberFormat(locale);
  return (i) => (i != null && !isNaN(i) ? format.format(i) : undefined);
}`;

const lazy = `export function formatNumber(locale = "en-US") {
  let format;
  return (i) => (i != null && !isNaN(i) ? (format ??= numberFormat(locale)).format(i) : undefined);
}`;

/** Plot's format.js with `formatNumber` making its Intl object on first use; throws if the source is not the expected one. */
export function lazyFormatNumber(code: string, id: string): string {
  const normalised = code.replaceAll('\r\n', '\n');
  if (!normalised.includes(eager))
    throw new Error(
      `${id}: Observable Plot's formatNumber is not the code plot-lazy-intl.ts rewrites (did Plot change?). ` +
        'Update src/site/plot-lazy-intl.ts so that the number format is still made on first use.',
    );
  return normalised.replace(eager, lazy);
}

export function plotLazyIntl(): Plugin {
  return {
    name: 'descent-plot-lazy-intl',
    transform(code, id) {
      if (!id.split('?')[0]!.replaceAll('\\', '/').endsWith(plotFormatModule)) return undefined;
      return { code: lazyFormatNumber(code, id), map: null };
    },
  };
}
