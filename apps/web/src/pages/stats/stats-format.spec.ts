import { describe, expect, it } from '@jest/globals';
import { countChange, minutesInWords, percent, rankMove, score, scoreChange } from './stats-format';

describe('how the 统计 page writes figures', () => {
  it('when a rate or score has no base, then it is "—", not 0', () => {
    expect(percent(null)).toBe('—');
    expect(percent(0)).toBe('0.0%');
    expect(percent(0.92345)).toBe('92.3%');
    expect(score(null)).toBe('—');
    expect(score(85)).toBe('85.0');
  });

  it('when durations are shown, then they are in words with the two largest units', () => {
    expect(minutesInWords(125)).toBe('2 小时 5 分');
    expect(minutesInWords(120)).toBe('2 小时');
    expect(minutesInWords(45)).toBe('45 分');
    expect(minutesInWords(3000)).toBe('2 天 2 小时');
    expect(minutesInWords(2880)).toBe('2 天');
    expect(minutesInWords(0)).toBe('不足 1 分');
    expect(minutesInWords(null)).toBe('—');
  });

  it('when a count changes, then the arrow and percentage say how; from nothing it says how many', () => {
    expect(countChange({ previous: 40, delta: 5, ratio: 0.125 })).toBe('↑ 12.5%');
    expect(countChange({ previous: 40, delta: -2, ratio: -0.05 })).toBe('↓ 5.0%');
    expect(countChange({ previous: 0, delta: 5, ratio: null })).toBe('↑ 5 件');
    expect(countChange({ previous: 3, delta: 0, ratio: 0 })).toBe('持平');
    expect(countChange({ previous: null, delta: null, ratio: null })).toBe('—');
    expect(scoreChange({ previous: 80, delta: -1.25, ratio: -0.0156 })).toBe('↓ 1.3 分');
  });

  it('when ranks move, then climbing is ↑ and a newcomer is 新上榜', () => {
    expect(rankMove(2, 5, 3)).toBe('↑2');
    expect(rankMove(-1, 2, 3)).toBe('↓1');
    expect(rankMove(0, 3, 3)).toBe('持平');
    expect(rankMove(null, null, 4)).toBe('新上榜');
    expect(rankMove(null, 2, null)).toBe('—');
  });
});
