import { describe, expect, it } from '@jest/globals';
import { ChineseSegmenter } from './segmenter.js';

const segmenter = ChineseSegmenter.withWords(['黑窑厂街', '南华里社区']);

describe('ChineseSegmenter', () => {
  it.each([
    ['我是王建国，住在黑窑厂街12号院，楼道堆物严重', ['王建国']],
    ['刘女士反映南华里社区停车难', ['刘女士']],
    ['市民来电反映物业不作为，供暖温度不达标', []],
  ])('when the text is %s, then the names it holds are %j', (text, names) => {
    expect(segmenter.personNames(text)).toEqual(names);
  });

  it('when the street has its own words, then they stay whole', () => {
    expect(segmenter.cut('黑窑厂街12号院噪音扰民')).toEqual(expect.arrayContaining(['黑窑厂街', '噪音', '扰民']));
  });
});
