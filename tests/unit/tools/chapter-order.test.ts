import { describe, expect, it } from 'vitest';
import { courseOrder, withOrder } from '../../../tools/chapter-order.ts';

const file = (slug: string, order: number, english = true) => ({
  slug,
  english,
  text: `---\ntitle: ${slug}\norder: ${order}\n---\n\nBody with order: 99 in it.\n`,
});

describe('courseOrder', () => {
  it('orders slugs by the English order, a translation-only chapter by its own, ties by slug', () => {
    const files = [file('b', 5), file('a', 2), file('b', 7, false), file('zh-only', 3, false), file('c', 5)];
    expect(courseOrder(files)).toEqual(['a', 'zh-only', 'b', 'c']);
  });

  it('moves one chapter to a position, shifting the rest', () => {
    const files = [file('a', 0), file('b', 1), file('c', 2), file('d', 3)];
    expect(courseOrder(files, { slug: 'd', to: 1 })).toEqual(['a', 'd', 'b', 'c']);
    expect(courseOrder(files, { slug: 'a', to: 99 })).toEqual(['b', 'c', 'd', 'a']);
  });
});

describe('withOrder', () => {
  it('rewrites the frontmatter order only, keeping a comment', () => {
    expect(withOrder(file('a', 7).text, 2)).toBe('---\ntitle: a\norder: 2\n---\n\nBody with order: 99 in it.\n');
    expect(withOrder('---\norder: 4 # fourth\n---\n', 0)).toBe('---\norder: 0 # fourth\n---\n');
  });

  it('returns null for a file without an order', () => {
    expect(withOrder('---\ntitle: x\n---\n', 1)).toBeNull();
    expect(withOrder('no frontmatter', 1)).toBeNull();
  });
});
