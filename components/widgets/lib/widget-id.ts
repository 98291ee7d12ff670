/**
 * The `id` prop every widget takes: the prefix of its parameters in the page URL (`?gd.lr=0.3`),
 * so two widgets on one page keep their settings apart. One definition, so that the rule, its
 * error message and its description in the author guide cannot drift between widgets.
 */
import { z } from 'zod';

/** Lower-case letters, digits and hyphens: safe in a URL parameter name and in an HTML id. */
export const slug = z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and hyphens');

/** A widget's `id` prop, defaulting to `fallback` (each widget its own default). */
export const widgetId = (fallback: string) =>
  slug
    .default(fallback)
    .describe('Prefix of this widget’s parameters in the page URL; give each widget on a page its own.');
