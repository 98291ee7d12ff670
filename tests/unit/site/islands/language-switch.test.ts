import { describe, expect, it } from 'vitest';
import { switchedHref } from '../../../../src/site/islands/language-switch.ts';

describe('switchedHref', () => {
  it('keeps the query string and the place, replacing any the link had', () => {
    expect(switchedHref('/zh-cn/chapters/momentum/', '?ravine.mu=0.8', 'ravine')).toBe(
      '/zh-cn/chapters/momentum/?ravine.mu=0.8#ravine',
    );
    expect(switchedHref('/chapters/momentum/?old=1#old', '', 'section-2')).toBe('/chapters/momentum/#section-2');
    expect(switchedHref('/chapters/momentum/', '', '')).toBe('/chapters/momentum/');
  });
});
