import { describe, expect, it } from '@jest/globals';
import dayjs from 'dayjs';
import { classifyBody, duplicateCheckBody } from './intake-assist-bodies';

describe('what the intake form asks while the operator types', () => {
  it('when there is no address yet, then it asks for no suggestions; with one, it sends address, content and category trimmed', () => {
    expect(classifyBody({ address: ' 南', content: '楼道里堆放杂物' })).toBeNull();
    expect(classifyBody({ address: ' 南华里5号楼 ', content: '  ' })).toEqual({ address: '南华里5号楼' });
    expect(classifyBody({ address: '南华里5号楼', content: ' 楼道堆物 ', category: '市容环境/环境卫生/楼道堆物' })).toEqual({
      address: '南华里5号楼',
      content: '楼道堆物',
      category: '市容环境/环境卫生/楼道堆物',
    });
  });

  it('when the phone is half typed and nothing else is there, then it checks for no duplicates', () => {
    expect(duplicateCheckBody({ citizenPhone: '1390000' })).toBeNull();
    expect(duplicateCheckBody({ citizenPhone: '', address: '南', content: '暖气' })).toBeNull();
  });

  it('when the phone is complete, then it is sent without spaces or +86, with the call time in Beijing', () => {
    expect(duplicateCheckBody({ citizenPhone: '+86 139 0000 1234', receivedAt: dayjs('2026-11-25T10:05') })).toEqual({
      citizenPhone: '13900001234',
      receivedAt: '2026-11-25T10:05:00+08:00',
    });
    expect(duplicateCheckBody({ citizenPhone: '010-63011234' })).toEqual({ citizenPhone: '010-63011234' });
  });

  it('when only address or content say enough, then those are sent and the unfinished phone is left out', () => {
    expect(duplicateCheckBody({ citizenPhone: '139', address: '黑窑厂街12号院', content: '暖气', category: '公共服务/供暖/室温不达标' })).toEqual({
      address: '黑窑厂街12号院',
      category: '公共服务/供暖/室温不达标',
    });
    expect(duplicateCheckBody({ content: '暖气一直不热，屋里只有十五度' })).toEqual({ content: '暖气一直不热，屋里只有十五度' });
  });
});
