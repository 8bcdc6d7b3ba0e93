import { describe, expect, it } from '@jest/globals';
import { KEYWORD_FONT, weighKeywords } from './keyword-weights';

const word = (term: string, score: number) => ({ term, count: 1, orders: 1, score });

describe('keyword cloud sizes', () => {
  it('when words have different scores, then the strongest is largest, the weakest smallest, in the server\'s order', () => {
    const sized = weighKeywords([word('噪音', 100), word('施工', 25), word('停车', 4)]);
    expect(sized.map((k) => [k.term, k.fontSize, k.tier])).toEqual([
      ['噪音', KEYWORD_FONT.max, 3],
      // √25 = 5 is 3/8 of the way from √4 = 2 to √100 = 10.
      ['施工', Math.round(KEYWORD_FONT.min + (3 / 8) * (KEYWORD_FONT.max - KEYWORD_FONT.min)), 2],
      ['停车', KEYWORD_FONT.min, 1],
    ]);
  });

  it.each([
    ['one word', [word('噪音', 3.2)]],
    ['equal scores', [word('噪音', 5), word('施工', 5)]],
  ])('when there is %s, then every word has the middle size', (_, keywords) => {
    const middle = Math.round((KEYWORD_FONT.min + KEYWORD_FONT.max) / 2);
    expect(weighKeywords(keywords).map((k) => k.fontSize)).toEqual(keywords.map(() => middle));
  });

  it('when there are no words, then there is nothing to size', () => {
    expect(weighKeywords([])).toEqual([]);
  });
});
