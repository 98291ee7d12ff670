import { describe, expect, it } from 'vitest';
import { slug, widgetId } from '../../../../components/widgets/lib/widget-id.ts';

describe('widgetId', () => {
  const id = widgetId('gd');

  it('defaults to the widget’s own prefix and keeps a valid one', () => {
    expect(id.parse(undefined)).toBe('gd');
    expect(id.parse('gd-2')).toBe('gd-2');
  });

  it('refuses what cannot be a URL parameter prefix, with the author-facing message', () => {
    const result = id.safeParse('Bad id');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('use lower-case letters, digits and hyphens');
    expect(slug.safeParse('a.b').success).toBe(false);
  });

  it('carries the description the author guide prints', () => {
    expect(id.description).toMatch(/^Prefix of this widget’s parameters in the page URL/);
  });
});
