import { describe, expect, it } from '@jest/globals';
import { coarseAddress, summarise } from './text-shaping.js';

describe('addresses down to the building', () => {
  it.each([
    ['黑窑厂街12号院3号楼2单元301室', '黑窑厂街12号院3号楼'],
    ['太平街8号院2号楼', '太平街8号院2号楼'],
    ['南华东街9号301室', '南华东街9号'],
    ['陶然亭路5号2单元', '陶然亭路5号'],
    ['黑窑厂街12号院3-2-301', '黑窑厂街12号院'],
    ['陶然亭公园东门', '陶然亭公园东门'],
    ['', ''],
  ])('when the address is %s, then the report shows %s', (address, shown) => {
    expect(coarseAddress(address)).toBe(shown);
  });
});

describe('summaries', () => {
  it('when a text is short, then it is kept; when long, then it is cut at a sentence end or with an ellipsis', () => {
    expect(summarise('楼道堆物。')).toBe('楼道堆物。');
    expect(summarise('一二三四五。六七八九十', 8)).toBe('一二三四五。');
    expect(summarise('一二三四五六七八九十', 8)).toBe('一二三四五六七八…');
  });
});
