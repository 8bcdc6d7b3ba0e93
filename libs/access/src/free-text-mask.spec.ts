import { describe, expect, it } from '@jest/globals';
import { maskFreeText, type KnownPersonalData } from './free-text-mask.js';

describe('masking personal data in free text', () => {
  it.each<[string, string, KnownPersonalData, string]>([
    ['an 11-digit mobile', '请回电13911112222谢谢', {}, '请回电139****2222谢谢'],
    ['a mobile written with hyphens', '电话139-1111-2222。', {}, '电话139****2222。'],
    ['a mobile with spaces and +86', '联系 +86 139 1111 2222', {}, '联系 139****2222'],
    ['a Beijing landline', '家里座机010-83551234，白天有人', {}, '家里座机010*****1234，白天有人'],
    ['a landline in brackets', '请拨(010)83551234', {}, '请拨010*****1234'],
    ['a landline with spaces', '电话 010 8355 1234', {}, '电话 010*****1234'],
    ['a bare local number after 电话', '联系电话：83551234。', {}, '联系电话：835*1234。'],
    ['an 18-character ID', '身份证110101199003074514，', {}, '身份证110*************14，'],
    ['an ID ending in X', '证件号11010119900307451X', {}, '证件号110*************1X'],
    ['the citizen\'s own name', '王建国反映楼道堆物，王建国要求清理', { names: ['王建国'] }, '王**反映楼道堆物，王**要求清理'],
    ['a two-character compound family name', '欧阳称噪音扰民', { names: ['欧阳'] }, '欧*称噪音扰民'],
    ['a one-character name is left alone', '李先生称', { names: ['李'] }, '李先生称'],
    ['the caller\'s phone spelled with spaces', '回电 1391 111 2222 即可', { phones: ['13911112222'] }, '回电 139****2222 即可'],
    ['the caller\'s landline without its code', '打8355-1234找我', { phones: ['010-83551234'] }, '打835*1234找我'],
    ['the caller\'s landline with its code', '打010 8355 1234找我', { phones: ['010-83551234'] }, '打010*****1234找我'],
    ['an uncued Beijing number', '找8355 1234或8355-1234', {}, '找835*1234或835*1234'],
    ['a number after 物业电话', '物业电话83551234转分机', {}, '物业电话835*1234转分机'],
    ['a mobile with a country code and no space', '+8613812345678', {}, '138****5678'],
    ['an ID in lower-case x', '身份证号11010119900307123x', {}, '身份证号110*************3x'],
    ['the name and the phone together', '我是张三丰，张三丰的电话13912345678', { names: ['张三丰'] }, '我是张**，张**的电话139****5678'],
  ])('when the text holds %s, then it is masked', (_case, text, known, masked) => {
    expect(maskFreeText(text, known)).toBe(masked);
  });

  it.each([
    ['an order number', '工单2026110300123已办结'],
    ['an amount and a date', '2026年11月3日缴费1200元，12号院3号楼'],
    ['a house number', '黑窑厂街12号院3号楼2单元'],
    ['a 12-digit number', '编号201811061234'],
    ['a desk order number', '工单编号TRT-20261125-0001'],
    ['a date written as eight digits', '20261125报修'],
    ['an amount and a temperature', '供暖费2800元，室温16度'],
  ])('when the text holds %s, then nothing is masked', (_case, text) => {
    expect(maskFreeText(text)).toBe(text);
  });

  it('when the text is empty, then the result is empty', () => {
    expect(maskFreeText(null)).toBe('');
    expect(maskFreeText('')).toBe('');
  });
});

