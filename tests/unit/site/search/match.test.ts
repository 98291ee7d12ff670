import { describe, expect, it } from 'vitest';
import {
  bestSection,
  latinTerms,
  matchedText,
  pageMatches,
  resultHref,
  wordMatches,
} from '../../../../src/site/search/match.ts';

describe('search matching', () => {
  it('splits a query into its words, leaving Chinese runs to cjk.ts', () => {
    expect(latinTerms('Adam  bias-correction, β₂')).toEqual(['adam', 'bias-correction', 'β₂']);
    expect(latinTerms('Adam 偏差修正')).toEqual(['adam']);
    expect(latinTerms('“learning rate”')).toEqual(['learning', 'rate']);
  });

  it('takes a word for the term when it starts with it or shares its stem, never a cut-down prefix', () => {
    expect(wordMatches('optim', 'optimizer')).toBe(true);
    expect(wordMatches('optimizers', 'optimizer')).toBe(true);
    expect(wordMatches('optimization', 'optimizes')).toBe(true);
    expect(wordMatches('xyzzy', 'x')).toBe(false);
    expect(wordMatches('xyzzy', 'xylophone')).toBe(false);
    expect(wordMatches('sin', 'since')).toBe(true); // a prefix, as Pagefind's own prefix search
    expect(wordMatches('sin', 's')).toBe(false);
  });

  it('keeps a page only when it holds every term ("xyzzy" no longer matches the letter x)', () => {
    const page =
      'The network is judged on five points of y=sin⁡x, at x = -2, -1, 0, 1, 2, with the mean squared error.';
    expect(pageMatches(page, 'xyzzy')).toBe(false);
    expect(pageMatches(page, 'sin')).toBe(true);
    expect(pageMatches(page, 'squared errors')).toBe(true);
    expect(pageMatches(page, 'squared xyzzy')).toBe(false);
    expect(pageMatches('动量法把它想成一个重球。Momentum', '重球 momentum')).toBe(true);
    expect(pageMatches('权重和小球', '重球')).toBe(false);
  });

  it('opens a result at the section with the most matches, the matching word highlighted by a text fragment', () => {
    const subs = [
      { url: '/chapters/adam/', locations: [1] },
      { url: '/chapters/adam/#idea', locations: [3] },
      { url: '/chapters/adam/#bias-correction', locations: [18, 24] },
    ];
    expect(bestSection(subs)?.url).toBe('/chapters/adam/#bias-correction');
    const content =
      'Adam keeps two averages. ' +
      'word '.repeat(14) +
      'Bias-correction divides by 1 − β₂ᵗ, and the bias-corrected estimate';
    expect(matchedText(content, 'bias', 18)).toEqual({ text: 'Bias-correction', prefix: 'word' });
    // The first match from the section's first word on.
    expect(matchedText(content, 'bias', 19)).toEqual({ text: 'bias-corrected', prefix: 'the' });
    expect(resultHref({ url: '/chapters/adam/', content, sub_results: subs }, 'bias')).toBe(
      '/chapters/adam/#bias-correction:~:text=word-,Bias%2Dcorrection',
    );
    expect(
      resultHref({ url: '/chapters/adam/', content: '偏差修正让早期的估计不再偏小。', sub_results: [] }, '偏差修正'),
    ).toBe(`/chapters/adam/#:~:text=${encodeURIComponent('偏差修正')}`);
    expect(resultHref({ url: '/about/', content: 'nothing here' }, '')).toBe('/about/');
  });
});

describe('the text a result opens at', () => {
  it('is the query as a phrase when the page has its words in a row, else the first term’s word', () => {
    const content = 'Picture a Heavy\nball rolling down. Boris Polyak introduced this heavy-ball method.';
    expect(matchedText(content, 'heavy ball')).toEqual({ text: 'Heavy ball', prefix: 'a' });
    expect(matchedText(content, 'ball polyak')).toEqual({ text: 'ball', prefix: 'Heavy' });
    expect(matchedText(content, 'xyzzy')).toBeNull();
    // Inside brackets the word before is not right before the match: no prefix.
    expect(matchedText('the method (Polyak, 1964)', 'polyak')).toEqual({ text: 'Polyak' });
  });
});
