import { describe, expect, it } from '@jest/globals';
import { normaliseWordList, wordListDiff, wordListField } from './word-list.js';

const KEYWORDS = { maxLength: 20, maxCount: 3, allowEmpty: false };

describe('normaliseWordList', () => {
  it.each([
    ['trims and drops blanks', [' 噪音 ', '', '  ', '施工'], ['噪音', '施工']],
    ['keeps a duplicate once, first position', ['施工', '噪音', ' 施工'], ['施工', '噪音']],
    ['folds full-width letters and digits', ['ＰＭ２．５'], ['PM2.5']],
  ])('when the list %s, then the words are clean', (_name, raw, words) => {
    expect(normaliseWordList(raw, KEYWORDS)).toEqual({ words, problems: [] });
  });

  it.each([
    ['a word too long', ['一二三四五六七八九十一二三四五六七八九十一'], '每个词最多 20 个字'],
    ['a space inside a word', ['夜间 施工'], '词中不能有空格'],
    ['too many words', ['甲', '乙', '丙', '丁'], '最多 3 个词'],
    ['nothing left', [' ', ''], '至少填写一个词'],
  ])('when the list has %s, then it is refused', (_name, raw, problem) => {
    expect(normaliseWordList(raw, KEYWORDS).problems.join('；')).toContain(problem);
  });

  it('when an empty list is allowed, then it is no problem', () => {
    expect(normaliseWordList([], { ...KEYWORDS, allowEmpty: true })).toEqual({ words: [], problems: [] });
  });

  it('when counting length, then a character outside the BMP counts once', () => {
    expect(normaliseWordList(['𠮷'.repeat(20)], KEYWORDS).problems).toEqual([]);
  });
});

describe('wordListField', () => {
  it('when parsed, then the words come back normalised, or the problems as issues', () => {
    expect(wordListField(KEYWORDS).parse([' 噪音', '噪音'])).toEqual(['噪音']);
    const bad = wordListField(KEYWORDS).safeParse(['夜间 施工']);
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('词中不能有空格');
  });
});

describe('wordListDiff', () => {
  it('when words come and go, then each side names them in list order', () => {
    expect(wordListDiff(['的', '了', '市民'], ['的', '噪音', '市民', '小区'])).toEqual({ added: ['噪音', '小区'], removed: ['了'] });
    expect(wordListDiff(['的'], ['的'])).toEqual({ added: [], removed: [] });
  });
});
