import type { z } from 'zod';
import { escapeHtml, renderInlineMath } from '../typeset/katex.ts';
import { defaultLocale, localeInfo, type Locale } from '../i18n/locales.ts';
import { guideComponents } from './guide-examples.ts';
import { guideTranslations } from './guide-translations.ts';
import { propsTable, summaryOf, typeWords, type PropRow } from './props-table.ts';

/**
 * What the author guide says about one component, in one language: shared by the guide's index
 * (src/site/views/AuthoringPage.astro) and each component's page (src/site/views/ComponentGuidePage.astro).
 */

/** A component's page name: `GdParabola` → `gd-parabola`, `DeepDive` → `deep-dive`. */
export const componentSlug = (name: string): string => name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '-').toLowerCase();

/** The component's page inside the site, before `base` and the language prefix. */
export const componentPath = (name: string): string => `/authoring/components/${componentSlug(name)}/`;

/** A text and, when it is the English fallback on a page of another language, `lang` to say so. */
export interface LocalizedText {
  text: string;
  lang: string | undefined;
}

/**
 * A generated text in the guide's language where a translation exists, else the English one,
 * marked `lang="en"` so that screen readers and fonts treat it as English.
 */
export function localized(locale: Locale, translated: string | undefined, fallback: string): LocalizedText {
  if (translated !== undefined || locale === defaultLocale) return { text: translated ?? fallback, lang: undefined };
  return { text: fallback, lang: fallback ? localeInfo[defaultLocale].tag : undefined };
}

export interface LocalizedRow extends PropRow {
  lang: string | undefined;
}

/** Props (or frontmatter) rows with their descriptions in the guide's language where translated. */
export function localizedRows(
  locale: Locale,
  rows: readonly PropRow[],
  descriptions: Readonly<Record<string, string>> | undefined,
): LocalizedRow[] {
  return rows.map((row) => {
    const { text, lang } = localized(locale, descriptions?.[row.name], row.description);
    return { ...row, description: text, lang };
  });
}

/** A component's one-line summary (its schema's description) in the guide's language. */
export const componentSummary = (locale: Locale, name: string, schema: z.ZodType): LocalizedText =>
  localized(locale, guideTranslations[locale]?.summaries[name], summaryOf(schema));

/** A component's props table in the guide's language. */
export const componentRows = (locale: Locale, name: string, schema: z.ZodType): LocalizedRow[] =>
  localizedRows(locale, propsTable(schema, typeWords[locale]), guideTranslations[locale]?.props[name]);

/** The component listed before and after `name` in the guide's order (none at either end). */
export function neighbours(name: string): { previous: string | undefined; next: string | undefined } {
  const i = guideComponents.findIndex((c) => c.name === name);
  if (i < 0) throw new Error(`The author guide has no component named <${name}>.`);
  return { previous: guideComponents[i - 1]?.name, next: guideComponents[i + 1]?.name };
}

/**
 * A schema description as HTML for the guide: `code` spans (Markdown, as `npm run docs:props` prints them) as
 * <code>, inline math through KaTeX, the rest escaped.
 */
export const describedHtml = (text: string): string =>
  text
    .split(/`([^`]+)`/)
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : renderInlineMath(part)))
    .join('');
