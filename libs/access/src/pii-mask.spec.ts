import { describe, expect, it } from '@jest/globals';
import { maskName, maskPhone } from './pii-mask.js';

describe('masking personal data', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['010-63512345', '010*****2345'],
    ['1234', '****'],
    ['', ''],
    [null, null],
  ])('phone %s → %s', (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });

  it.each([
    ['张三丰', '张**'],
    ['欧阳', '欧*'],
    ['李', '*'],
    [null, null],
  ])('name %s → %s', (input, expected) => {
    expect(maskName(input)).toBe(expected);
  });
});
