import { describe, expect, it } from '@jest/globals';
import { addressKey, chineseNumeral, placeKeyOf, samePlace } from './address-key.js';

describe('addressKey', () => {
  it.each<[string, ReturnType<typeof addressKey>]>([
    ['黑窑厂街12号院3号楼', { road: '黑窑厂街', house: '12', building: '3' }],
    ['黑窑厂街十二号院3号楼2单元', { road: '黑窑厂街', house: '12', building: '3' }],
    ['黑窑厂街12号院3楼', { road: '黑窑厂街', house: '12', building: '3' }],
    ['黑窑厂街１２号院３栋２单元３０１', { road: '黑窑厂街', house: '12', building: '3' }],
    ['黑窑厂街 12 号院', { road: '黑窑厂街', house: '12', building: null }],
    ['米市胡同45号', { road: '米市胡同', house: '45', building: null }],
    ['米市胡同45号3楼', { road: '米市胡同', house: '45', building: null }],
    ['南华里二十号楼5层', { road: '南华里', house: '20', building: null }],
    ['龙泉胡同甲8号', { road: '龙泉胡同', house: '甲8', building: null }],
    ['三元庵12号院1号楼', { road: '三元庵', house: '12', building: '1' }],
    ['陶然亭公园东门', null],
  ])('when the address is %s, then the key is %j', (address, key) => {
    expect(addressKey(address)).toEqual(key);
  });

  it.each<[string, number]>([['十二', 12], ['二十', 20], ['十', 10], ['一百零五', 105], ['三', 3], ['一二', 12]])(
    'when the numeral is %s, then it reads %d',
    (text, value) => expect(chineseNumeral(text)).toBe(value),
  );
});

describe('samePlace', () => {
  it.each<[string, string, boolean]>([
    ['黑窑厂街12号院3号楼', '黑窑厂街十二号院3号楼2单元', true],
    ['黑窑厂街12号院3号楼', '黑窑厂街12号院3楼', true],
    ['黑窑厂街12号院3号楼1单元101', '黑窑厂街12号院3号楼4单元502', true],
    ['黑窑厂街12号院', '黑窑厂街12号院3号楼', true],
    ['黑窑厂街12号院3号楼', '黑窑厂街12号院4号楼', false],
    ['黑窑厂街12号院', '黑窑厂街14号院', false],
    ['龙泉胡同8号', '龙泉胡同甲8号', false],
    ['黑窑厂街12号', '陶然亭路12号', false],
    ['陶然亭公园东门', '陶然亭公园东门', false],
  ])('when comparing %s and %s, then same place is %s', (a, b, same) => {
    expect(samePlace(addressKey(a), addressKey(b))).toBe(same);
  });
});

describe('placeKeyOf', () => {
  // The index may only narrow: every pair samePlace accepts must share a key, or the search would miss it.
  it.each<[string, string]>([
    ['黑窑厂街12号院3号楼', '黑窑厂街十二号院3号楼2单元'],
    ['黑窑厂街12号院', '黑窑厂街12号院3号楼'],
    ['黑窑厂街１２号院', '黑窑厂街12号院3楼'],
    ['龙泉胡同甲8号', '龙泉胡同甲８号2号楼'],
  ])('when %s and %s are the same place, then they share a place key', (a, b) => {
    expect(samePlace(addressKey(a), addressKey(b))).toBe(true);
    expect(placeKeyOf(a)).toBe(placeKeyOf(b));
  });

  it.each<[string | null, string | null]>([
    ['黑窑厂街12号院3号楼2单元301', '黑窑厂街#12'],
    ['龙泉胡同甲8号', '龙泉胡同#甲8'],
    ['陶然亭公园东门', null],
    [null, null],
  ])('when the address is %s, then the key is %s', (address, key) => expect(placeKeyOf(address)).toBe(key));
});
