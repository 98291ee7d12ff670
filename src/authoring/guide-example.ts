/**
 * The shape of one example in the author guide. In a file of its own so that the English examples
 * (guide-examples.ts) and their translations (guide-translations.ts) both use it without importing
 * each other: guide-examples.ts picks the translation, so the translations must not depend on it.
 */
export interface GuideExample {
  props: Record<string, unknown>;
  /** Markdown between the opening and closing tags (no component tags in it). */
  body?: string;
  /** A component placed after the body (the widget of a <Figure>). */
  inner?: { name: string; props: Record<string, unknown> };
  /** A remark shown with the example. */
  note?: string;
}
