import { describe, expect, it } from '@jest/globals';
import {
  asSentence, beijingDateTimeText, changeText, chineseOrdinal, countText, dayText, durationText, listText, monthText, percentText, rankChangeText,
  scoreChangeText, scoreText, zText, type ChangeLike,
} from './phrasing.js';

const change = (previous: number | null, delta: number | null, ratio: number | null): ChangeLike => ({ previous, delta, ratio });

describe('phrasing of the analysis report', () => {
  it.each([
    [0.953, '95.3%'],
    [1, '100.0%'],
    [0, '0.0%'],
    [17 / 18, '94.4%'],
    [null, '无数据'],
    [undefined, '无数据'],
  ])('when the fraction is %s, then the percentage reads %s', (fraction, text) => {
    expect(percentText(fraction)).toBe(text);
  });

  it.each([
    ['环比', change(100, 23, 0.23), '环比上升 23.0%'],
    ['环比', change(120, 14.76, 0.123), '环比上升 12.3%'],
    ['同比', change(100, -4, -0.04), '同比下降 4.0%'],
    ['环比', change(5, 0, 0), '环比持平'],
    ['环比', change(0, 5, null), '环比增加 5件（上期为 0件）'],
    ['同比', change(null, null, null), '同比无可比数据'],
    ['同比', null, '同比无可比数据'],
  ] as const)('when the %s change is %j, then it reads %s', (label, c, text) => {
    expect(changeText(label, c)).toBe(text);
  });

  it.each([
    [change(81.7, 1.2000000000000028, 0.0147), '环比上升 1.2 分'],
    [change(90, -2.5, -0.0278), '环比下降 2.5 分'],
    [change(90, 0.00000001, 0), '环比持平'],
    [change(null, null, null), '环比无可比数据'],
  ])('when the score changed by %j, then it reads %s', (c, text) => {
    expect(scoreChangeText(c)).toBe(text);
  });

  it.each([
    [82.9, '82.9分'],
    [90, '90.0分'],
    [null, '暂无（无有效回访）'],
  ])('when the score is %s, then it reads %s', (score, text) => {
    expect(scoreText(score)).toBe(text);
  });

  it.each([
    [2, 3, '上升 2 位'],
    [-1, 1, '下降 1 位'],
    [0, 2, '持平'],
    [null, null, '上期未参与排名'],
    [null, 4, '本期未参与排名'],
  ])('when the rank changed by %s from %s, then it reads %s', (delta, previous, text) => {
    expect(rankChangeText(delta, previous)).toBe(text);
  });

  it.each([
    [0, '0分钟'],
    [45, '45分钟'],
    [60, '1小时'],
    [113, '1小时53分钟'],
    [1440, '1天'],
    [1440 * 2 + 185, '2天3小时'],
    [1440 * 2 + 1430, '3天'],
    [null, '无数据'],
  ])('when the duration is %s minutes, then it reads %s', (minutes, text) => {
    expect(durationText(minutes)).toBe(text);
  });

  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [23, '二十三'],
  ])('when the ordinal is %s, then it reads %s', (n, text) => {
    expect(chineseOrdinal(n)).toBe(text);
  });

  it('when dates, counts, z-scores and lists are worded, then they read as a Chinese report writes them', () => {
    expect(dayText('2026-11-03')).toBe('11月3日');
    expect(dayText('2026-11-03', true)).toBe('2026年11月3日');
    expect(monthText('2026-01')).toBe('2026年1月');
    expect(beijingDateTimeText(new Date('2026-11-30T17:00:00Z'))).toBe('2026年12月1日 01:00');
    expect(countText(29)).toBe('29件');
    expect(countText(null, '人')).toBe('0人');
    expect(zText(7)).toBe('7.00');
    expect(listText([])).toBe('');
    expect(listText(['甲'])).toBe('甲');
    expect(listText(['甲', '乙', '丙'])).toBe('甲、乙和丙');
    expect(asSentence('已处理')).toBe('已处理。');
    expect(asSentence('已处理。 ')).toBe('已处理。');
    expect(asSentence('已处理…')).toBe('已处理…');
  });
});
