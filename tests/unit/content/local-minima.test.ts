import { describe, expect, it } from 'vitest';
import { chapterText } from './chapter-text.ts';

/** The saddle analogy, said the way the Chinese edition says it (issue #18). */
describe('local-minima chapter', () => {
  it('a pass is highest on the road over the range and lowest along the crest', () => {
    const en = chapterText('local-minima');
    expect(en).toContain('On the road that crosses the range, the pass is the highest point of the climb');
    expect(en).toContain('along the crest that joins the two peaks, it is the lowest point');
    expect(en).not.toContain('high along the ridge you walk');
    expect(chapterText('local-minima', 'zh-cn')).toContain(
      '顺着翻山的路看，它是这一路上的最高处；沿着山脊的走向看，它又是整条山脊上的最低处',
    );
  });
});
